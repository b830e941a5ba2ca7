package dev.assetsync.collect;

/** What one static location contributed: files published from it and their bytes. */
public record LocationSummary(String location, int files, long bytes) {
}
