package dev.assetsync.prune;

import dev.assetsync.manifest.Manifest;

/**
 * A published release, as pruning sees it.
 *
 * @param recordKey key of its copy in the release history, or null for the release being published when it has no
 * copy yet (a dry run, or a release published before pruning was turned on)
 * @param manifest its manifest
 */
public record Release(String recordKey, Manifest manifest) {
}
