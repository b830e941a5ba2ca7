package dev.assetsync.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A private folder inside the staging folder for files whose name is not known yet (the hash comes from their
 * final bytes). Being on the same disk, finished files are moved out of it, not copied. Deleted on close.
 */
final class WorkDir implements AutoCloseable {

    private final Path path;

    private final AtomicLong count = new AtomicLong();

    private WorkDir(Path path) {
        this.path = path;
    }

    static WorkDir createIn(Path stagingDir) throws IOException {
        return new WorkDir(Files.createTempDirectory(stagingDir, ".assetsync-work-"));
    }

    /**
     * A name no other file in the work folder has; whoever writes the file creates it. Cheaper than a temporary
     * file, which is opened once to create it and again to write it.
     */
    Path newFile() {
        return path.resolve("staging-" + count.incrementAndGet() + ".tmp");
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
