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
 * The local folder a release is staged in: a new temporary folder, or a configured one that must be empty or hold
 * an earlier staging (recognised by its manifest file), so that a mistyped setting never wipes someone's folder.
 */
final class StagingFolder implements AutoCloseable {

    private final Path path;

    private final boolean keep;

    private StagingFolder(Path path, boolean keep) {
        this.path = path;
        this.keep = keep;
    }

    static StagingFolder open(Path configured, String manifestName, boolean keep) {
        try {
            if (configured == null) {
                return new StagingFolder(Files.createTempDirectory("assetsync-"), keep);
            }
            if (Files.isDirectory(configured) && !isEmpty(configured)) {
                if (!Files.isRegularFile(configured.resolve(manifestName))) {
                    throw new PublishException("The staging folder " + configured + " is not empty and holds no "
                            + "earlier staging (no " + manifestName + ").", "Point assetsync.staging-dir at an "
                            + "empty or new folder, or remove it to stage in a temporary folder.");
                }
                deleteTree(configured);
            }
            Files.createDirectories(configured);
            return new StagingFolder(configured, keep);
        }
        catch (IOException ex) {
            throw new PublishException("Cannot create the staging folder " + (configured != null ? configured : "")
                    + ": " + ex.getMessage(), "Check assetsync.staging-dir and the free space and permissions of the "
                    + "temporary folder.", ex);
        }
    }

    Path path() {
        return this.path;
    }

    @Override
    public void close() {
        if (!this.keep) {
            try {
                deleteTree(this.path);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot remove the staging folder " + this.path, ex);
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
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
