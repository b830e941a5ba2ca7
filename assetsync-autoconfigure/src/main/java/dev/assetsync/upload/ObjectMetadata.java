package dev.assetsync.upload;

/**
 * Headers an object is written with.
 *
 * @param contentType Content-Type
 * @param cacheControl Cache-Control
 */
public record ObjectMetadata(String contentType, String cacheControl) {
}
