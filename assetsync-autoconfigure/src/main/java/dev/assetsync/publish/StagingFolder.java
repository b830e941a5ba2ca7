package dev.assetsync.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The local folder a release is staged in: a new temporary folder, or a configured one that must be new, empty or
 * hold an earlier staging (recognised by the marker file {@value #MARKER} this class writes), so that a mistyped
 * setting never wipes someone's folder. A configured folder is emptied after the run but stays; a temporary one goes.
 */
final class StagingFolder implements AutoCloseable {

    static final String MARKER = ".assetsync-staging";

    private static final String ACTION = "Point assetsync.staging-dir at an empty or new folder, or remove it to "
            + "stage in a temporary folder.";

    private final Path path;

    private final boolean temporary;

    private final boolean keep;

    private StagingFolder(Path path, boolean temporary, boolean keep) {
        this.path = path;
        this.temporary = temporary;
        this.keep = keep;
    }

    static StagingFolder open(Path configured, boolean keep) {
        if (configured == null) {
            try {
                return new StagingFolder(Files.createTempDirectory("assetsync-"), true, keep);
            }
            catch (IOException ex) {
                throw new PublishException("Cannot create a temporary staging folder: " + ex.getMessage(),
                        "Check the free space and permissions of the temporary folder (java.io.tmpdir), or set "
                                + "assetsync.staging-dir.", ex);
            }
        }
        if (Files.exists(configured) && !Files.isDirectory(configured)) {
            throw new PublishException("assetsync.staging-dir " + configured + " is a file, not a folder.", ACTION);
        }
        try {
            if (Files.isDirectory(configured) && !isEmpty(configured)) {
                if (!Files.isRegularFile(configured.resolve(MARKER))) {
                    throw new PublishException("The staging folder " + configured + " is not empty and holds no "
                            + "earlier staging (no " + MARKER + ").", ACTION);
                }
                deleteContents(configured);
            }
            Files.createDirectories(configured);
            Files.createFile(configured.resolve(MARKER));
            return new StagingFolder(configured, false, keep);
        }
        catch (IOException ex) {
            throw new PublishException("Cannot prepare the staging folder " + configured + ": " + ex.getMessage(),
                    "Check assetsync.staging-dir and the free space and permissions of that folder.", ex);
        }
    }

    Path path() {
        return this.path;
    }

    @Override
    public void close() {
        if (this.keep) {
            return;
        }
        try {
            if (this.temporary) {
                deleteTree(this.path);
            }
            else {
                deleteContents(this.path);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot empty the staging folder " + this.path, ex);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                deleteTree(child);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
