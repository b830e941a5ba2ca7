package dev.assetsync.manifest;

/**
 * What the manifest records for one logical path.
 *
 * @param hashedPath the content-hashed path its current content is published under
 * @param size size in bytes of that content
 * @param md5 full lower-case hex MD5 of that content
 */
public record ManifestEntry(String hashedPath, long size, String md5) {
}
