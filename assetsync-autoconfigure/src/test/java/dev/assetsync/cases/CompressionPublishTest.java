package dev.assetsync.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.manifest.UnusableManifestException;
import dev.assetsync.stage.Encoding;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.testsupport.Decompression.gunzip;
import static dev.assetsync.testsupport.Decompression.unbrotli;
import static org.assertj.core.api.Assertions.assertThat;

/** assetsync.compression against S3Proxy: which variants are written, their bytes, headers and the manifest. */
@ExtendWith(S3TestServerExtension.class)
class CompressionPublishTest {

    private static final String HASHED = CaseSettings.HASHED_CACHE_CONTROL;

    private static final String CSS = ".banner { background: url(../img/logo.png); color: #123456; }\n".repeat(60);

    private static final String JS = "document.documentElement.dataset.ready = 'yes';\n".repeat(40);

    @Test
    void c33CompressesOnlyTypesThatGainAndLeavesThePrecompressedInputAlone(S3TestServer server)
            throws IOException, UnusableManifestException {
        CasePublisher cases = new CasePublisher(server, "C33-no-spurious-content-encoding");

        cases.publish("r1", (settings) -> settings.withCompression(Encoding.GZIP));

        // Only the SVG gets smaller: the 22- and 24-byte files would grow by gzip's own framing.
        assertThat(cases.bucket().keys("static/")).containsExactly("static/assetsync-manifest.json",
                "static/css/site.7e5c6567e274.css", "static/css/site.css", "static/img/a.4e333cf8aec1.svg",
                "static/img/a.4e333cf8aec1.svg.gz", "static/img/a.svg", "static/js/app.d9e172225d21.js",
                "static/js/app.js", "static/js/app.js.6a5724174b5a.gz", "static/js/app.js.gz");
        StoredObject svgGzip = cases.bucket().object("static/img/a.4e333cf8aec1.svg.gz");
        assertThat(svgGzip.contentEncoding()).hasValue("gzip");
        assertThat(svgGzip.contentType()).isEqualTo("image/svg+xml");
        assertThat(svgGzip.cacheControl()).hasValue(HASHED);
        assertThat(gunzip(svgGzip.bytes())).isEqualTo(cases.bucket().object("static/img/a.4e333cf8aec1.svg").bytes());
        cases.bucket().objects().forEach((key, object) -> {
            if (!key.equals(svgGzip.key())) {
                assertThat(object.contentEncoding()).as(key).isEmpty();
            }
        });
        assertThat(cases.bucket().object("static/js/app.js.6a5724174b5a.gz").contentType())
            .isEqualTo("application/gzip");
        assertThat(manifestEntry(cases, "img/a.svg").encodings()).containsExactly("gzip");
        assertThat(manifestEntry(cases, "js/app.js.gz").encodings()).isEmpty();
    }

