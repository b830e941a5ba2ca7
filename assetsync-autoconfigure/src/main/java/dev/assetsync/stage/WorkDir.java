package dev.assetsync.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private folder inside the staging folder for files whose name is not known yet (the hash comes from their
 * final bytes). Being on the same disk, finished files are moved out of it, not copied. Deleted on close.
 */
final class WorkDir implements AutoCloseable {

    private final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    static WorkDir createIn(Path stagingDir) throws IOException {
        return new WorkDir(Files.createTempDirectory(stagingDir, ".assetsync-work-"));
    }

    Path newFile() throws IOException {
        return Files.createTempFile(path, "staging-", ".tmp");
    }

    @Override
    public void close() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> walk = Files.walk(path)) {
            leftovers = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path leftover : leftovers) {
            Files.delete(leftover);
        }
    }
}
