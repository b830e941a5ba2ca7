package dev.assetsync.upload;

/**
 * Headers an object is written with.
 *
 * @param contentType Content-Type
 * @param cacheControl Cache-Control
 * @param contentEncoding Content-Encoding of a pre-compressed variant, or null: no header at all
 */
public record ObjectMetadata(String contentType, String cacheControl, String contentEncoding) {

    /** Headers of an object stored as it is, without Content-Encoding. */
    public ObjectMetadata(String contentType, String cacheControl) {
        this(contentType, cacheControl, null);
    }
}
