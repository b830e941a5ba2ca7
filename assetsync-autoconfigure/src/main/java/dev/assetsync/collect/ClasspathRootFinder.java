package dev.assetsync.collect;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Finds the classpath roots of a class loader in the order the class loader searches them.
 *
 * <p>Roots are enumerated rather than found with {@code ClassLoader.getResources("static/")}, which
 * misses jars built without directory entries. The chain is walked from its top, because class loaders
 * ask their parent first: the JDK application class loader contributes {@code java.class.path}, and every
 * {@link URLClassLoader} its URLs (Spring Boot's launcher: {@code BOOT-INF/classes/} first, then each nested
 * jar). Both follow the {@code Class-Path} of a jar file's manifest right after the jar, as the JDK does:
 * that is how {@code java -jar} on an extracted Spring Boot application and manifest-only launcher jars
 * reach their libraries.
 */
final class ClasspathRootFinder {

    private static final Log log = LogFactory.getLog(ClasspathRootFinder.class);

    private final String systemClassPath;

    /** @param systemClassPath the JDK application class loader's class path, as in {@code java.class.path} */
    ClasspathRootFinder(String systemClassPath) {
        this.systemClassPath = systemClassPath;
    }

    List<ClasspathRoot> find(ClassLoader classLoader) {
        Deque<ClassLoader> chain = new ArrayDeque<>();
        for (ClassLoader loader = classLoader; loader != null; loader = loader.getParent()) {
            chain.push(loader);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<ClasspathRoot> roots = new ArrayList<>();
        for (ClassLoader loader : chain) {
            if (loader instanceof URLClassLoader urlLoader) {
                for (URL url : urlLoader.getURLs()) {
                    addUrl(url, seen, roots);
                }
            }
            else if (loader == ClassLoader.getSystemClassLoader()) {
                for (String entry : systemClassPath.split(File.pathSeparator)) {
                    if (!entry.isEmpty()) {
                        addPath(Path.of(entry).toAbsolutePath().normalize(), seen, roots);
                    }
                }
            }
        }
        return roots;
    }

    private void addUrl(URL url, Set<String> seen, List<ClasspathRoot> roots) {
        switch (url.getProtocol()) {
            case "file" -> {
                try {
                    addPath(Path.of(url.toURI()), seen, roots);
                }
                catch (URISyntaxException | IllegalArgumentException ex) {
                    throw new AssetCollectionException("Classpath entry " + url + " is not a usable file URL", ex);
                }
            }
            case "jar" -> {
                if (seen.add(url.toString())) {
                    try {
                        roots.add(ArchiveRoot.ofJarUrl(url));
                    }
                    catch (IOException ex) {
                        throw new AssetCollectionException("Cannot open classpath entry " + url + ": " + ex, ex);
                    }
                }
            }
            default -> log.warn("Static files in classpath entry " + url
                    + " are not published: its protocol cannot be listed");
        }
    }

    /** A missing entry is skipped, as the JVM itself skips it. */
    private void addPath(Path path, Set<String> seen, List<ClasspathRoot> roots) {
        if (!seen.add(path.toUri().toString())) {
            return;
        }
        if (Files.isDirectory(path)) {
            roots.add(new FolderRoot(path));
        }
        else if (Files.isRegularFile(path)) {
            roots.add(ArchiveRoot.ofFile(path));
            for (Path referenced : manifestClassPath(path)) {
                addPath(referenced, seen, roots);
            }
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            List<Path> paths = new ArrayList<>();
            if (classPath != null) {
                for (String reference : classPath.trim().split("\\s+")) {
                    if (reference.isEmpty()) {
                        continue;
                    }
                    // Entries are URLs relative to the jar's folder, as the JDK reads them.
                    URI uri = jar.getParent().toUri().resolve(reference);
                    if ("file".equals(uri.getScheme())) {
                        paths.add(Path.of(uri).normalize());
                    }
                    else {
                        log.warn("Static files in " + uri + ", on the Class-Path of " + jar
                                + ", are not published: only file entries are listed");
                    }
                }
            }
            return paths;
        }
        catch (IOException | IllegalArgumentException ex) {
            // Worded as a listing failure: an unreadable jar is met here first, whichever class loader holds it.
            throw new AssetCollectionException("Cannot list jar " + jar + ": " + ex, ex);
        }
    }
}
