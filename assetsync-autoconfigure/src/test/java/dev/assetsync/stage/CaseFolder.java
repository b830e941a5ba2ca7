package dev.assetsync.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.assetsync.collect.CollectedAsset;

/** One folder below {@code cases/} on the test classpath: its inputs as collected assets and its expected files. */
final class CaseFolder {

    private final Path dir;

    private CaseFolder(Path dir) {
        this.dir = dir;
    }

    /** The case whose folder name starts with {@code id}, for example {@code C01}. */
    static CaseFolder named(String id) {
        URL root = CaseFolder.class.getResource("/cases");
        try (Stream<Path> cases = Files.list(Path.of(root.toURI()))) {
            Path dir = cases.filter(path -> path.getFileName().toString().startsWith(id + "-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No case " + id));
            return new CaseFolder(dir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Every file below {@code input/<release>/classes/static/}, as the collector would publish it. */
    List<CollectedAsset> staticAssets(String release) throws IOException {
        Path root = dir.resolve("input").resolve(release).resolve("classes").resolve("static");
        List<CollectedAsset> assets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = Normalizer.normalize(root.relativize(file).toString().replace('\\', '/'), Normalizer.Form.NFC);
                assets.add(new CollectedAsset(path, "classpath:/static/", () -> Files.newInputStream(file)));
            }
        }
        return assets;
    }

    /** The entries of {@code input/<release>/jars/<jar>} below {@code prefix}, with the prefix removed. */
    List<CollectedAsset> jarAssets(String release, String jar, String prefix) throws IOException {
        List<CollectedAsset> assets = new ArrayList<>();
        try (ZipFile zip = new ZipFile(dir.resolve("input").resolve(release).resolve("jars").resolve(jar).toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    assets.add(new CollectedAsset(entry.getName().substring(prefix.length()), "jar " + jar,
                            () -> new ByteArrayInputStream(bytes)));
                }
            }
        }
        return assets;
    }

    /** {@code expected/<step>-manifest.tsv}: logical path → hashed path. */
    Map<String, String> manifest(String step) throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        rows(step + "-manifest.tsv").forEach(row -> manifest.put(row[0], row[1]));
        return manifest;
    }

    /** {@code expected/<step>-bucket.tsv}: key → [size, md5, content type]. */
    Map<String, List<String>> bucket(String step) throws IOException {
        Map<String, List<String>> bucket = new LinkedHashMap<>();
        rows(step + "-bucket.tsv").forEach(row -> bucket.put(row[0], List.of(row[1], row[2], row[3])));
        return bucket;
    }

    /** Every file below {@code expected/<step>-rewritten/} (none when the folder is absent): hashed key → bytes. */
    Map<String, byte[]> rewritten(String step) throws IOException {
        Path root = dir.resolve("expected").resolve(step + "-rewritten");
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private List<String[]> rows(String name) throws IOException {
        return Files.readAllLines(dir.resolve("expected").resolve(name)).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .toList();
    }
}
