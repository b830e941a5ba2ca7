package dev.assetsync.upload;

/** The bytes and ETag of an object read from the bucket. */
public record StoredObject(byte[] bytes, String etag) {
}
