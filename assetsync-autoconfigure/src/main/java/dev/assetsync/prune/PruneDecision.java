package dev.assetsync.prune;

import java.util.List;

/**
 * What pruning deletes, and what it leaves although its release is no longer kept.
 *
 * @param deletions objects to delete, sorted by key
 * @param tooYoung keys left because they were written less than the minimum age ago
 * @param notWritten keys a release named but whose object in the bucket has another size than anything published
 * there, so something else wrote it since: left alone
 * @param retiredRecords release-history copies whose every object is gone or kept by a newer release: deleted after
 * the objects, so the history stays short
 */
public record PruneDecision(List<Deletion> deletions, List<String> tooYoung, List<String> notWritten,
        List<String> retiredRecords) {

    public PruneDecision {
        deletions = List.copyOf(deletions);
        tooYoung = List.copyOf(tooYoung);
        notWritten = List.copyOf(notWritten);
        retiredRecords = List.copyOf(retiredRecords);
    }

    /** Total size of the objects to delete. */
    public long bytes() {
        return this.deletions.stream().mapToLong(Deletion::size).sum();
    }

    /** Keys of the objects to delete. */
    public List<String> keys() {
        return this.deletions.stream().map(Deletion::key).toList();
    }

    /**
     * One object to delete.
     *
     * @param key full key
     * @param size size in bytes, as listed
     */
    public record Deletion(String key, long size) {
    }
}