    @Test
    void bothEncodingsAreWrittenBesideTheHashedFilesWithTheOriginalsHeaders(S3TestServer server,
            @TempDir Path release) throws IOException, UnusableManifestException {
        writeRelease(release);
        CasePublisher cases = new CasePublisher(server, "C33-no-spurious-content-encoding");

        cases.publish(release, (settings) -> settings.withCompression(Encoding.GZIP, Encoding.BROTLI));

        String css = hashedKey(cases, "css/app.css");
        String js = hashedKey(cases, "js/app.js");
        String png = hashedKey(cases, "img/logo.png");
        String woff2 = hashedKey(cases, "fonts/mark.woff2");
        assertThat(cases.bucket().keys("static/")).containsExactlyInAnyOrder("static/assetsync-manifest.json",
                "static/" + css, "static/" + css + ".gz", "static/" + css + ".br", "static/css/app.css",
                "static/" + js, "static/" + js + ".gz", "static/" + js + ".br", "static/js/app.js",
                "static/" + png, "static/img/logo.png", "static/" + woff2, "static/fonts/mark.woff2");
        assertVariant(cases.bucket().object("static/" + css + ".gz"), "gzip", "text/css; charset=utf-8",
                cases.bucket().object("static/" + css).bytes());
        assertVariant(cases.bucket().object("static/" + css + ".br"), "br", "text/css; charset=utf-8",
                cases.bucket().object("static/" + css).bytes());
        assertVariant(cases.bucket().object("static/" + js + ".gz"), "gzip", "text/javascript; charset=utf-8",
                JS.getBytes(StandardCharsets.UTF_8));
        assertVariant(cases.bucket().object("static/" + js + ".br"), "br", "text/javascript; charset=utf-8",
                JS.getBytes(StandardCharsets.UTF_8));
        assertThat(cases.bucket().object("static/" + css).contentEncoding()).isEmpty();
        assertThat(cases.bucket().object("static/css/app.css").contentEncoding()).isEmpty();
        assertThat(manifestEntry(cases, "css/app.css").encodings()).containsExactly("br", "gzip");
        assertThat(manifestEntry(cases, "img/logo.png").encodings()).isEmpty();

        server.log().clear();
        cases.publish(release, (settings) -> settings.withCompression(Encoding.GZIP, Encoding.BROTLI));
        assertThat(server.log().requests()).extracting((request) -> request.operation())
            .containsExactly(S3Operation.GET_OBJECT);
    }

    @Test
    void turningCompressionOnLaterWritesOnlyTheVariantsAndTheManifest(S3TestServer server, @TempDir Path release)
            throws IOException, UnusableManifestException {
        writeRelease(release);
        CasePublisher cases = new CasePublisher(server, "C33-no-spurious-content-encoding");
        cases.publish(release, (settings) -> settings);
        assertThat(cases.bucket().objects().values()).allSatisfy(
                (object) -> assertThat(object.contentEncoding()).as(object.key()).isEmpty());

        server.log().clear();
        cases.publish(release, (settings) -> settings.withCompression(Encoding.GZIP));

        String css = hashedKey(cases, "css/app.css");
        String js = hashedKey(cases, "js/app.js");
        assertThat(server.log().keysWritten()).containsExactly("static/" + css + ".gz", "static/" + js + ".gz",
                "static/assetsync-manifest.json");
    }

    private static void assertVariant(StoredObject variant, String encoding, String contentType, byte[] original)
            throws IOException {
        assertThat(variant.contentEncoding()).as(variant.key()).hasValue(encoding);
        assertThat(variant.contentType()).as(variant.key()).isEqualTo(contentType);
        assertThat(variant.cacheControl()).as(variant.key()).isEqualTo(Optional.of(HASHED));
        assertThat(variant.size()).as(variant.key()).isLessThan(original.length);
        byte[] unpacked = encoding.equals("gzip") ? gunzip(variant.bytes()) : unbrotli(variant.bytes());
        assertThat(unpacked).as(variant.key()).isEqualTo(original);
    }

    private static ManifestEntry manifestEntry(CasePublisher cases, String path) throws UnusableManifestException {
        return new ManifestCodec().read(cases.bucket().object("static/assetsync-manifest.json").bytes()).entry(path);
    }

    private static String hashedKey(CasePublisher cases, String path) throws UnusableManifestException {
        return manifestEntry(cases, path).hashedPath();
    }

    private static void writeRelease(Path release) throws IOException {
        Path stat = release.resolve("classes/static");
        Map<String, byte[]> files = Map.of("css/app.css", CSS.getBytes(StandardCharsets.UTF_8), "js/app.js",
                JS.getBytes(StandardCharsets.UTF_8), "img/logo.png", new byte[2048], "fonts/mark.woff2",
                new byte[1024]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.createDirectories(stat.resolve(file.getKey()).getParent());
            Files.write(stat.resolve(file.getKey()), file.getValue());
        }
    }
}
