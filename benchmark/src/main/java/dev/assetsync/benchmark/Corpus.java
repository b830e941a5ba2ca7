package dev.assetsync.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The files every tool publishes, in {@link #staticFolder()}: {@code META-INF/resources/} of a folder laid out
 * like the WebJars the files come from.
 */
final class Corpus {

    private final Path root;

    private final Path changedCss;

    private final byte[] changedCssOriginal;

    private Corpus(Path root, Path changedCss) throws IOException {
        this.root = root;
        this.changedCss = changedCss;
        this.changedCssOriginal = Files.readAllBytes(changedCss);
    }

    /** A working copy of the unpacked WebJars under {@code source}, so that changes never touch the originals. */
    static Corpus copyOf(Path source, Path root) throws IOException {
        return copyOf(source, root, Integer.MAX_VALUE);
    }

    /**
     * A copy of the first {@code count} files of {@code source}, stylesheets first and then in path order (the
     * small corpus of the smoke run has a stylesheet to change).
     */
    static Corpus copyOf(Path source, Path root, int count) throws IOException {
        deleteTree(root);
        List<Path> chosen;
        try (Stream<Path> files = Files.walk(source)) {
            chosen = files.filter(Files::isRegularFile)
                .sorted(Comparator.comparing((Path file) -> !file.toString().endsWith(".css"))
                    .thenComparing(Path::toString))
                .limit(count)
                .toList();
        }
        for (Path file : chosen) {
            Path target = root.resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return open(root);
    }

    /** Every tenth number is a stylesheet's: a reference to it goes to the next image instead. */
    private static int binaryNumber(int number) {
        return (number % 10 == 0) ? number + 1 : number;
    }

    /**
     * {@code count} generated files of {@code totalBytes} together, a tenth of them stylesheets that refer to two
     * images each, the rest random bytes; the same seed gives the same files.
     */
    static Corpus synthetic(Path root, int count, long totalBytes) throws IOException {
        // Generating gigabytes takes a while: a corpus made before with the same figures is used again.
        Path made = root.resolve("synthetic-v2-" + count + "-" + totalBytes);
        if (Files.exists(made)) {
            return open(root);
        }
        deleteTree(root);
        Path folder = root.resolve("META-INF/resources/gen");
        Random random = new Random(42);
        int binarySize = (int) Math.max(1, totalBytes / count);
        byte[] block = new byte[binarySize];
        for (int i = 0; i < count; i++) {
            Path dir = folder.resolve("d" + (i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(dir);
            }
            if (i % 10 == 0) {
                int first = (i / 1000) * 1000;
                String css = ".a" + i + "{background:url(f" + binaryNumber(first + i % 997) + ".bin)}\n.b" + i
                        + "{background:url('f" + binaryNumber(first + (i * 7) % 997) + ".bin')}\n" + "/* "
                        + "x".repeat(Math.max(0, binarySize - 120)) + " */\n";
                Files.writeString(dir.resolve("s" + i + ".css"), css);
            }
            else {
                random.nextBytes(block);
                Files.write(dir.resolve("f" + i + ".bin"), block);
            }
        }
        Files.createFile(made);
        return open(root);
    }

    /** An existing corpus; the stylesheet a change edits is the first one in path order. */
    static Corpus open(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("META-INF/resources"))) {
            Path css = files.filter((file) -> file.toString().endsWith(".css"))
                .min(Comparator.comparing(Path::toString))
                .orElseThrow(() -> new IOException("No stylesheet in " + root));
            return new Corpus(root, css);
        }
    }

    Path staticFolder() {
        return this.root.resolve("META-INF/resources");
    }

    Path changedCss() {
        return this.changedCss;
    }

    List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(staticFolder())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    long bytes() throws IOException {
        long bytes = 0;
        for (Path file : files()) {
            bytes += Files.size(file);
        }
        return bytes;
    }

    /** What a fresh build does: every file written again with the same bytes, so every mtime is new. */
    void freshBuild() throws IOException {
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        for (Path file : files()) {
            Files.setLastModifiedTime(file, now);
        }
    }

    /** Puts back the stylesheet that {@link #changeOneCss} edits. */
    void restore() throws IOException {
        Files.write(this.changedCss, this.changedCssOriginal);
    }

    /** Edits one stylesheet: a comment naming the revision is appended. */
    void changeOneCss(int revision) throws IOException {
        try (OutputStream out = Files.newOutputStream(this.changedCss, StandardOpenOption.APPEND)) {
            out.write(("\n/* revision " + revision + " */\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
