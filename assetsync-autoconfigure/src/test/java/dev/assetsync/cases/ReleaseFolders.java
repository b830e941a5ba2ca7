package dev.assetsync.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Copies of a case's release folders, for runs that need the release changed or rebuilt. */
final class ReleaseFolders {

    private ReleaseFolders() {
    }

    /** Copies the folder tree; returns the files copied. */
    static List<Path> copy(Path source, Path target) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else {
                    copied.add(Files.copy(file, copy));
                }
            }
        }
        return copied;
    }
}
