package dev.assetsync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One folder of the shared real-world cases ({@code cases/Cnn-slug/} on the test classpath) and its expected
 * files. {@code name} arguments are the file name's first part: {@code step1}, {@code variantB}, {@code r2}.
 */
public final class ExpectedCase {

    private final Path directory;

    private ExpectedCase(Path directory) {
        this.directory = directory;
    }

    /** Finds the case by its id ({@code "C12"}) or full folder name. */
    public static ExpectedCase load(String id) {
        Path cases = casesRoot();
        try (Stream<Path> folders = Files.list(cases)) {
            List<Path> matches = folders.filter(folder -> {
                String name = folder.getFileName().toString();
                return name.equals(id) || name.startsWith(id + "-");
            }).toList();
            if (matches.size() != 1) {
                throw new IllegalArgumentException("Expected exactly one case folder for " + id + ", found " + matches);
            }
            return new ExpectedCase(matches.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + cases, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** {@code input/<release>/}, e.g. {@code input("r1")} or {@code input("bucket-before")}. */
    public Path input(String release) {
        return directory.resolve("input").resolve(release);
    }

    /** Rows of {@code <name>-bucket.tsv}. */
    public List<ExpectedObject> bucket(String name) {
        return rows(name + "-bucket.tsv").stream().map(ExpectedObject::parse).toList();
    }

    /** {@code <name>-manifest.tsv} as logical path → hashed path, in file order. */
    public Map<String, String> manifest(String name) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String row : rows(name + "-manifest.tsv")) {
            String[] columns = row.split("\t");
            if (columns.length != 2) {
                throw new IllegalArgumentException("Expected 2 tab-separated columns in manifest row: " + row);
            }
            entries.put(columns[0], columns[1]);
        }
        return entries;
    }

    public ExpectedUploads uploads(String name) {
        return ExpectedUploads.parse(rows(name + "-uploads.txt"));
    }

    /** Exact bytes of a rewritten file, {@code <name>-rewritten/<hashed key relative to the prefix>}. */
    public byte[] rewritten(String name, String hashedKey) {
        return readBytes(directory.resolve("expected").resolve(name + "-rewritten").resolve(hashedKey));
    }

    /** Every rewritten file of a step by hashed key relative to the prefix. */
    public Map<String, byte[]> rewritten(String name) {
        Path root = directory.resolve("expected").resolve(name + "-rewritten");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).sorted().forEach(file ->
                    files.put(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                            readBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        return files;
    }

    /** Non-empty lines that are not {@code #} comments. */
    private List<String> rows(String fileName) {
        Path file = directory.resolve("expected").resolve(fileName);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path casesRoot() {
        URL root = ExpectedCase.class.getResource("/cases");
        if (root == null) {
            throw new IllegalStateException("No cases folder on the test classpath");
        }
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable cases location " + root, e);
        }
    }
}
