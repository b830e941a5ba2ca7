package dev.assetsync.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The logical paths the sample app's release consists of, read from the packaged jar independently of the
 * publisher: its own {@code static/} files and the WebJars' {@code META-INF/resources/} files, less the
 * exclusions of application.yml.
 */
final class ReleaseFiles {

    private static final Pattern WEBJAR = Pattern.compile("BOOT-INF/lib/bootstrap(-icons)?-[0-9.]+\\.jar");

    private static final String APP_STATIC = "BOOT-INF/classes/static/";

    private static final String JAR_RESOURCES = "META-INF/resources/";

    /** The patterns of {@code assetsync.exclude} in application.yml, as regular expressions. */
    private static final Predicate<String> EXCLUDED = Pattern
        .compile("webjars/bootstrap-icons/[^/]+/icons/.*|webjars/[^/]+/[^/]+/scss/.*")
        .asMatchPredicate();

    private ReleaseFiles() {
    }

    static Set<String> of(Path jar) {
        Set<String> paths = new TreeSet<>();
        try (ZipFile app = new ZipFile(jar.toFile())) {
            app.stream().filter((entry) -> !entry.isDirectory()).forEach((entry) -> {
                if (entry.getName().startsWith(APP_STATIC)) {
                    paths.add(entry.getName().substring(APP_STATIC.length()));
                }
                else if (WEBJAR.matcher(entry.getName()).matches()) {
                    paths.addAll(webJarPaths(app, entry));
                }
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        paths.removeIf(EXCLUDED);
        return paths;
    }

    private static Set<String> webJarPaths(ZipFile app, ZipEntry webJar) {
        Set<String> paths = new TreeSet<>();
        try (InputStream in = app.getInputStream(webJar); JarInputStream jar = new JarInputStream(in)) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (!entry.isDirectory() && entry.getName().startsWith(JAR_RESOURCES)) {
                    paths.add(entry.getName().substring(JAR_RESOURCES.length()));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return paths;
    }
}
