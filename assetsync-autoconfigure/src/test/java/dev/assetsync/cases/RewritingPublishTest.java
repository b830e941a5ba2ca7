package dev.assetsync.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.publish.PublishException;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.lastStaged;
import static dev.assetsync.cases.PublishedStep.manifestPaths;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rewriting through the real publish path on releases of this test's own, for the forms the shared cases leave out:
 * reference cycles, every kind of missing reference in strict mode, byte order marks, and files that are never
 * rewritten.
 */
@ExtendWith(S3TestServerExtension.class)
class RewritingPublishTest {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @TempDir
    Path release;

    @Test
    void cyclesArePublishedOnceEachWithoutLoopingAndStayStable(S3TestServer server) throws IOException {
        write("css/a.css", "@import \"b.css\";\n.a { background: url(../img/x.png); }\n");
        write("css/b.css", "@import \"a.css\";\n");
        write("css/main.css", "@import \"a.css\";\n");
        write("css/self.css", ".s { behavior: url(self.css); }\n");
        write("css/x.css", "@import \"y.css\";\n");
        write("css/y.css", "@import \"z.css\";\n");
        write("css/z.css", "@import \"x.css\";\n");
        write("img/x.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1 });
        CasePublisher cases = CasePublisher.withoutCase(server);

        cases.publish(this.release, (settings) -> settings);

        assertThat(lastStaged(cases).cycles()).containsExactly(List.of("css/a.css", "css/b.css"),
                List.of("css/self.css"), List.of("css/x.css", "css/y.css", "css/z.css"));
        assertThat(lastStaged(cases).missingReferences()).isEmpty();
        assertThat(server.log().keysWritten()).hasSize(2 * 8 + 1).doesNotHaveDuplicates();
        String a = hashedKey(cases, "css/a.css");
        String b = hashedKey(cases, "css/b.css");
        // Cycle members are named after the whole cycle, not after their own bytes: the check must exempt them.
        assertThat(a).doesNotContain(BucketContents.md5Hex(cases.bucket().object(a).bytes()).substring(0, 12));
        LinkCheck.Result links = LinkCheck.of(cases.bucket(), PREFIX).assertPasses();
        assertThat(links.from(a)).extracting(LinkCheck.Reference::target).contains(b);
        assertThat(links.from(b)).extracting(LinkCheck.Reference::target).containsExactly(a);
        assertThat(links.from(hashedKey(cases, "css/main.css"))).extracting(LinkCheck.Reference::target)
            .containsExactly(a);

        server.log().clear();
        cases.publish(this.release, (settings) -> settings);

        assertThat(server.log().requests()).singleElement()
            .satisfies((request) -> assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT));
    }

    @Test
    void strictListsEveryKindOfMissingReferenceInFileAndLineOrderBeforeAnyWrite(S3TestServer server)
            throws IOException {
        write("css/a.css", "@import \"gone.css\";\n.x { color: red; }\n.y { background: url(/img/none.png); }\n"
                + "/*# sourceMappingURL=a.css.map */\n");
        write("css/b.css", ".b { src: url(\"../fonts/f.woff2?#iefix\") format(\"woff2\"); }\n");
        write("js/app.js", "run();\n//# sourceMappingURL=app.js.map\n");
        write("js/ok.js", "ok();\n");
        CasePublisher cases = CasePublisher.withoutCase(server);

        for (boolean dryRun : new boolean[] { false, true }) {
            server.log().clear();
            PublishException failure = failure(cases, dryRun);

            assertThat(failure.getMessage()).as("dry run: %s", dryRun).isEqualTo(
                    "5 reference(s) name files that are not published (assetsync.strict=true):\n"
                            + "  css/a.css:1 gone.css (css/gone.css)\n"
                            + "  css/a.css:3 /img/none.png (img/none.png)\n"
                            + "  css/a.css:4 a.css.map (css/a.css.map)\n"
                            + "  css/b.css:1 ../fonts/f.woff2 (fonts/f.woff2)\n"
                            + "  js/app.js:2 app.js.map (js/app.js.map)");
            assertThat(server.log().writes()).isEmpty();
            assertThat(cases.bucket().keys()).isEmpty();
        }
    }

