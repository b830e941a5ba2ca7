package dev.assetsync.collect;

/** A file not published because an earlier location or classpath entry has the same path. */
public record ShadowedAsset(String path, String origin, String winnerOrigin) {
}
