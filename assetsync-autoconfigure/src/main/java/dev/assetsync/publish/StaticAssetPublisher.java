package dev.assetsync.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.assetsync.collect.AssetCollectionException;
import dev.assetsync.collect.AssetCollector;
import dev.assetsync.collect.CollectedAssets;
import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.manifest.UnusableManifestException;
import dev.assetsync.plan.EntryStatus;
import dev.assetsync.plan.KeyConflicts;
import dev.assetsync.plan.ObjectWrite;
import dev.assetsync.plan.Planner;
import dev.assetsync.plan.PlannedEntry;
import dev.assetsync.plan.PreviousRelease;
import dev.assetsync.plan.PublishPlan;
import dev.assetsync.plan.RemoteObject;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishListener;
import dev.assetsync.report.PublishReport;
import dev.assetsync.stage.ContentTypes;
import dev.assetsync.stage.StageOptions;
import dev.assetsync.stage.StagedFile;
import dev.assetsync.stage.StagedRelease;
import dev.assetsync.stage.Stager;
import dev.assetsync.upload.Listing;
import dev.assetsync.upload.ManifestChangedException;
import dev.assetsync.upload.ObjectMetadata;
import dev.assetsync.upload.ObjectStore;
import dev.assetsync.upload.StoreException;
import dev.assetsync.upload.StoredObject;
import dev.assetsync.upload.Uploader;

/**
 * Publishes the application's static assets: collect → stage → manifest → plan → upload → report. Every check that
 * can fail is done before the first write, and the manifest is written last and only when every object was written,
 * so a failed publish leaves the previous release live.
 */
public class StaticAssetPublisher {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private static final String RERUN = "Rerun the publish. Objects under hashed names that this run wrote are kept "
            + "and not written again.";

    private final AssetCollector collector;

    private final ObjectStore store;

    private final PublishSettings settings;

    private final PublishListener listener;

    private final Clock clock;

    private final ManifestCodec codec = new ManifestCodec();

    public StaticAssetPublisher(AssetCollector collector, ObjectStore store, PublishSettings settings,
            PublishListener listener) {
        this(collector, store, settings, listener, Clock.systemUTC());
    }

    /**
     * @param clock tells the age of objects when pruning
     */
    public StaticAssetPublisher(AssetCollector collector, ObjectStore store, PublishSettings settings,
            PublishListener listener, Clock clock) {
        this.collector = collector;
        this.store = store;
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
    }

    public PublishSettings settings() {
        return this.settings;
    }

    /**
     * Runs one publish.
     * @return what it did
     * @throws PublishException when it fails; the message names what is at fault
     */
    public PublishReport publish() {
        long start = System.nanoTime();
        CollectedAssets assets = collect();
        try (StagingFolder staging = StagingFolder.open(this.settings.stagingDir(), this.settings.keepStaging());
                BackgroundRead<PreviousRelease> previousRead = BackgroundRead.start(this::readPrevious)) {
            StagedRelease release = stage(assets, staging);
            Manifest current = Manifest.of(release.files());
            byte[] manifestBytes = this.codec.write(current);
            Files.write(staging.path().resolve(this.settings.manifestName()), manifestBytes);

            RequestCount requests = new RequestCount();
            PreviousRelease previous;
            PublishPlan plan;
            try {
                requests.total++;
                previous = previousRead.await();
                this.listener.onEvent(new PublishEvent.PreviousReleaseRead(
                        this.store.describe() + "/" + this.settings.manifestKey(), previous));
                plan = plan(release.files(), current, previous, requests);
            }
            catch (StoreException ex) {
                throw new PublishException(ex.getMessage(), "Nothing was written and the previous release stays "
                        + "live. Fix the cause and rerun.", ex);
            }
            ReleaseHistory history = new ReleaseHistory(this.store, this.settings, this.clock, this.listener);
            if (!this.settings.dryRun()) {
                write(plan, manifestBytes, previous, requests, history);
            }
            if (this.settings.prune().enabled()) {
                prune(history, current, manifestBytes, requests);
            }
            PublishReport report = new PublishReport(this.settings.target(), release.files().size(),
                    release.files().stream().mapToLong(StagedFile::size).sum(),
                    plan.count(EntryStatus.NEW) + plan.count(EntryStatus.UNKNOWN),
                    plan.count(EntryStatus.CHANGED),
                    plan.count(EntryStatus.UNCHANGED), plan.objectWrites(), plan.bytesToWrite(),
                    plan.writesManifest(), requests.total, this.settings.dryRun(),
                    Duration.ofNanos(System.nanoTime() - start));
            this.listener.onEvent(new PublishEvent.Finished(report));
            return report;
        }
        catch (IOException ex) {
            throw new PublishException("Cannot stage the static files: " + ex.getMessage(), "Nothing was written "
                    + "and the previous release stays live. Fix the cause and rerun.", ex);
        }
    }

