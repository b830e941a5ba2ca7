package dev.assetsync.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.UnusableManifestException;
import dev.assetsync.prune.PruneDecision;
import dev.assetsync.prune.Pruner;
import dev.assetsync.prune.Release;
import dev.assetsync.prune.ReleaseRecord;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishListener;
import dev.assetsync.stage.Md5;
import dev.assetsync.upload.Listing;
import dev.assetsync.upload.ManifestChangedException;
import dev.assetsync.upload.ObjectMetadata;
import dev.assetsync.upload.ObjectStore;
import dev.assetsync.upload.StoredObject;

/**
 * The release history of one publish, and pruning by it. Each release is recorded, as a copy of its manifest, after
 * its files and before the live manifest: a release that is live is always recorded, and a crash in between leaves
 * a record of a release that never went live, which only keeps its files a little longer. Pruning runs after the
 * live manifest, deletes the objects first and the records they made obsolete last, so a crash at any point leaves
 * every remaining object recorded and the rerun finishes the job.
 */
final class ReleaseHistory {

    private final ObjectStore store;

    private final PublishSettings settings;

    private final Clock clock;

    private final PublishListener listener;

    private final ManifestCodec codec = new ManifestCodec();

    private Listing listing;

    private final List<ReleaseRecord> records = new ArrayList<>();

    ReleaseHistory(ObjectStore store, PublishSettings settings, Clock clock, PublishListener listener) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Records a release about to go live.
     * @return the requests it took
     */
    int record(byte[] manifestBytes) {
        int requests = list();
        ReleaseRecord record = ReleaseRecord.next(this.settings.historyFolder(), this.records, Md5.hex(manifestBytes));
        try {
            this.store.writeConditionally(record.key(), manifestBytes,
                    new ObjectMetadata("application/json", PublishSettings.MANIFEST_CACHE_CONTROL), null);
        }
        catch (ManifestChangedException ex) {
            // Another publish recorded the very same manifest under the same sequence: the record is there.
        }
        this.records.add(record);
        return requests + 1;
    }

    /**
     * Deletes what the releases no longer kept left behind, or only reports it in a dry run.
     * @return the requests it took
     */
    int prune(Manifest current, byte[] manifestBytes) {
        int requests = list();
        String currentMd5 = Md5.hex(manifestBytes);
        List<ReleaseRecord> newestFirst = this.records.stream().sorted(ReleaseRecord.NEWEST_FIRST).toList();
        List<Release> releases = new ArrayList<>();
        if (newestFirst.isEmpty() || !newestFirst.get(0).md5().equals(currentMd5)) {
            releases.add(new Release(null, current));
        }
        Map<String, Manifest> byMd5 = new HashMap<>(Map.of(currentMd5, current));
        for (ReleaseRecord record : newestFirst) {
            Manifest manifest = byMd5.get(record.md5());
            if (manifest == null) {
                requests++;
                Optional<StoredObject> stored = this.store.read(record.key());
                if (stored.isEmpty()) {
                    continue;
                }
                try {
                    manifest = this.codec.read(stored.get().bytes());
                }
                catch (UnusableManifestException ex) {
                    this.listener.onEvent(new PublishEvent.PruneSkipped("the release record "
                            + this.store.describe() + "/" + record.key() + " cannot be read: " + ex.getMessage()));
                    return requests;
                }
                byMd5.put(record.md5(), manifest);
            }
            releases.add(new Release(record.key(), manifest));
        }
        PruneSettings prune = this.settings.prune();
        PruneDecision decision = new Pruner(this.settings.prefix(), this.settings.manifestKey(), prune.keepReleases(),
                prune.minAge()).decide(releases, this.listing.objects(), this.clock.instant());
        if (!this.settings.dryRun()) {
            requests += this.store.delete(decision.keys());
            requests += this.store.delete(decision.retiredRecords());
        }
        this.listener.onEvent(new PublishEvent.Pruned(decision, prune.keepReleases(), prune.minAge(),
                this.settings.dryRun()));
        return requests;
    }

    /** Lists the prefix once per publish: objects for pruning, records for the history. */
    private int list() {
        if (this.listing != null) {
            return 0;
        }
        this.listing = this.store.list(this.settings.prefix());
        String folder = this.settings.historyFolder();
        this.listing.objects().keySet().forEach((key) -> ReleaseRecord.parse(folder, key).ifPresent(this.records::add));
        return this.listing.requests();
    }
}
