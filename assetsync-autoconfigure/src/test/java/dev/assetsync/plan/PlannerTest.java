package dev.assetsync.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.stage.Encoding;
import dev.assetsync.stage.StagedFile;
import dev.assetsync.stage.StagedVariant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlannerTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final String CSS_MD5 = "0836cd7aab0900000000000000000000";

    private static final String CSS2_MD5 = "c52c841db02f00000000000000000000";

    private static final String PNG_MD5 = "a3ad6e32dba300000000000000000000";

    private static final StagedFile CSS_R1 = file("css/app.css", "css/app.0836cd7aab09.css", 20, CSS_MD5);

    private static final StagedFile CSS_R2 = file("css/app.css", "css/app.c52c841db02f.css", 21, CSS2_MD5);

    private static final StagedFile PNG = file("img/logo.png", "img/logo.a3ad6e32dba3.png", 69, PNG_MD5);

    private static final PreviousRelease R1 = new PreviousRelease.Found(Manifest.of(List.of(CSS_R1, PNG)), "\"e1\"");

    @Test
    void firstPublishWritesBothCopiesOfEveryFileAndTheManifest() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R1, PNG);
        PreviousRelease previous = new PreviousRelease.Absent();
        List<PlannedEntry> entries = planner.compare(files, previous);

        assertThat(entries).extracting(PlannedEntry::status).containsExactly(EntryStatus.NEW, EntryStatus.NEW);
        assertThat(planner.needsListing(entries, previous)).isTrue();
        PublishPlan plan = planner.plan(files, entries, previous, Manifest.of(files), Map.of());
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key)
            .containsExactly("static/css/app.0836cd7aab09.css", "static/img/logo.a3ad6e32dba3.png");
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key)
            .containsExactly("static/css/app.css", "static/img/logo.png");
        assertThat(plan.writesManifest()).isTrue();
    }

    @Test
    void unchangedReleaseNeedsNoListingAndWritesNothing() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R1, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);

        assertThat(planner.needsListing(entries, R1)).isFalse();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), null);
        assertThat(plan.writesNothing()).isTrue();
        assertThat(plan.count(EntryStatus.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void changedFileWritesItsTwoCopiesAndSkipsWhatTheListingHolds() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R2, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);
        Map<String, RemoteObject> listing = listingOf(CSS_R1, PNG);

        assertThat(entries).extracting(PlannedEntry::status)
            .containsExactly(EntryStatus.CHANGED, EntryStatus.UNCHANGED);
        assertThat(planner.needsListing(entries, R1)).isTrue();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), listing);
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.c52c841db02f.css");
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.css");
        assertThat(plan.writesManifest()).isTrue();
    }

    @Test
    void hashedObjectLeftByAnEarlierRunIsNotWrittenAgain() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R2, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);
        Map<String, RemoteObject> listing = listingOf(CSS_R1, PNG);
        listing.put("static/css/app.c52c841db02f.css", new RemoteObject(21, "\"" + CSS2_MD5 + "\"", NOW));

        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), listing);
        assertThat(plan.hashedWrites()).isEmpty();
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.css");
    }

    @Test
    void changedCopyUnderOriginalNameIsWrittenUnlessItsEtagProvesTheNewBytes() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R2, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);
        Map<String, RemoteObject> listing = listingOf(CSS_R1, PNG);
        // Same size as the new bytes, but a multipart ETag proves nothing about the bytes under an original name;
        // under a hashed name, the name vouches for them.
        listing.put("static/css/app.css", new RemoteObject(21, "\"0836cd7aab0900000000000000000000-3\"", NOW));
        listing.put("static/css/app.c52c841db02f.css", new RemoteObject(21, "\"abc-2\"", NOW));

        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), listing);
        assertThat(plan.hashedWrites()).isEmpty();
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.css");
    }

    @Test
    void verifyRepairsMissingAndMismatchedObjectsOfUnchangedEntries() {
        Planner planner = new Planner("static/", false, true);
        List<StagedFile> files = List.of(CSS_R1, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);
        Map<String, RemoteObject> listing = listingOf(CSS_R1, PNG);
        listing.remove("static/css/app.0836cd7aab09.css");
        listing.put("static/img/logo.png", new RemoteObject(68, "\"" + PNG_MD5 + "\"", NOW));

        assertThat(planner.needsListing(entries, R1)).isTrue();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), listing);
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.0836cd7aab09.css");
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key).containsExactly("static/img/logo.png");
        assertThat(plan.listed()).isTrue();
    }

    @Test
    void unusableManifestFallsBackToTheListing() {
        Planner planner = new Planner("static/", false, false);
        PreviousRelease unusable = new PreviousRelease.Unusable("it is empty", "\"e\"");
        List<StagedFile> files = List.of(CSS_R2, PNG);
        List<PlannedEntry> entries = planner.compare(files, unusable);
        Map<String, RemoteObject> listing = listingOf(CSS_R1, PNG);

        assertThat(entries).extracting(PlannedEntry::status)
            .containsExactly(EntryStatus.UNKNOWN, EntryStatus.UNKNOWN);
        assertThat(planner.needsListing(entries, unusable)).isTrue();
        PublishPlan plan = planner.plan(files, entries, unusable, Manifest.of(files), listing);
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.c52c841db02f.css");
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key).containsExactly("static/css/app.css");
        assertThat(plan.writesManifest()).isTrue();
    }

    @Test
    void forceWritesEverythingWithoutListing() {
        Planner planner = new Planner("static/", true, false);
        List<StagedFile> files = List.of(CSS_R1, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);

        assertThat(planner.needsListing(entries, R1)).isFalse();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), null);
        assertThat(plan.objectWrites()).isEqualTo(4);
        assertThat(plan.writesManifest()).isTrue();
    }

    @Test
    void removedFileOnlyRewritesTheManifest() {
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(CSS_R1);
        List<PlannedEntry> entries = planner.compare(files, R1);

        assertThat(planner.needsListing(entries, R1)).isFalse();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), null);
        assertThat(plan.objectWrites()).isZero();
        assertThat(plan.removedPaths()).containsExactly("img/logo.png");
        assertThat(plan.writesManifest()).isTrue();
    }

    @Test
    void compressedVariantsAreWrittenWithTheHashedCopiesOfNewFiles() {
        StagedFile css = withGzip(CSS_R1, 9, "99999999999999999999999999999999");
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(css);
        PreviousRelease previous = new PreviousRelease.Absent();
        List<PlannedEntry> entries = planner.compare(files, previous);

        PublishPlan plan = planner.plan(files, entries, previous, Manifest.of(files), Map.of());

        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key, ObjectWrite::size, ObjectWrite::contentEncoding)
            .containsExactly(tuple("static/css/app.0836cd7aab09.css", 20L, null),
                    tuple("static/css/app.0836cd7aab09.css.gz", 9L, "gzip"));
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key, ObjectWrite::contentEncoding)
            .containsExactly(tuple("static/css/app.css", null));
        assertThat(plan.bytesToWrite()).isEqualTo(20 + 9 + 20);
    }

    @Test
    void unchangedFilesWithTheirVariantsWriteNothing() {
        StagedFile css = withGzip(CSS_R1, 9, "99999999999999999999999999999999");
        PreviousRelease previous = new PreviousRelease.Found(Manifest.of(List.of(css)), "\"e1\"");
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(css);
        List<PlannedEntry> entries = planner.compare(files, previous);

        assertThat(entries).extracting(PlannedEntry::status).containsExactly(EntryStatus.UNCHANGED);
        assertThat(planner.needsListing(entries, previous)).isFalse();
        assertThat(planner.plan(files, entries, previous, Manifest.of(files), null).writesNothing()).isTrue();
    }

    @Test
    void turningCompressionOnWritesOnlyTheVariantsThatTheBucketLacks() {
        StagedFile css = withGzip(CSS_R1, 9, "99999999999999999999999999999999");
        Planner planner = new Planner("static/", false, false);
        List<StagedFile> files = List.of(css, PNG);
        List<PlannedEntry> entries = planner.compare(files, R1);

        assertThat(entries).extracting(PlannedEntry::status).containsExactly(EntryStatus.CHANGED,
                EntryStatus.UNCHANGED);
        assertThat(planner.needsListing(entries, R1)).isTrue();
        PublishPlan plan = planner.plan(files, entries, R1, Manifest.of(files), listingOf(CSS_R1, PNG));
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key)
            .containsExactly("static/css/app.0836cd7aab09.css.gz");
        assertThat(plan.unhashedWrites()).isEmpty();
        assertThat(plan.writesManifest()).isTrue();
    }

    private static StagedFile withGzip(StagedFile file, long size, String md5) {
        return new StagedFile(file.path(), file.hashedPath(), file.content(), file.size(), file.md5(), List.of(
                new StagedVariant(Encoding.GZIP, file.hashedPath() + ".gz", Path.of(file.hashedPath() + ".gz"), size,
                        md5)));
    }

    private static Map<String, RemoteObject> listingOf(StagedFile... files) {
        Map<String, RemoteObject> listing = new HashMap<>();
        for (StagedFile file : files) {
            listing.put("static/" + file.hashedPath(), new RemoteObject(file.size(), "\"" + file.md5() + "\"", NOW));
            listing.put("static/" + file.path(), new RemoteObject(file.size(), "\"" + file.md5() + "\"", NOW));
        }
        return listing;
    }

    private static StagedFile file(String path, String hashedPath, long size, String md5) {
        return new StagedFile(path, hashedPath, () -> {
            throw new AssertionError("a plan reads no bytes");
        }, size, md5);
    }
}