    private CollectedAssets collect() {
        long start = System.nanoTime();
        CollectedAssets assets;
        try {
            assets = this.collector.collect();
        }
        catch (IOException | AssetCollectionException ex) {
            throw new PublishException("Cannot read the static files: " + ex.getMessage(),
                    "Check spring.web.resources.static-locations and that every location can be read.", ex);
        }
        this.listener.onEvent(new PublishEvent.Collected(assets, Duration.ofNanos(System.nanoTime() - start)));
        if (assets.assets().isEmpty()) {
            throw new PublishException("No static files were found, so there is nothing to publish.",
                    "Check spring.web.resources.static-locations, assetsync.include and assetsync.exclude; an "
                            + "application without static files needs no publish job.");
        }
        return assets;
    }

    private StagedRelease stage(CollectedAssets assets, StagingFolder staging) throws IOException {
        long start = System.nanoTime();
        StagedRelease release = new Stager(new StageOptions(this.settings.rewriteJsImports(),
                Runtime.getRuntime().availableProcessors(), this.settings.compression()))
            .stage(assets.assets(), staging.path());
        this.listener.onEvent(new PublishEvent.Staged(release, staging.path(),
                Duration.ofNanos(System.nanoTime() - start)));
        if (this.settings.strict() && !release.missingReferences().isEmpty()) {
            StringBuilder message = new StringBuilder(release.missingReferences().size()
                    + " reference(s) name files that are not published (assetsync.strict=true):");
            release.missingReferences().forEach((problem) -> message.append("\n  ").append(problem));
            throw new PublishException(message.toString(), "Fix or remove these references, add the missing "
                    + "files, or set assetsync.strict=false to publish with warnings. Nothing was written.");
        }
        List<String> conflicts = KeyConflicts.find(release.files(), this.settings.manifestName());
        if (!conflicts.isEmpty()) {
            throw new PublishException("Two contents would be published under one key:\n  "
                    + String.join("\n  ", conflicts), "Rename one of the files, or exclude it with "
                    + "assetsync.exclude. Nothing was written.");
        }
        return release;
    }

    /** One request; runs while the files are staged. */
    private PreviousRelease readPrevious() {
        Optional<StoredObject> stored = this.store.read(this.settings.manifestKey());
        if (stored.isEmpty()) {
            return new PreviousRelease.Absent();
        }
        try {
            return new PreviousRelease.Found(this.codec.read(stored.get().bytes()), stored.get().etag());
        }
        catch (UnusableManifestException ex) {
            return new PreviousRelease.Unusable(ex.getMessage(), stored.get().etag());
        }
    }

    private PublishPlan plan(List<StagedFile> files, Manifest current, PreviousRelease previous,
            RequestCount requests) {
        Planner planner = new Planner(this.settings.prefix(), this.settings.force(), this.settings.verify());
        List<PlannedEntry> entries = planner.compare(files, previous);
        Map<String, RemoteObject> listing = null;
        if (planner.needsListing(entries, previous)) {
            Listing listed = this.store.list(this.settings.prefix());
            requests.total += listed.requests();
            listing = listed.objects();
        }
        PublishPlan plan = planner.plan(files, entries, previous, current, listing);
        this.listener.onEvent(new PublishEvent.Planned(plan, this.settings.dryRun()));
        return plan;
    }

    private void write(PublishPlan plan, byte[] manifestBytes, PreviousRelease previous, RequestCount requests,
            ReleaseHistory history) {
        Uploader uploader = new Uploader(this.store, this.settings.prefix(), this.settings.concurrency(),
                this::metadata, this.listener, PROGRESS_INTERVAL);
        try {
            // Not "requests.total += writeAll(...)": the check in between counts its own request.
            int writes = uploader.writeAll(plan.hashedWrites(), plan.unhashedWrites(),
                    () -> checkManifestUnchanged(previous, requests));
            requests.total += writes;
        }
        catch (StoreException ex) {
            throw new PublishException(ex.getMessage(), "Nothing is lost: the previous release stays live. Fix the "
                    + "cause and rerun; objects already written are not written again.", ex);
        }
        if (!plan.writesManifest()) {
            return;
        }
        String key = this.settings.manifestKey();
        try {
            if (this.settings.prune().enabled()) {
                requests.total += history.record(manifestBytes);
            }
            requests.total++;
            this.store.writeConditionally(key, manifestBytes,
                    new ObjectMetadata("application/json", PublishSettings.MANIFEST_CACHE_CONTROL), previous.etag());
        }
        catch (ManifestChangedException ex) {
            requests.total++;
            manifestWriteRefused(plan.unhashedWrites(), manifestBytes, ex);
        }
        catch (StoreException ex) {
            throw new PublishException(ex.getMessage(), "The files are written but the release is not live: "
                    + "fix the cause and rerun.", ex);
        }
        this.listener.onEvent(new PublishEvent.ManifestWritten(this.store.describe() + "/" + key));
    }

