package dev.assetsync.testsupport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(S3TestServerExtension.class)
class LinkCheckTest {

    private static final String PREFIX = "static/";

    private BucketContents bucket;

    @BeforeEach
    void bucket(S3TestServer server) {
        this.bucket = server.createBucket();
    }

    @Test
    void followsEveryFormOfReferenceAndSkipsWhatIsNotAFile() {
        String image = publish("img/a.png", "png bytes");
        String base = publish("css/base.css", "body { color: red; }");
        String map = publish("css/app.css.map", "{}");
        String app = publish("css/app.css", "@import \"" + name(base) + "\" screen;\n"
                + "/* url(../img/nowhere.png) @import 'gone.css'; */\n"
                + ".a::before { content: \"url(../img/not-a-file.png)\"; }\n"
                + ".b { background: URL( '../img/" + name(image) + "?#iefix' ), url(data:image/png;base64,AAAA); }\n"
                + ".c { background: url(/img/" + name(image) + "#x), url(https://cdn.example/x.png), url(#f); }\n"
                + "@import url(//cdn.example/reset.css);\n"
                + "/*# sourceMappingURL=" + name(map) + " */\n");

        LinkCheck.Result result = LinkCheck.of(this.bucket, PREFIX).assertPasses();

        assertThat(result.from(app)).extracting(LinkCheck.Reference::toString).containsExactly(
                app + ":1 " + name(base) + " -> " + base,
                app + ":4 ../img/" + name(image) + "?#iefix -> " + image,
                app + ":5 /img/" + name(image) + "#x -> " + image,
                app + ":7 " + name(map) + " -> " + map);
        assertThat(result.from("static/css/app.css")).hasSize(4);
    }

    @Test
    void reportsEveryReferenceToAMissingKeyWithItsLine() {
        String app = publish("css/app.css", ".a { background: url(../img/missing.png); }\n"
                + ".b { background: url(\"../fonts/gone.woff2?v=1\"); }\n");

        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).containsExactlyInAnyOrder(
                app + ":1 ../img/missing.png -> static/img/missing.png: no such key",
                app + ":2 ../fonts/gone.woff2?v=1 -> static/fonts/gone.woff2: no such key",
                "static/css/app.css:1 ../img/missing.png -> static/img/missing.png: no such key",
                "static/css/app.css:2 ../fonts/gone.woff2?v=1 -> static/fonts/gone.woff2: no such key");
    }

    @Test
    void reportsAHashedKeyWhoseBytesAreNotItsName() {
        this.bucket.put("static/img/a.png", bytes("new"), "image/png", "no-cache");
        this.bucket.put("static/img/a.0123456789ab.png", bytes("new"), "image/png", "no-cache");
        // A name that only looks hashed (no unhashed sibling) is a file name like any other.
        this.bucket.put("static/js/main.abcdefabcdef.js", bytes("x"), "text/javascript", "no-cache");

        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).containsExactly(
                "static/img/a.0123456789ab.png: bytes hash to " + md5("new").substring(0, 12)
                        + ", not to the name's 0123456789ab");
    }

    @Test
    void onlyTheTrailingSourceMapOfAScriptIsAReference() {
        String map = publish("js/app.js.map", "{}");
        String js = publish("js/app.js", "var s = \"//# sourceMappingURL=nowhere.js.map\";\n"
                + "var u = \"url(../img/none.png)\";\n//# sourceMappingURL=" + name(map) + "\r\n//# debugId=85314830\n");

        LinkCheck.Result result = LinkCheck.of(this.bucket, PREFIX).assertPasses();

        assertThat(result.from(js)).extracting(LinkCheck.Reference::target).containsExactly(map);
    }

    @Test
    void moduleImportsAreFollowedOnlyWhenAsked() {
        String js = publish("js/main.mjs", "import { a } from \"./missing.mjs\";\nexport * from '../lib/gone.mjs';\n"
                + "import \"./side.mjs\";\nconst m = import('./lazy.mjs');\nimport react from \"react\";\n");

        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).isEmpty();
        assertThat(LinkCheck.of(this.bucket, PREFIX).withModuleImports().run().problems())
            .filteredOn((problem) -> problem.startsWith(js))
            .containsExactlyInAnyOrder(js + ":1 ./missing.mjs -> static/js/missing.mjs: no such key",
                    js + ":2 ../lib/gone.mjs -> static/lib/gone.mjs: no such key",
                    js + ":3 ./side.mjs -> static/js/side.mjs: no such key",
                    js + ":4 ./lazy.mjs -> static/js/lazy.mjs: no such key");
    }

    @Test
    void cycleMembersMayCarryAHashOtherThanTheirBytesButAllTheSameOne() {
        this.bucket.put("static/css/a.css", bytes("@import \"b.0000000000aa.css\";"), "text/css", "no-cache");
        this.bucket.put("static/css/a.0000000000aa.css", bytes("@import \"b.0000000000aa.css\";"), "text/css",
                "no-cache");
        this.bucket.put("static/css/b.css", bytes("@import \"a.0000000000aa.css\";"), "text/css", "no-cache");
        this.bucket.put("static/css/b.0000000000aa.css", bytes("@import \"a.0000000000aa.css\";"), "text/css",
                "no-cache");

        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).isEmpty();

        this.bucket.delete("static/css/b.0000000000aa.css");
        this.bucket.put("static/css/b.0000000000bb.css", bytes("@import \"a.0000000000aa.css\";"), "text/css",
                "no-cache");
        this.bucket.put("static/css/a.0000000000aa.css", bytes("@import \"b.0000000000bb.css\";"), "text/css",
                "no-cache");
        this.bucket.put("static/css/a.css", bytes("@import \"b.0000000000bb.css\";"), "text/css", "no-cache");
        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).containsExactly(
                "cycle [static/css/a.0000000000aa.css, static/css/b.0000000000bb.css] carries different hashes "
                        + "[0000000000aa, 0000000000bb]");
    }

    @Test
    void everyKeyTheManifestListsMustExist() {
        String image = publish("img/a.png", "png");
        this.bucket.put("static/" + LinkCheck.MANIFEST_NAME, bytes("{\"version\":1,\"paths\":{\"img/a.png\":\""
                + image.substring(PREFIX.length()) + "\",\"img/b.png\":\"img/b.0123456789ab.png\"},\"files\":{}}"),
                "application/json", "no-cache");

        assertThat(LinkCheck.of(this.bucket, PREFIX).run().problems()).containsExactly(
                LinkCheck.MANIFEST_NAME + " lists img/b.png, which is not in the bucket",
                LinkCheck.MANIFEST_NAME + " lists img/b.0123456789ab.png, which is not in the bucket");
    }

    /** Stores the two copies the product would and returns the hashed key. */
    private String publish(String path, String content) {
        String hash = md5(content).substring(0, 12);
        int dot = path.lastIndexOf('.');
        String hashed = PREFIX + path.substring(0, dot) + "." + hash + path.substring(dot);
        this.bucket.put(hashed, bytes(content), "application/octet-stream", "no-cache");
        this.bucket.put(PREFIX + path, bytes(content), "application/octet-stream", "no-cache");
        return hashed;
    }

    private static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String md5(String text) {
        return BucketContents.md5Hex(bytes(text));
    }
}
