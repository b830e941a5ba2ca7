package dev.assetsync.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * One object as the S3 server stores it.
 *
 * @param eTag     exactly as the server returns it, quotes included
 * @param metadata user metadata ({@code x-amz-meta-*}) without the prefix
 * @param bytes    the object's bytes (copied in and out)
 */
public record StoredObject(String key, long size, String md5, String contentType, Optional<String> cacheControl,
        Optional<String> contentEncoding, String eTag, Map<String, String> metadata, byte[] bytes) {

    public StoredObject {
        metadata = Map.copyOf(metadata);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredObject that && key.equals(that.key) && size == that.size && md5.equals(that.md5)
                && contentType.equals(that.contentType) && cacheControl.equals(that.cacheControl)
                && contentEncoding.equals(that.contentEncoding) && eTag.equals(that.eTag)
                && metadata.equals(that.metadata) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + md5.hashCode();
    }

    /** Leaves the bytes out: objects can be megabytes. */
    @Override
    public String toString() {
        return "StoredObject[key=" + key + ", size=" + size + ", md5=" + md5 + ", contentType=" + contentType
                + ", cacheControl=" + cacheControl + ", contentEncoding=" + contentEncoding + ", eTag=" + eTag
                + ", metadata=" + metadata + "]";
    }
}