    private void prune(ReleaseHistory history, Manifest current, byte[] manifestBytes, RequestCount requests) {
        try {
            requests.total += history.prune(current, manifestBytes);
        }
        catch (StoreException ex) {
            throw new PublishException("Pruning failed: " + ex.getMessage(), this.settings.dryRun()
                    ? "Nothing was written. Fix the cause and rerun." : "The release is live; only pruning is "
                            + "unfinished. Fix the cause and rerun: what is left is deleted then.", ex);
        }
    }

    /**
     * Fails before any copy under an original name is overwritten when another publish has made its release live
     * since this one read the manifest: a publish that is clearly behind then has nothing to undo. Publishes that
     * overlap closer than this are told apart by the conditional manifest write.
     */
    private void checkManifestUnchanged(PreviousRelease previous, RequestCount requests) {
        requests.total++;
        Optional<String> now = this.store.etag(this.settings.manifestKey()).map(StaticAssetPublisher::bareEtag);
        if (!now.equals(Optional.ofNullable(previous.etag()).map(StaticAssetPublisher::bareEtag))) {
            throw new PublishException(manifestChanged(), RERUN);
        }
    }

    /** Without quotes, weak marker or case: a store that formats them differently in HEAD and GET is no race. */
    private static String bareEtag(String etag) {
        return etag.replace("W/", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The conditional manifest write was refused. When S3 stored an earlier attempt whose answer was lost, the SDK's
     * retry is refused by this publish's own manifest: it is live, and the publish succeeded. Otherwise another
     * publish went live first, so the copies under original names this one overwrote are put back to that
     * release's content, and this publish fails.
     */
    private void manifestWriteRefused(List<ObjectWrite> overwritten, byte[] manifestBytes,
            ManifestChangedException cause) {
        try {
            Optional<StoredObject> live = this.store.read(this.settings.manifestKey());
            if (live.isPresent() && Arrays.equals(live.get().bytes(), manifestBytes)) {
                return;
            }
            restoreLiveCopies(overwritten, live);
        }
        catch (StoreException | UnusableManifestException ex) {
            PublishException failure = new PublishException(manifestChanged() + " The copies under original names "
                    + "that this publish overwrote could not be put back: " + ex.getMessage(), RERUN + " Until then "
                    + "those copies may hold this run's files; a run of the live release with assetsync.verify=true "
                    + "also repairs them.", cause);
            failure.addSuppressed(ex);
            throw failure;
        }
        throw new PublishException(manifestChanged(), RERUN, cause);
    }

    private void restoreLiveCopies(List<ObjectWrite> overwritten, Optional<StoredObject> live)
            throws UnusableManifestException {
        if (live.isEmpty()) {
            return;
        }
        Manifest winner = this.codec.read(live.get().bytes());
        for (ObjectWrite objectWrite : overwritten) {
            ManifestEntry entry = winner.entry(objectWrite.file().path());
            if (entry != null) {
                this.store.copy(this.settings.prefix() + entry.hashedPath(), objectWrite.key(), entry.size(),
                        metadata(objectWrite));
            }
        }
    }

    private String manifestChanged() {
        return "The manifest " + this.store.describe() + "/" + this.settings.manifestKey() + " changed since this "
                + "publish started: another publish of this prefix finished first and its release is live.";
    }

    private ObjectMetadata metadata(ObjectWrite objectWrite) {
        return new ObjectMetadata(ContentTypes.forPath(objectWrite.file().path()), objectWrite.hashed()
                ? this.settings.hashedCacheControl() : this.settings.unhashedCacheControl(),
                objectWrite.contentEncoding());
    }

    /** Requests this publish made; counted here rather than in the store so a report needs no shared state. */
    private static final class RequestCount {

        private int total;
    }
}
