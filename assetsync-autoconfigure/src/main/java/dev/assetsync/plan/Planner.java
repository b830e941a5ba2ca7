package dev.assetsync.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.stage.StagedFile;
import dev.assetsync.stage.StagedVariant;

/**
 * Decides what to write by comparing the staged release with the previous manifest and, when it needs to, with a
 * listing of the prefix. Pure logic: the caller fetches the manifest and the listing.
 *
 * <p>A normal run trusts the previous manifest: only entries whose hashed name is new or changed are written, so a
 * release without changes writes nothing. When there is something to write, or when verifying, or when the previous
 * manifest is unusable, the caller lists the prefix once and objects that are already there are not written again.
 */
public final class Planner {

    private final String prefix;

    private final boolean force;

    private final boolean verify;

    /**
     * @param prefix key prefix, empty or ending with '/'
     * @param force write every object of the release, whatever the bucket holds
     * @param verify check every object of the release against the listing
     */
    public Planner(String prefix, boolean force, boolean verify) {
        this.prefix = prefix;
        this.force = force;
        this.verify = verify;
    }

    public List<PlannedEntry> compare(List<StagedFile> files, PreviousRelease previous) {
        List<PlannedEntry> entries = new ArrayList<>(files.size());
        for (StagedFile file : files) {
            entries.add(new PlannedEntry(file.path(), file.hashedPath(), status(file, previous)));
        }
        return entries;
    }

    /** Whether the plan needs a listing of the prefix before it can say what to write. */
    public boolean needsListing(List<PlannedEntry> entries, PreviousRelease previous) {
        if (this.force) {
            return false;
        }
        return this.verify || previous instanceof PreviousRelease.Unusable
                || entries.stream().anyMatch((entry) -> entry.status() != EntryStatus.UNCHANGED);
    }

    /**
     * @param listing objects under the prefix by full key, or null when none was taken
     */
    public PublishPlan plan(List<StagedFile> files, List<PlannedEntry> entries, PreviousRelease previous,
            Manifest current, Map<String, RemoteObject> listing) {
        List<ObjectWrite> hashedWrites = new ArrayList<>();
        List<ObjectWrite> unhashedWrites = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            StagedFile file = files.get(i);
            EntryStatus status = entries.get(i).status();
            String hashedKey = this.prefix + file.hashedPath();
            String unhashedKey = this.prefix + file.path();
            if (mustWrite(status, listing, hashedKey, file.size(), file.md5(), true)) {
                hashedWrites.add(new ObjectWrite(hashedKey, file, true));
            }
            for (StagedVariant variant : file.variants()) {
                String variantKey = this.prefix + variant.hashedPath();
                if (mustWrite(status, listing, variantKey, variant.size(), variant.md5(), true)) {
                    hashedWrites.add(new ObjectWrite(variantKey, file, true, variant));
                }
            }
            if (mustWrite(status, listing, unhashedKey, file.size(), file.md5(), false)) {
                unhashedWrites.add(new ObjectWrite(unhashedKey, file, false));
            }
        }
        boolean writesManifest = this.force || !hashedWrites.isEmpty() || !unhashedWrites.isEmpty()
                || !(previous instanceof PreviousRelease.Found found) || !found.manifest().equals(current);
        return new PublishPlan(entries, removedPaths(previous, current), hashedWrites, unhashedWrites,
                writesManifest, listing != null);
    }

    private boolean mustWrite(EntryStatus status, Map<String, RemoteObject> listing, String key, long size,
            String md5, boolean hashed) {
        if (this.force) {
            return true;
        }
        if (listing == null) {
            return status != EntryStatus.UNCHANGED;
        }
        RemoteObject remote = listing.get(key);
        if (remote == null) {
            return true;
        }
        // A hashed name vouches for its content, and so does the manifest for an unchanged entry; the copy under the
        // original name of a changed entry must prove by its ETag that it already has the new bytes.
        boolean nameVouches = hashed || status == EntryStatus.UNCHANGED;
        return nameVouches ? !remote.plausiblyHolds(size, md5) : !remote.certainlyHolds(size, md5);
    }

    private static EntryStatus status(StagedFile file, PreviousRelease previous) {
        if (!(previous instanceof PreviousRelease.Found found)) {
            return (previous instanceof PreviousRelease.Absent) ? EntryStatus.NEW : EntryStatus.UNKNOWN;
        }
        ManifestEntry before = found.manifest().entry(file.path());
        if (before == null) {
            return EntryStatus.NEW;
        }
        boolean same = before.hashedPath().equals(file.hashedPath())
                && before.encodings().equals(ManifestEntry.of(file).encodings());
        return same ? EntryStatus.UNCHANGED : EntryStatus.CHANGED;
    }

    private static List<String> removedPaths(PreviousRelease previous, Manifest current) {
        if (!(previous instanceof PreviousRelease.Found found)) {
            return List.of();
        }
        return found.manifest().entries().keySet().stream()
                .filter((path) -> !current.entries().containsKey(path))
                .toList();
    }
}
