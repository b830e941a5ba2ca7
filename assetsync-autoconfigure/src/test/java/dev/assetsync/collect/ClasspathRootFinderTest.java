package dev.assetsync.collect;

import static dev.assetsync.collect.CaseInputs.toUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathRootFinderTest {

    @TempDir
    Path temp;

    @Test
    void parentLoadersComeFirstBecauseTheyAreAskedFirst() throws IOException {
        Path parentJar = TestJars.write(temp.resolve("parent.jar"), Map.of());
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Path childJar = TestJars.write(temp.resolve("child.jar"), Map.of());

        try (URLClassLoader parent = new URLClassLoader(new URL[] { toUrl(parentJar) }, ClassLoader.getPlatformClassLoader());
                URLClassLoader child = new URLClassLoader(new URL[] { toUrl(classes), toUrl(childJar), toUrl(parentJar),
                        toUrl(temp.resolve("missing.jar")) }, parent)) {

            assertThat(new ClasspathRootFinder("").find(child)).extracting(ClasspathRoot::label)
                    .containsExactly("parent.jar", classes.toString(), "child.jar");
        }
    }

    @Test
    void systemClassPathFollowsManifestClassPathsRightAfterTheirJar() throws IOException {
        Path app = TestJars.write(temp.resolve("app/app.jar"), "lib/a.jar lib/b%20c.jar", Map.of());
        TestJars.write(temp.resolve("app/lib/a.jar"), "d.jar", Map.of());
        TestJars.write(temp.resolve("app/lib/b c.jar"), Map.of());
        TestJars.write(temp.resolve("app/lib/d.jar"), "a.jar", Map.of());
        Path classes = Files.createDirectories(temp.resolve("classes"));
        String classPath = String.join(File.pathSeparator, app.toString(), "", classes.toString(),
                temp.resolve("missing").toString());

        assertThat(new ClasspathRootFinder(classPath).find(ClassLoader.getSystemClassLoader()))
                .extracting(ClasspathRoot::label)
                .containsExactly("app.jar", "a.jar", "d.jar", "b c.jar", classes.toString());
    }

    @Test
    void urlClassLoaderJarsFollowTheirManifestClassPathAsTheJdkDoes() throws IOException {
        Path app = TestJars.write(temp.resolve("app/app.jar"), "lib/theme.jar lib/missing.jar",
                Map.of("static/index.html", "<html>"));
        TestJars.write(temp.resolve("app/lib/theme.jar"), Map.of("static/theme.css", "t"));
        Path other = TestJars.write(temp.resolve("other.jar"), Map.of());

        try (URLClassLoader loader = new URLClassLoader(new URL[] { toUrl(app), toUrl(other) },
                ClassLoader.getPlatformClassLoader())) {

            assertThat(loader.getResource("static/theme.css")).isNotNull();
            assertThat(new ClasspathRootFinder("").find(loader)).extracting(ClasspathRoot::label)
                    .containsExactly("app.jar", "theme.jar", "other.jar");
        }
    }
}