    @Test
    void onlyReferencesChangeAndEveryOtherByteIsPublishedAsItCame(S3TestServer server) throws IOException {
        Map<String, byte[]> untouched = new LinkedHashMap<>();
        untouched.put("img/logo.png", concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE },
                ascii("url(../missing.png) @import 'x.css'; "), new byte[] { (byte) 0xC3, 0x28, (byte) 0xE9 }));
        untouched.put("fonts/f.woff2", concat(ascii("wOF2"), new byte[] { (byte) 0xC3, 0x28, 0, (byte) 0x80 },
                ascii("url(gone.png)")));
        untouched.put("css/old.css.gz", gzip(".o { background: url(../img/gone.png); }\n"));
        untouched.put("index.html", utf8("<link href=\"css/app.css\"><style>.a{background:url(img/gone.png)}</style>"));
        untouched.put("data/d.json", utf8("{\"u\": \"url(../img/gone.png)\"}"));
        untouched.put("img/icon.svg", utf8("<svg><style>.a{background:url(gone.png)}</style></svg>"));
        untouched.put("css/app.css.map", utf8("{\"version\":3,\"sources\":[\"../scss/gone.scss\"]}"));
        untouched.put("js/app.js.map", utf8("{\"version\":3,\"sources\":[\"../src/gone.ts\"]}"));
        untouched.forEach(this::write);
        write("css/theme.css", ".t { color: #333; }\n");
        write("css/app.css", concat(BOM, utf8("@import \"theme.css\";\n/* Café – ü */\n"
                + ".a { background: url(../img/logo.png); }\n/*# sourceMappingURL=app.css.map */\n")));
        write("js/app.js", concat(BOM, utf8("console.log(\"naïve\");\n//# sourceMappingURL=app.js.map\n")));
        CasePublisher cases = CasePublisher.withoutCase(server);

        cases.publish(this.release, (settings) -> settings);

        assertThat(lastStaged(cases).missingReferences()).isEmpty();
        BucketContents bucket = cases.bucket();
        untouched.forEach((path, bytes) -> {
            assertThat(bucket.object(PREFIX + path).bytes()).as(path).isEqualTo(bytes);
            assertThat(bucket.object(hashedKey(cases, path)).bytes()).as(path).isEqualTo(bytes);
        });
        assertThat(bucket.object(PREFIX + "css/app.css").bytes()).isEqualTo(concat(BOM, utf8("@import \""
                + name(hashedKey(cases, "css/theme.css")) + "\";\n/* Café – ü */\n.a { background: url(../img/"
                + name(hashedKey(cases, "img/logo.png")) + "); }\n/*# sourceMappingURL="
                + name(hashedKey(cases, "css/app.css.map")) + " */\n")));
        assertThat(bucket.object(PREFIX + "js/app.js").bytes()).isEqualTo(concat(BOM, utf8(
                "console.log(\"naïve\");\n//# sourceMappingURL=" + name(hashedKey(cases, "js/app.js.map")) + "\n")));
        LinkCheck.of(bucket, PREFIX).assertPasses();
    }

    private PublishException failure(CasePublisher cases, boolean dryRun) {
        try {
            cases.publish(this.release, (settings) -> dryRun ? settings.strictly().asDryRun() : settings.strictly());
        }
        catch (PublishException ex) {
            return ex;
        }
        throw new AssertionError("The strict publish succeeded");
    }

    /** The key the published manifest maps a logical path to. */
    private static String hashedKey(CasePublisher cases, String path) {
        String hashedPath = manifestPaths(cases).get(path);
        assertThat(hashedPath).as("manifest entry of %s", path).isNotNull();
        return PREFIX + hashedPath;
    }

    private static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    private void write(String path, String text) {
        write(path, utf8(text));
    }

    private void write(String path, byte[] bytes) {
        Path file = this.release.resolve("classes/static").resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(utf8(text));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
