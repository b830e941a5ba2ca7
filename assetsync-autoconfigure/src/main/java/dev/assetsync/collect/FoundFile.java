package dev.assetsync.collect;

/**
 * A regular file found below a static location, before any filtering.
 *
 * @param relativePath its path below the location exactly as the folder or jar spells it, '/'-separated
 * @param size its size in bytes, taken from the listing
 * @param content opens its bytes
 */
record FoundFile(String relativePath, long size, AssetContent content) {
}
