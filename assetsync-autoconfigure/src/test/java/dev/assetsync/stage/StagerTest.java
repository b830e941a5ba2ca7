package dev.assetsync.stage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.collect.CollectedAsset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StagerTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3 };

    @TempDir
    Path staging;

    private final Map<String, AtomicInteger> opens = new ConcurrentHashMap<>();

    @Test
    void cycleMembersShareATokenDerivedFromTheWholeCycle() throws IOException {
        String a = "@import \"b.css\";\n.a { background: url(../img/x.png); }\n";
        String b = "@import \"a.css\";\n.b { color: red; }\n";

        StagedRelease release = stage(asset("css/a.css", a), asset("css/b.css", b), asset("img/x.png", PNG));

        String image = md5(PNG).substring(0, 12);
        String aPreImage = "@import \"b.css\";\n.a { background: url(../img/x." + image + ".png); }\n";
        String token = cycleToken(Map.of("css/a.css", aPreImage, "css/b.css", b));
        assertThat(release.cycles()).containsExactly(List.of("css/a.css", "css/b.css"));
        assertThat(names(release)).containsExactly(
                Map.entry("css/a.css", "css/a." + token + ".css"),
                Map.entry("css/b.css", "css/b." + token + ".css"),
                Map.entry("img/x.png", "img/x." + image + ".png"));
        assertThat(text(release, "css/a.css"))
                .isEqualTo("@import \"b." + token + ".css\";\n.a { background: url(../img/x." + image + ".png); }\n");
        assertThat(text(release, "css/b.css")).isEqualTo("@import \"a." + token + ".css\";\n.b { color: red; }\n");
    }

    @Test
    void changeInOneCycleMemberRenamesAllMembersAndWhatRefersToThem() throws IOException {
        String a = "@import \"b.css\";\n";
        String c = "@import \"a.css\";\n.c { color: blue; }\n";
        Map<String, String> before = names(stage(asset("css/a.css", a), asset("css/b.css", "@import \"a.css\";\n"),
                asset("css/c.css", c), asset("css/d.css", ".d {}\n")));
        Map<String, String> after = names(stage(asset("css/a.css", a), asset("css/b.css", "@import \"a.css\";\n.b {}\n"),
                asset("css/c.css", c), asset("css/d.css", ".d {}\n")));

        assertThat(after.get("css/a.css")).isNotEqualTo(before.get("css/a.css"));
        assertThat(after.get("css/b.css")).isNotEqualTo(before.get("css/b.css"));
        assertThat(after.get("css/c.css")).isNotEqualTo(before.get("css/c.css"));
        assertThat(after.get("css/d.css")).isEqualTo(before.get("css/d.css"));
    }

    @Test
    void fileAboveACycleIsNamedAfterItsFinalBytes() throws IOException {
        StagedRelease release = stage(asset("css/a.css", "@import \"b.css\";\n"), asset("css/b.css", "@import \"a.css\";\n"),
                asset("css/main.css", "@import \"a.css\";\n"));

        String cycle = PathNames.fileName(names(release).get("css/a.css"));
        String main = "@import \"" + cycle + "\";\n";
        assertThat(text(release, "css/main.css")).isEqualTo(main);
        assertThat(names(release).get("css/main.css")).isEqualTo("css/main." + md5(main).substring(0, 12) + ".css");
    }

    @Test
    void fileReferringToItselfIsACycleOfOne() throws IOException {
        String css = ".a { behavior: url(self.css); }\n";

        StagedRelease release = stage(asset("self.css", css));

        String token = cycleToken(Map.of("self.css", css));
        assertThat(release.cycles()).containsExactly(List.of("self.css"));
        assertThat(text(release, "self.css")).isEqualTo(".a { behavior: url(self." + token + ".css); }\n");
    }

    @Test
    void rootRelativeReferenceBecomesRelative() throws IOException {
        StagedRelease release = stage(asset("css/app.css", ".a { background: url(/img/x.png?v=1); }\n"),
                asset("img/x.png", PNG));

        assertThat(text(release, "css/app.css"))
                .isEqualTo(".a { background: url(../img/x." + md5(PNG).substring(0, 12) + ".png?v=1); }\n");
    }

    @Test
    void jsImportsAreRewrittenOnlyWhenAsked() throws IOException {
        String js = "import { h } from './helper.js';\nexport default h;\n";
        String helper = "export const h = 1;\n";
        String helperToken = md5(helper).substring(0, 12);

        StagedRelease off = stage(new StageOptions(false, 2), asset("js/app.js", js), asset("js/helper.js", helper));
        StagedRelease on = stage(new StageOptions(true, 2), asset("js/app.js", js), asset("js/helper.js", helper));

        assertThat(text(off, "js/app.js")).isEqualTo(js);
        assertThat(text(on, "js/app.js"))
                .isEqualTo("import { h } from './helper." + helperToken + ".js';\nexport default h;\n");
    }

    @Test
    void missingReferencesAreReportedInFileAndLineOrderAndLeftAsWritten() throws IOException {
        String b = ".x { background: url(gone.png); }\n.y { background: url(../../outside.png); }\n";
        StagedRelease release = stage(asset("css/b.css", b), asset("a.css", "\n\n@import \"nope.css\";\n"),
                asset("js/app.js", "a();\n//# sourceMappingURL=app.js.map\n"));

        assertThat(release.missingReferences()).map(ReferenceProblem::toString).containsExactly(
                "a.css:3 nope.css (nope.css)",
                "css/b.css:1 gone.png (css/gone.png)",
                "css/b.css:2 ../../outside.png (../outside.png)",
                "js/app.js:2 app.js.map (js/app.js.map)");
        assertThat(text(release, "css/b.css")).isEqualTo(b);
    }

    @Test
    void htmlJsonAndSvgAreNeverRewritten() throws IOException {
        String html = "<link href=\"css/a.css\"><style>.a{background:url(img/x.png)}</style>";
        String svg = "<svg><style>.a{background:url(../img/x.png)}</style></svg>";

        String json = "{\"u\":\"url(../img/x.png)\"}";

        StagedRelease release = stage(asset("index.html", html), asset("img/i.svg", svg), asset("data/d.json", json),
                asset("img/x.png", PNG), asset("css/a.css", ""));

        assertThat(text(release, "index.html")).isEqualTo(html);
        assertThat(text(release, "img/i.svg")).isEqualTo(svg);
        assertThat(text(release, "data/d.json")).isEqualTo(json);
        assertThat(release.missingReferences()).isEmpty();
    }

    @Test
    void stagingFolderHoldsOnlyTheFilesWhoseBytesStagingChanged() throws IOException {
        Path dir = staging.resolve("out");
        StagedRelease release = new Stager(new StageOptions(false, 2)).stage(List.of(
                asset("css/app.css", ".a { background: url(../img/x.png); }\n"), asset("css/plain.css", ".p {}\n"),
                asset("img/x.png", PNG), asset("misc/noext", "n")), dir);

        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(dir)) {
            onDisk = walk.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
        String rewritten = names(release).get("css/app.css");
        assertThat(onDisk).containsExactly(rewritten);
        String png = names(release).get("img/x.png");
        assertThat(Files.readString(dir.resolve(rewritten))).isEqualTo(".a { background: url(../" + png
                + "); }\n");
        assertThat(text(release, "css/app.css")).isEqualTo(Files.readString(dir.resolve(rewritten)));
        assertThat(text(release, "css/plain.css")).isEqualTo(".p {}\n");
        assertThat(text(release, "misc/noext")).isEqualTo("n");
    }

    @Test
    void everyAssetIsOpenedExactlyOnce() throws IOException {
        stage(asset("css/a.css", "@import \"b.css\";\n"), asset("css/b.css", "@import \"a.css\";\n"),
                asset("css/c.css", ".c { background: url(../img/x.png); }\n"), asset("img/x.png", PNG),
                asset("js/app.js", "a();\n"));

        assertThat(opens).hasSize(5).allSatisfy((path, count) -> assertThat(count.get()).as(path).isEqualTo(1));
    }

    @Test
    void largeBinaryIsStreamedAndDigested() throws IOException, NoSuchAlgorithmException {
        long size = 64L * 1024 * 1024 + 7;
        MessageDigest expected = MessageDigest.getInstance("MD5");
        try (InputStream in = new PatternStream(size)) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                expected.update(buffer, 0, read);
            }
        }
        String md5 = HexFormat.of().formatHex(expected.digest());

        StagedRelease release = stage(new CollectedAsset("media/big.mp4", "test", () -> new PatternStream(size)));

        StagedFile file = release.files().get(0);
        assertThat(List.of(file.path(), file.hashedPath(), file.size(), file.md5()))
            .containsExactly("media/big.mp4", "media/big." + md5.substring(0, 12) + ".mp4", size, md5);
    }

    @Test
    void resultsDoNotDependOnParallelism() throws IOException {
        List<CollectedAsset> assets = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            assets.add(asset("css/s" + i + ".css", "@import \"s" + (i + 1) + ".css\";\n.s { background: url(../img/i" + i + ".png); }\n"));
            assets.add(asset("img/i" + i + ".png", "image " + i));
        }
        assets.add(asset("css/s60.css", "@import \"s0.css\";\n"));

        StagedRelease one = new Stager(new StageOptions(false, 1)).stage(assets, staging.resolve("one"));
        StagedRelease four = new Stager(new StageOptions(false, 4)).stage(assets, staging.resolve("four"));

        assertThat(names(four)).isEqualTo(names(one));
        assertThat(four.cycles()).isEqualTo(one.cycles()).hasSize(1);
        assertThat(four.cycles().get(0)).hasSize(61);
    }

    @Test
    void stagingTwiceIntoTheSameFolderGivesTheSameFiles() throws IOException {
        Path dir = staging.resolve("same");
        Stager stager = new Stager(new StageOptions(false, 2));
        List<CollectedAsset> assets = List.of(asset("css/app.css", ".a { background: url(../img/x.png); }\n"),
                asset("img/x.png", PNG));

        StagedRelease first = stager.stage(assets, dir);
        StagedRelease second = stager.stage(assets, dir);

        assertThat(second).usingRecursiveComparison().ignoringFields("files.content").isEqualTo(first);
        for (String path : List.of("css/app.css", "img/x.png")) {
            assertThat(text(second, path)).isEqualTo(text(first, path));
        }
    }

    @Test
    void unreadableAssetFailsNamingIt() {
        CollectedAsset broken = new CollectedAsset("img/broken.png", "jar demo.jar", () -> {
            throw new IOException("entry is corrupt");
        });

        assertThatIOException().isThrownBy(() -> stage(asset("css/a.css", ".a{}"), broken))
                .withMessage("Cannot stage img/broken.png from jar demo.jar: entry is corrupt");
    }

    @Test
    void duplicatePathsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> stage(asset("a.css", ""), asset("a.css", "x")))
                .withMessage("Two assets share the logical path a.css");
    }

    private StagedRelease stage(CollectedAsset... assets) throws IOException {
        return stage(new StageOptions(false, 2), assets);
    }

    private StagedRelease stage(StageOptions options, CollectedAsset... assets) throws IOException {
        return new Stager(options).stage(List.of(assets), staging.resolve("run-" + System.nanoTime()));
    }

    private CollectedAsset asset(String path, String text) {
        return asset(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private CollectedAsset asset(String path, byte[] bytes) {
        return new CollectedAsset(path, "test", () -> {
            opens.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            return new ByteArrayInputStream(bytes);
        });
    }

    private static Map<String, String> names(StagedRelease release) {
        Map<String, String> names = new TreeMap<>();
        release.files().forEach(file -> names.put(file.path(), file.hashedPath()));
        return names;
    }

    private static String text(StagedRelease release, String path) throws IOException {
        StagedFile file = release.files().stream().filter(staged -> staged.path().equals(path)).findFirst().orElseThrow();
        return new String(StagedBytes.of(file), StandardCharsets.UTF_8);
    }

    /** The documented rule: MD5 over (path, 0, 8-byte length, pre-image) of each member in path order. */
    private static String cycleToken(Map<String, String> preImages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            new TreeMap<>(preImages).forEach((path, preImage) -> {
                byte[] bytes = preImage.getBytes(StandardCharsets.UTF_8);
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String md5(String text) {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A long deterministic byte sequence that is never held in memory. */
    private static final class PatternStream extends InputStream {

        private final long size;

        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
    }
}
