package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(S3TestServerExtension.class)
class CaseAssertionsTest {

    private static final String PREFIX = "static/";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=60";

    private final ExpectedCase c17 = ExpectedCase.load("C17");

    @Test
    void parsesBucketRowsWithUncheckedAndAbsoluteColumns() {
        List<ExpectedObject> rows = c17.bucket("step1");

        assertThat(rows).hasSize(9);
        assertThat(rows.get(0)).isEqualTo(new ExpectedObject("assetsync-manifest.json", false, OptionalLong.empty(),
                Optional.empty(), Optional.of("application/json"), Optional.of("no-cache")));
        assertThat(rows.get(8)).isEqualTo(new ExpectedObject("uploads/user-avatar.png", true, OptionalLong.of(69),
                Optional.of("a2021c9ed42e09243d51f00d17862be3"), Optional.empty(), Optional.empty()));
        assertThat(rows.get(8).fullKey(PREFIX)).isEqualTo("uploads/user-avatar.png");
        assertThat(rows.get(1).fullKey(PREFIX)).isEqualTo("static/css/app.0e5650e0b80c.css");
    }

    @Test
    void parsesManifestUploadsAndRewrittenFiles() {
        assertThat(c17.manifest("step1")).containsExactly(
                java.util.Map.entry("css/app.css", "css/app.0e5650e0b80c.css"),
                java.util.Map.entry("img/a.png", "img/a.bc8bd2993401.png"),
                java.util.Map.entry("index.html", "index.737a4eaf2412.html"));
        assertThat(c17.uploads("step1")).isEqualTo(new ExpectedUploads(
                List.of("css/app.0e5650e0b80c.css", "img/a.bc8bd2993401.png", "index.737a4eaf2412.html"),
                List.of("css/app.css", "img/a.png", "index.html"), Optional.of("assetsync-manifest.json")));
        assertThat(c17.rewritten("step1")).containsOnlyKeys("css/app.0e5650e0b80c.css");
        assertThat(BucketContents.md5Hex(c17.rewritten("step1", "css/app.0e5650e0b80c.css")))
                .isEqualTo("0e5650e0b80c73f5690cb4ccba629212");
    }

    @Test
    void hashSegmentInsideTheNameCountsAsHashed() {
        ExpectedUploads c05 = ExpectedCase.load("C05-source-mapping-url-css-and-js").uploads("step1");

        assertThat(c05.hashed()).contains("css/site.css.4cfcec0cef52.map").hasSize(8);
        assertThat(c05.unhashed()).contains("css/site.css.map").hasSize(8);
    }

    @Test
    void uploadListsOutOfGroupOrderAreRejected() {
        assertThatThrownBy(() -> ExpectedUploads.parse(List.of("a.css", "a.0123456789ab.css")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.0123456789ab.css");
        assertThatThrownBy(() -> ExpectedUploads.parse(List.of("assetsync-manifest.json", "a.css")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the manifest");
    }

    @Test
    void uploadsMatchWhenGroupsComeInOrderWhateverTheOrderInsideThem() {
        ExpectedUploads expected = c17.uploads("step1");

        CaseAssertions.assertUploads(List.of("static/index.737a4eaf2412.html", "static/css/app.0e5650e0b80c.css",
                "static/img/a.bc8bd2993401.png", "static/img/a.png", "static/index.html", "static/css/app.css",
                "static/assetsync-manifest.json"), expected, PREFIX);
    }

    @Test
    void uploadsDoNotMatchWhenAGroupIsOutOfOrderOrAKeyIsMissing() {
        ExpectedUploads expected = c17.uploads("step1");

        assertThatThrownBy(() -> CaseAssertions.assertUploads(List.of("static/css/app.0e5650e0b80c.css",
                "static/img/a.bc8bd2993401.png", "static/css/app.css", "static/index.737a4eaf2412.html",
                "static/img/a.png", "static/index.html", "static/assetsync-manifest.json"), expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("hashed keys");
        assertThatThrownBy(() -> CaseAssertions.assertUploads(List.of("static/css/app.0e5650e0b80c.css",
                "static/img/a.bc8bd2993401.png", "static/index.737a4eaf2412.html", "static/css/app.css",
                "static/img/a.png", "static/assetsync-manifest.json", "static/index.html"), expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unhashed copies");
        assertThatThrownBy(() -> CaseAssertions.assertUploads(List.of("static/css/app.0e5650e0b80c.css",
                "static/img/a.bc8bd2993401.png", "static/index.737a4eaf2412.html", "static/css/app.css",
                "static/img/a.png", "static/index.html"), expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("keys written");
    }

    @Test
    void bucketBuiltAsTheCaseExpectsMatchesAndEveryKindOfDamageIsReported(S3TestServer s3) throws IOException {
        BucketContents bucket = s3.createBucket();
        publishC17ByHand(bucket);
        List<ExpectedObject> expected = c17.bucket("step1");

        CaseAssertions.assertBucketMatches(bucket, expected, PREFIX);

        bucket.replaceMetadata("static/img/a.png", "image/png", IMMUTABLE);
        assertThatThrownBy(() -> CaseAssertions.assertBucketMatches(bucket, expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cache-Control of static/img/a.png");
        bucket.put("static/img/a.png", read(c17.input("r1").resolve("classes/static/img/a.png")),
                r -> r.contentType("image/png").cacheControl(SHORT).contentEncoding("gzip"));
        assertThatThrownBy(() -> CaseAssertions.assertBucketMatches(bucket, expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Content-Encoding of static/img/a.png");
        bucket.put("static/img/a.png", "other".getBytes(StandardCharsets.UTF_8), "image/png", SHORT);
        assertThatThrownBy(() -> CaseAssertions.assertBucketMatches(bucket, expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("MD5 of static/img/a.png")
                .hasMessageContaining("size of static/img/a.png");
        bucket.delete("static/img/a.png");
        assertThatThrownBy(() -> CaseAssertions.assertBucketMatches(bucket, expected, PREFIX))
                .isInstanceOf(AssertionError.class).hasMessageContaining("static/img/a.png");
    }

    /** The state C17 step 1 expects, written directly: pre-existing objects, both copies of each file, a manifest. */
    private void publishC17ByHand(BucketContents bucket) throws IOException {
        bucket.seed(c17.input("bucket-before"));
        Path classes = c17.input("r1").resolve("classes/static");
        byte[] css = c17.rewritten("step1", "css/app.0e5650e0b80c.css");
        String cssType = "text/css; charset=utf-8";
        bucket.put("static/css/app.0e5650e0b80c.css", css, cssType, IMMUTABLE);
        bucket.put("static/css/app.css", css, cssType, SHORT);
        byte[] png = read(classes.resolve("img/a.png"));
        bucket.put("static/img/a.bc8bd2993401.png", png, "image/png", IMMUTABLE);
        bucket.put("static/img/a.png", png, "image/png", SHORT);
        byte[] html = read(classes.resolve("index.html"));
        bucket.put("static/index.737a4eaf2412.html", html, "text/html; charset=utf-8", IMMUTABLE);
        bucket.put("static/index.html", html, "text/html; charset=utf-8", SHORT);
        bucket.put("static/assetsync-manifest.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json", "no-cache");
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
