package dev.assetsync.stage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.collect.CollectedAsset;

import static dev.assetsync.testsupport.Decompression.gunzip;
import static dev.assetsync.testsupport.Decompression.unbrotli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StagerCompressionTest {

    private static final String CSS = ".a { color: red; }\n".repeat(200);

    private static final byte[] PNG = pngLike();

    @TempDir
    Path staging;

    @Test
    void gzipVariantSitsBesideTheHashedFileAndUnpacksToItsBytes() throws IOException {
        StagedRelease release = stage(Set.of(Encoding.GZIP), asset("css/app.css", CSS));

        StagedFile css = release.files().get(0);
        assertThat(css.variants()).hasSize(1);
        StagedVariant gzip = css.variants().get(0);
        assertThat(gzip.encoding()).isEqualTo(Encoding.GZIP);
        assertThat(gzip.hashedPath()).isEqualTo(css.hashedPath() + ".gz");
        assertThat(gzip.file()).endsWith(Path.of(css.hashedPath() + ".gz"));
        byte[] compressed = Files.readAllBytes(gzip.file());
        assertThat(compressed).hasSize((int) gzip.size());
        assertThat(gzip.size()).isLessThan(css.size());
        assertThat(gzip.md5()).isEqualTo(Md5.hex(compressed));
        assertThat(gunzip(compressed)).isEqualTo(StagedBytes.of(css));
        // No modification time (bytes 4 to 7) and no file name flag: the same input always gives the same gzip.
        assertThat(Arrays.copyOfRange(compressed, 3, 8)).containsOnly(0);
    }

    @Test
    void aFileThatChangesBeforeItsCopyIsCompressedFailsTheStaging() {
        AtomicInteger opens = new AtomicInteger();
        CollectedAsset changing = new CollectedAsset("js/app.js", "test", () -> new ByteArrayInputStream(
                ((opens.incrementAndGet() == 1) ? "first();" : "second();").repeat(50).getBytes(StandardCharsets.UTF_8)));

        IOException failure = catchThrowableOfType(IOException.class, () -> stage(Set.of(Encoding.GZIP), changing));

        assertThat(failure).hasMessage("js/app.js changed while it was staged: its gzip copy would not hold the bytes "
                + "that were hashed. Publish again once the file no longer changes.");
    }

    @Test
    void variantsAreTheSameBytesOnEveryRun() throws IOException {
        StagedFile first = stage(Set.of(Encoding.GZIP, Encoding.BROTLI), asset("css/app.css", CSS)).files().get(0);
        StagedFile second = stage(Set.of(Encoding.GZIP, Encoding.BROTLI), asset("css/app.css", CSS)).files().get(0);

        assertThat(first.variants()).extracting(StagedVariant::md5)
            .containsExactlyElementsOf(second.variants().stream().map(StagedVariant::md5).toList());
    }

    @Test
    void brotliVariantUnpacksToTheFileBytes() throws IOException {
        StagedFile css = stage(Set.of(Encoding.BROTLI, Encoding.GZIP), asset("css/app.css", CSS)).files().get(0);

        assertThat(css.variants()).extracting(StagedVariant::encoding).containsExactly(Encoding.GZIP,
                Encoding.BROTLI);
        StagedVariant brotli = css.variants().get(1);
        assertThat(brotli.hashedPath()).isEqualTo(css.hashedPath() + ".br");
        assertThat(unbrotli(Files.readAllBytes(brotli.file()))).isEqualTo(CSS.getBytes(StandardCharsets.UTF_8));
        assertThat(brotli.size()).isLessThan(css.variants().get(0).size());
    }

    @Test
    void compressedTypesAndFilesThatWouldGrowGetNoVariant() throws IOException {
        StagedRelease release = stage(Set.of(Encoding.GZIP, Encoding.BROTLI), asset("img/a.png", PNG),
                asset("js/tiny.js", "x()"));

        assertThat(release.files()).allSatisfy((file) -> assertThat(file.variants()).isEmpty());
        try (var files = Files.walk(this.staging)) {
            assertThat(files.filter((path) -> path.toString().endsWith(".gz") || path.toString().endsWith(".br")))
                .isEmpty();
        }
    }

    @Test
    void noVariantsUnlessAskedFor() throws IOException {
        StagedRelease release = new Stager(new StageOptions(false, 2)).stage(List.of(asset("css/app.css", CSS)),
                this.staging.resolve("plain"));

        assertThat(release.files().get(0).variants()).isEmpty();
        assertThat(this.staging.resolve("plain").resolve(release.files().get(0).hashedPath() + ".gz")).doesNotExist();
    }

    private StagedRelease stage(Set<Encoding> encodings, CollectedAsset... assets) throws IOException {
        return new Stager(new StageOptions(false, 2, encodings)).stage(List.of(assets),
                this.staging.resolve("run-" + System.nanoTime()));
    }

    private static CollectedAsset asset(String path, String text) {
        return asset(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectedAsset asset(String path, byte[] bytes) {
        return new CollectedAsset(path, "test", () -> new ByteArrayInputStream(bytes));
    }

    /** Repetitive bytes that gzip would shrink a lot: only the type keeps them from being compressed. */
    private static byte[] pngLike() {
        byte[] bytes = new byte[4096];
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        return bytes;
    }
}
