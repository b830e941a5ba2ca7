package dev.assetsync.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.LaunchedClassLoader;
import org.springframework.boot.loader.net.protocol.Handlers;
import org.springframework.boot.loader.net.protocol.jar.JarUrl;

import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C38: WebJars and a jar's {@code static/} folder are published from jars without directory entries, whether the
 * jars are on the classpath, nested in an executable jar, or beside an extracted one; WEB-INF, META-INF and classes
 * never are.
 */
@ExtendWith(S3TestServerExtension.class)
class C38WebJarResourcesInsideJarsTest {

    private static final String CASE = "C38-webjar-resources-inside-jars";

    private static final String WEBJAR = "webjars-demo-1.2.3.jar";

    @Test
    void classesFolderThenTheJar(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1");

        assertPublishedFromJars(cases, server);
    }

    @Test
    void executableJarWithTheWebJarNestedUnderBootInfLib(S3TestServer server, @TempDir Path temp) throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);
        Path app = temp.resolve("app.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app), manifest(null))) {
            // Spring Boot's launcher finds the application's classes by this directory entry, which its build writes.
            jar.putNextEntry(new JarEntry("BOOT-INF/classes/"));
            jar.closeEntry();
            add(jar, "BOOT-INF/classes/static/index.html", indexHtml(cases));
            add(jar, "BOOT-INF/classes/dev/example/App.class", new byte[] { 1 });
            // Spring Boot reads nested jars in place, which it can only do when they are stored uncompressed.
            addStored(jar, "BOOT-INF/lib/" + WEBJAR, Files.readAllBytes(webJar(cases)));
        }
        Handlers.register();
        URL[] urls = { JarUrl.create(app.toFile(), "BOOT-INF/classes/"), JarUrl.create(app.toFile(),
                "BOOT-INF/lib/" + WEBJAR) };

        try (LaunchedClassLoader loader = new LaunchedClassLoader(false, urls, ClassLoader.getPlatformClassLoader())) {
            cases.publish(loader, (settings) -> settings);
        }

        assertPublishedFromJars(cases, server);
    }

    /** The layout of {@code java -Djarmode=tools -jar app.jar extract}: the libraries on the Class-Path of app.jar. */
    @Test
    void extractedExecutableJarReachesTheWebJarThroughItsClassPath(S3TestServer server, @TempDir Path temp)
            throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);
        Path app = temp.resolve("app/app.jar");
        Files.createDirectories(app.getParent().resolve("lib"));
        Files.copy(webJar(cases), app.getParent().resolve("lib/" + WEBJAR));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app), manifest("lib/" + WEBJAR))) {
            add(jar, "static/index.html", indexHtml(cases));
            add(jar, "dev/example/App.class", new byte[] { 1 });
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] { app.toUri().toURL() },
                ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("static/from-jar-static.txt")).as("served through the Class-Path").isNotNull();
            cases.publish(loader, (settings) -> settings);
        }

        assertPublishedFromJars(cases, server);
    }

    private static void assertPublishedFromJars(CasePublisher cases, S3TestServer server) throws IOException {
        assertPublished(cases, server, "step1");
        assertThat(cases.bucket().object(PREFIX + "index.43d6e66a06d1.html").bytes()).isEqualTo(indexHtml(cases));
        assertThat(cases.bucket().keys()).noneMatch((key) -> key.contains("WEB-INF") || key.contains("META-INF")
                || key.endsWith(".class"));
    }

    private static byte[] indexHtml(CasePublisher cases) throws IOException {
        return Files.readAllBytes(cases.expected().input("r1").resolve("classes/static/index.html"));
    }

    private static Path webJar(CasePublisher cases) {
        return cases.expected().input("r1").resolve("jars/" + WEBJAR);
    }

    private static Manifest manifest(String classPath) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        return manifest;
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }

    private static void addStored(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(JarEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }
}
