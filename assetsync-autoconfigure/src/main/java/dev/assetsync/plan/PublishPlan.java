package dev.assetsync.plan;

import java.util.List;

/**
 * What a publish does: every entry's status, the writes in the order they happen (all hashed copies, then all
 * copies under the original names), and whether the manifest is written.
 *
 * @param entries the release's logical paths with their status, sorted by path
 * @param removedPaths logical paths of the previous release that this one no longer has (nothing is deleted)
 * @param hashedWrites content-hashed objects to write
 * @param unhashedWrites objects under the original names to write, after every hashed one
 * @param writesManifest whether the manifest is written, last
 * @param listed whether the plan was checked against a listing of the prefix
 */
public record PublishPlan(List<PlannedEntry> entries, List<String> removedPaths, List<ObjectWrite> hashedWrites,
        List<ObjectWrite> unhashedWrites, boolean writesManifest, boolean listed) {

    public PublishPlan {
        entries = List.copyOf(entries);
        removedPaths = List.copyOf(removedPaths);
        hashedWrites = List.copyOf(hashedWrites);
        unhashedWrites = List.copyOf(unhashedWrites);
    }

    public long count(EntryStatus status) {
        return this.entries.stream().filter((entry) -> entry.status() == status).count();
    }

    public int objectWrites() {
        return this.hashedWrites.size() + this.unhashedWrites.size();
    }

    public long bytesToWrite() {
        return this.hashedWrites.stream().mapToLong(ObjectWrite::size).sum()
                + this.unhashedWrites.stream().mapToLong(ObjectWrite::size).sum();
    }

    public boolean writesNothing() {
        return objectWrites() == 0 && !this.writesManifest;
    }
}
