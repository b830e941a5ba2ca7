package dev.assetsync.plan;

/** One logical path of the release and how it compares with the previous one. */
public record PlannedEntry(String path, String hashedPath, EntryStatus status) {
}
