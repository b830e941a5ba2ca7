package dev.assetsync.prune;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.plan.RemoteObject;
import dev.assetsync.stage.Encoding;

/**
 * Decides which objects of older releases to delete. Only keys that a recorded release named are ever candidates, so
 * nothing assetsync did not write is touched; a candidate is deleted when none of the kept releases names it, it
 * still has the size of what a release published there, and it is older than the minimum age, so that pages still
 * cached, or served by instances of the previous version during a rolling deploy, keep working.
 */
public final class Pruner {

    private final String prefix;

    private final String manifestKey;

    private final String historyFolder;

    private final int keepReleases;

    private final Duration minAge;

    /**
     * @param prefix key prefix of the releases
     * @param manifestKey key of the live manifest, never deleted
     * @param keepReleases releases whose objects are all kept, the one being published included
     * @param minAge objects written less long ago than this are kept
     */
    public Pruner(String prefix, String manifestKey, int keepReleases, Duration minAge) {
        this.prefix = prefix;
        this.manifestKey = manifestKey;
        this.historyFolder = ReleaseRecord.folder(manifestKey);
        this.keepReleases = keepReleases;
        this.minAge = minAge;
    }

    /**
     * @param releases the releases known, newest first, the one being published first
     * @param listing every object under the prefix
     * @param now the current time
     */
    public PruneDecision decide(List<Release> releases, Map<String, RemoteObject> listing, Instant now) {
        int kept = Math.min(this.keepReleases, releases.size());
        Set<String> keptKeys = new HashSet<>();
        releases.subList(0, kept).forEach((release) -> keptKeys.addAll(keysOf(release.manifest()).keySet()));

        Map<String, List<OptionalLong>> candidates = new TreeMap<>();
        List<Release> older = releases.subList(kept, releases.size());
        for (Release release : older) {
            keysOf(release.manifest()).forEach((key, size) -> {
                if (!keptKeys.contains(key) && mayDelete(key)) {
                    candidates.computeIfAbsent(key, (k) -> new ArrayList<>()).add(size);
                }
            });
        }

        Instant cutoff = now.minus(this.minAge);
        List<PruneDecision.Deletion> deletions = new ArrayList<>();
        Set<String> tooYoung = new TreeSet<>();
        List<String> notWritten = new ArrayList<>();
        candidates.forEach((key, published) -> {
            RemoteObject remote = listing.get(key);
            if (remote == null) {
                return;
            }
            // Size, not ETag: with SSE-KMS, asked for or the bucket's default, an ETag is not the MD5 of the bytes.
            if (published.stream().noneMatch((size) -> size.isEmpty() || size.getAsLong() == remote.size())) {
                notWritten.add(key);
            }
            else if (remote.lastModified().isAfter(cutoff)) {
                tooYoung.add(key);
            }
            else {
                deletions.add(new PruneDecision.Deletion(key, remote.size()));
            }
        });

        List<String> retired = older.stream()
            .filter((release) -> release.recordKey() != null)
            .filter((release) -> keysOf(release.manifest()).keySet().stream().noneMatch(tooYoung::contains))
            .map(Release::recordKey)
            .sorted()
            .toList();
        return new PruneDecision(deletions, List.copyOf(tooYoung), notWritten, retired);
    }

    /**
     * The keys a release wrote, with the size it wrote there: the hashed copy and the copy under the original name of
     * each path, and the compressed copies beside the hashed one, whose size the manifest does not record.
     */
    private Map<String, OptionalLong> keysOf(Manifest manifest) {
        Map<String, OptionalLong> keys = new HashMap<>();
        manifest.entries().forEach((path, entry) -> {
            String hashedKey = this.prefix + entry.hashedPath();
            keys.put(hashedKey, OptionalLong.of(entry.size()));
            keys.put(this.prefix + path, OptionalLong.of(entry.size()));
            entry.encodings().stream().map(Encoding::named).flatMap(Optional::stream)
                .forEach((encoding) -> keys.put(hashedKey + encoding.suffix(), OptionalLong.empty()));
        });
        return keys;
    }

    private boolean mayDelete(String key) {
        return key.startsWith(this.prefix) && !key.equals(this.manifestKey) && !key.startsWith(this.historyFolder);
    }
}
