package dev.assetsync.collect;

/**
 * One static file that will be published.
 *
 * @param path logical path below the static root: '/'-separated, NFC-normalised, decoded,
 *             no leading '/', no '.' or '..' segments (for example {@code css/app.css})
 * @param origin where it was found, for people: {@code classpath:/static/ in bootstrap-5.3.3.jar}
 * @param content opens its bytes
 */
public record CollectedAsset(String path, String origin, AssetContent content) {
}
