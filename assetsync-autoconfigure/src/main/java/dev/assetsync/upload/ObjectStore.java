package dev.assetsync.upload;

import java.util.List;
import java.util.Optional;

import dev.assetsync.collect.AssetContent;

/**
 * The few operations a publish needs from a bucket. Every method throws {@link StoreException} when a request fails
 * for good.
 */
public interface ObjectStore {

    /** Short description for messages, such as "s3://my-assets". */
    String describe();

    /** Reads a whole (small) object; empty when there is no object under the key. */
    Optional<StoredObject> read(String key);

    /** The ETag of the object under the key, as the server quotes it; empty when there is none. One HEAD request. */
    Optional<String> etag(String key);

    /** Lists every object under the prefix. */
    Listing list(String prefix);

    /**
     * Writes an object.
     *
     * @param body opens its bytes, again for each attempt or part
     * @param md5 lower-case hex MD5 of the bytes, which the store may send for the server to check
     * @return the requests it took: more than one for an object sent in parts
     */
    int upload(String key, AssetContent body, long size, String md5, ObjectMetadata metadata);

    /** Copies an object inside the bucket, replacing its metadata. */
    void copy(String sourceKey, String key, long size, ObjectMetadata metadata);

    /**
     * Writes the manifest only if it is still the one that was read.
     *
     * @param expectedEtag ETag of the manifest as read, or null when there was none
     * @throws ManifestChangedException when the object under the key is no longer the one that was read
     */
    void writeConditionally(String key, byte[] bytes, ObjectMetadata metadata, String expectedEtag)
            throws ManifestChangedException;

    /**
     * Deletes objects, in batches of at most {@link #DELETE_BATCH} keys a request.
     *
     * @return the requests it took
     * @throws StoreException naming the keys that were not deleted and why
     */
    int delete(List<String> keys);

    /** Most keys one delete request may name (S3's limit for DeleteObjects). */
    int DELETE_BATCH = 1000;
}
