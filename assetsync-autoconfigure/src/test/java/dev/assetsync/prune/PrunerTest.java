package dev.assetsync.prune;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.plan.RemoteObject;

import static org.assertj.core.api.Assertions.assertThat;

class PrunerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static final Instant OLD = NOW.minus(Duration.ofDays(30));

    private static final String MANIFEST_KEY = "static/assetsync-manifest.json";

    private static final String HISTORY = "static/assetsync-manifest-releases/";

    private final Pruner pruner = new Pruner("static/", MANIFEST_KEY, 2, Duration.ofDays(7));

    private final Map<String, RemoteObject> listing = new HashMap<>();

    @Test
    void deletesWhatNoKeptReleaseNamesAndKeepsTheRest() {
        Release r3 = release(3, entry("css/app.css", "css/app.333333333333.css", 30, md5('3')),
                entry("img/a.png", "img/a.aaaaaaaaaaaa.png", 10, md5('a')));
        Release r2 = release(2, entry("css/app.css", "css/app.222222222222.css", 20, md5('2')),
                entry("img/a.png", "img/a.aaaaaaaaaaaa.png", 10, md5('a')));
        Release r1 = release(1, entry("css/app.css", "css/app.111111111111.css", 11, md5('1')),
                entry("img/a.png", "img/a.aaaaaaaaaaaa.png", 10, md5('a')),
                entry("js/old.js", "js/old.999999999999.js", 9, md5('9')));
        List.of(r1, r2, r3).forEach(this::stored);

        PruneDecision decision = this.pruner.decide(List.of(r3, r2, r1), this.listing, NOW);

        assertThat(decision.keys()).containsExactly("static/css/app.111111111111.css", "static/js/old.999999999999.js",
                "static/js/old.js");
        assertThat(decision.bytes()).isEqualTo(11 + 9 + 9);
        assertThat(decision.tooYoung()).isEmpty();
        assertThat(decision.notWritten()).isEmpty();
        assertThat(decision.retiredRecords()).containsExactly(recordKey(1));
    }

    @Test
    void keysYoungerThanTheMinimumAgeAreKeptAndSoIsTheirRecord() {
        Release r3 = release(3, entry("a.css", "a.333333333333.css", 3, md5('3')));
        Release r2 = release(2, entry("a.css", "a.222222222222.css", 2, md5('2')));
        Release r1 = release(1, entry("a.css", "a.111111111111.css", 1, md5('1')),
                entry("b.css", "b.bbbbbbbbbbbb.css", 4, md5('b')));
        List.of(r1, r2, r3).forEach(this::stored);
        this.listing.put("static/b.bbbbbbbbbbbb.css", new RemoteObject(4, md5('b'), NOW.minus(Duration.ofDays(6))));
        this.listing.put("static/a.111111111111.css", new RemoteObject(1, md5('1'), NOW.minus(Duration.ofDays(7))));

        PruneDecision decision = this.pruner.decide(List.of(r3, r2, r1), this.listing, NOW);

        assertThat(decision.keys()).containsExactly("static/a.111111111111.css", "static/b.css");
        assertThat(decision.tooYoung()).containsExactly("static/b.bbbbbbbbbbbb.css");
        assertThat(decision.retiredRecords()).isEmpty();
    }

    @Test
    void objectsOfAnotherSizeThanPublishedAreLeftAlone() {
        Release r2 = release(2, entry("a.css", "a.222222222222.css", 2, md5('2')));
        Release r1 = release(1, entry("x.css", "x.111111111111.css", 1, md5('1')));
        Release r0 = release(0, entry("y.css", "y.000000000000.css", 5, md5('0')));
        List.of(r0, r1, r2).forEach(this::stored);
        // Written over by someone else, with another size.
        this.listing.put("static/x.css", new RemoteObject(99, md5('1'), OLD));
        this.listing.put("static/x.111111111111.css", new RemoteObject(2, md5('1'), OLD));
        // An SSE-KMS or multipart ETag is not the MD5 of the bytes: the size is what counts.
        this.listing.put("static/y.css", new RemoteObject(5, "abc-2", OLD));
        this.listing.put("static/y.000000000000.css", new RemoteObject(5, md5('e'), OLD));

        Pruner keepOne = new Pruner("static/", MANIFEST_KEY, 1, Duration.ofDays(7));
        PruneDecision decision = keepOne.decide(List.of(r2, r1, r0), this.listing, NOW);

        assertThat(decision.keys()).containsExactly("static/y.000000000000.css", "static/y.css");
        assertThat(decision.notWritten()).containsExactly("static/x.111111111111.css", "static/x.css");
        assertThat(decision.retiredRecords()).containsExactly(recordKey(0), recordKey(1));
    }

    @Test
    void neverDeletesTheManifestTheHistoryOrKeysNoReleaseNamed() {
        Release r2 = release(2, entry("a.css", "a.222222222222.css", 2, md5('2')));
        Release r1 = release(1, entry("assetsync-manifest-releases/x.json", "assetsync-manifest-releases/x.json", 7,
                md5('7')));
        List.of(r1, r2).forEach(this::stored);
        this.listing.put(MANIFEST_KEY, new RemoteObject(100, md5('m'), OLD));
        this.listing.put(HISTORY + "0000000001-" + md5('1') + ".json", new RemoteObject(100, md5('1'), OLD));
        this.listing.put("static/foreign.111111111111.css", new RemoteObject(1, md5('1'), OLD));
        this.listing.put("static/uploads/avatar.png", new RemoteObject(1, md5('1'), OLD));

        Pruner keepOne = new Pruner("static/", MANIFEST_KEY, 1, Duration.ZERO);
        PruneDecision decision = keepOne.decide(List.of(r2, r1), this.listing, NOW);

        assertThat(decision.keys()).isEmpty();
    }

    @Test
    void theReleaseBeingPublishedCountsEvenWithoutARecord() {
        Release current = new Release(null, manifest(entry("a.css", "a.333333333333.css", 3, md5('3'))));
        Release r2 = release(2, entry("a.css", "a.222222222222.css", 2, md5('2')));
        Release r1 = release(1, entry("a.css", "a.111111111111.css", 1, md5('1')));
        List.of(r1, r2, current).forEach(this::stored);

        PruneDecision decision = this.pruner.decide(List.of(current, r2, r1), this.listing, NOW);

        assertThat(decision.keys()).containsExactly("static/a.111111111111.css");
        assertThat(decision.retiredRecords()).containsExactly(recordKey(1));
    }

    @Test
    void fewerReleasesThanKeptDeletesNothing() {
        Release r1 = release(1, entry("a.css", "a.111111111111.css", 1, md5('1')));
        stored(r1);
        assertThat(this.pruner.decide(List.of(r1), this.listing, NOW))
            .isEqualTo(new PruneDecision(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void compressedCopiesGoWithTheirHashedFile() {
        Release r3 = release(3, entry("a.css", "a.333333333333.css", 30, md5('3')));
        Release r2 = release(2, entry("a.css", "a.222222222222.css", 20, md5('2')));
        Release r1 = release(1, Map.entry("a.css", new ManifestEntry("a.111111111111.css", 100, md5('1'),
                List.of("br", "gzip", "zstd"))));
        List.of(r1, r2, r3).forEach(this::stored);
        // Compressed copies are smaller than the file, by a size the manifest does not record.
        this.listing.put("static/a.111111111111.css.gz", new RemoteObject(41, md5('g'), OLD));
        this.listing.put("static/a.111111111111.css.br", new RemoteObject(37, md5('b'), OLD));
        // An encoding this version does not know: no key is derived for it, so nothing of it is touched.
        this.listing.put("static/a.111111111111.css.zst", new RemoteObject(35, md5('z'), OLD));

        PruneDecision decision = this.pruner.decide(List.of(r3, r2, r1), this.listing, NOW);

        assertThat(decision.keys()).containsExactly("static/a.111111111111.css", "static/a.111111111111.css.br",
                "static/a.111111111111.css.gz");
        assertThat(decision.bytes()).isEqualTo(100 + 37 + 41);
    }

    /** Puts every object of the release in the listing, written long ago, with its published size and MD5. */
    private void stored(Release release) {
        release.manifest().entries().forEach((path, entry) -> {
            this.listing.put("static/" + entry.hashedPath(), new RemoteObject(entry.size(), entry.md5(), OLD));
            this.listing.put("static/" + path, new RemoteObject(entry.size(), entry.md5(), OLD));
        });
    }

    @SafeVarargs
    private static Release release(int sequence, Map.Entry<String, ManifestEntry>... entries) {
        return new Release(recordKey(sequence), manifest(entries));
    }

    @SafeVarargs
    private static Manifest manifest(Map.Entry<String, ManifestEntry>... entries) {
        TreeMap<String, ManifestEntry> map = new TreeMap<>();
        for (Map.Entry<String, ManifestEntry> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return new Manifest(map);
    }

    private static Map.Entry<String, ManifestEntry> entry(String path, String hashedPath, long size, String md5) {
        return Map.entry(path, new ManifestEntry(hashedPath, size, md5));
    }

    private static String recordKey(int sequence) {
        return HISTORY + String.format("%010d", sequence) + "-" + md5((char) ('0' + sequence)) + ".json";
    }

    private static String md5(char digit) {
        return String.valueOf(digit).repeat(32);
    }
}
