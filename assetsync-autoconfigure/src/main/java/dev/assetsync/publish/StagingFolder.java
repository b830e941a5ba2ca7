package dev.assetsync.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The local folder a release is staged in: a new temporary folder, or a configured one that must be new, empty or
 * hold an earlier staging (recognised by the marker file {@value #MARKER} this class writes), so that a mistyped
 * setting never wipes someone's folder. A publish holds a lock on the marker while it stages, so that a second
 * publish given the same folder fails instead of emptying it. A configured folder is emptied after the run but
 * for its marker, and stays; a temporary one goes.
 */
final class StagingFolder implements AutoCloseable {

    static final String MARKER = ".assetsync-staging";

    private static final String ACTION = "Point assetsync.staging-dir at an empty or new folder, or remove it to "
            + "stage in a temporary folder.";

    private final Path path;

    /** The locked marker of a configured folder; null for a temporary one. */
    private final FileChannel marker;

    private final boolean keep;

    private StagingFolder(Path path, FileChannel marker, boolean keep) {
        this.path = path;
        this.marker = marker;
        this.keep = keep;
    }

    static StagingFolder open(Path configured, boolean keep) {
        if (configured == null) {
            try {
                return new StagingFolder(Files.createTempDirectory("assetsync-"), null, keep);
            }
            catch (IOException ex) {
                throw new PublishException("Cannot create a temporary staging folder: " + ex,
                        "Check the free space and permissions of the temporary folder (java.io.tmpdir), or set "
                                + "assetsync.staging-dir.", ex);
            }
        }
        if (Files.exists(configured) && !Files.isDirectory(configured)) {
            throw new PublishException("assetsync.staging-dir " + configured + " is a file, not a folder.", ACTION);
        }
        try {
            if (Files.isDirectory(configured) && !isEmpty(configured)
                    && !Files.isRegularFile(configured.resolve(MARKER))) {
                throw new PublishException("The staging folder " + configured + " is not empty and holds no "
                        + "earlier staging (no " + MARKER + ").", ACTION);
            }
            Files.createDirectories(configured);
            FileChannel marker = lock(configured.resolve(MARKER));
            try {
                deleteContents(configured);
                return new StagingFolder(configured, marker, keep);
            }
            catch (IOException ex) {
                marker.close();
                throw ex;
            }
        }
        catch (IOException ex) {
            throw new PublishException("Cannot prepare the staging folder " + configured + ": " + ex,
                    "Check assetsync.staging-dir and the free space and permissions of that folder.", ex);
        }
    }

    private static FileChannel lock(Path marker) throws IOException {
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException ex) {
            // Held by another publish in this JVM: the same answer as a lock another process holds.
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new PublishException("The staging folder " + marker.getParent() + " is in use by another "
                    + "publish.", "Give each publish job its own assetsync.staging-dir, or remove it to stage in a "
                    + "temporary folder.");
        }
        return channel;
    }

    Path path() {
        return this.path;
    }

    @Override
    public void close() {
        try (FileChannel lock = this.marker) {
            if (this.keep) {
                return;
            }
            if (lock == null) {
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

    /** Everything in the folder but its marker, which the lock is on. */
    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals(MARKER)) {
                    deleteTree(child);
                }
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
