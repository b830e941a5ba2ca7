package dev.assetsync.collect;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Lists the regular files below one folder. Symbolic links are followed only while they stay inside
 * the folder: a link out of it could publish anything the deploy user can read.
 */
final class FolderScanner {

    private static final Log log = LogFactory.getLog(FolderScanner.class);

    private FolderScanner() {
    }

    /**
     * @param folder an existing folder
     * @param description names the folder in messages
     * @return the files, with paths relative to {@code folder} as the links and names spell them
     */
    static List<FoundFile> scan(Path folder, String description) {
        List<FoundFile> files = new ArrayList<>();
        try {
            Path realFolder = folder.toRealPath();
            Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            return dir.equals(folder) || staysInside(dir) ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (attrs.isSymbolicLink()) {
                                log.warn("Not publishing " + file + " in " + description
                                        + ": it is a symbolic link whose target does not exist");
                            }
                            else if (attrs.isRegularFile() && staysInside(file)) {
                                files.add(new FoundFile(relativePath(folder, file), attrs.size(),
                                        () -> Files.newInputStream(file)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
                            if (ex instanceof FileSystemLoopException) {
                                log.warn("Not following " + file + " in " + description
                                        + ": the symbolic link leads back into a folder already being listed");
                                return FileVisitResult.CONTINUE;
                            }
                            throw ex;
                        }

                        // Only a link can lead outside; plain entries below a checked folder stay inside it.
                        private boolean staysInside(Path path) throws IOException {
                            if (!Files.isSymbolicLink(path)) {
                                return true;
                            }
                            if (path.toRealPath().startsWith(realFolder)) {
                                return true;
                            }
                            log.warn("Not following symbolic link " + path + " in " + description
                                    + ": it leads outside the folder, to " + path.toRealPath());
                            return false;
                        }
                    });
        }
        catch (IOException ex) {
            throw new AssetCollectionException("Cannot read static folder " + description + ": " + ex, ex);
        }
        return files;
    }

    private static String relativePath(Path folder, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path name : folder.relativize(file)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(name);
        }
        return path.toString();
    }
}
