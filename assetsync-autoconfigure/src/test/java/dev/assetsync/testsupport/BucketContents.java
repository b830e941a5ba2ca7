package dev.assetsync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and changes one bucket directly on the S3 server, bypassing the recording proxy, so that test setup
 * and assertions never show up in the request log.
 *
 * <p>Writes and listings go through an SDK client talking straight to S3Proxy. Objects are read from S3Proxy's
 * store itself: S3Proxy's embedded Jetty rewrites some Content-Types in responses ({@code text/html;
 * charset=utf-8} comes back as {@code text/html;charset=utf-8}), while the store holds exactly what was sent,
 * which is what real S3 returns.
 */
public final class BucketContents {

    private final S3Client direct;
    private final BlobStore store;
    private final String bucket;

    BucketContents(S3Client direct, BlobStore store, String bucket) {
        this.direct = direct;
        this.store = store;
        this.bucket = bucket;
    }

    public String name() {
        return bucket;
    }

    /** Every key in the bucket, in listing order. */
    public List<String> keys() {
        return keys("");
    }

    public List<String> keys(String prefix) {
        return direct.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix))
                .contents().stream().map(S3Object::key).toList();
    }

    public boolean exists(String key) {
        return store.blobExists(bucket, key);
    }

    /** The stored object: bytes, their MD5 and its metadata exactly as stored. */
    public StoredObject object(String key) {
        try (ResponseInputStream<GetObjectResponse> blob = store.getBlob(bucket, key)) {
            GetObjectResponse head = blob.response();
            return stored(key, head, quoted(head.eTag()), blob.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " from bucket " + bucket, e);
        }
    }

    /**
     * GETs the object over HTTP with {@code Accept-Encoding: gzip}, to see whether the server hands out other
     * bytes or a Content-Encoding when the client says it could decompress. Content-Type is as Jetty sends it.
     */
    public StoredObject objectAcceptingGzip(String key) {
        ResponseBytes<GetObjectResponse> response = direct.getObjectAsBytes(request -> request.bucket(bucket).key(key)
                .overrideConfiguration(o -> o.putHeader("Accept-Encoding", "gzip")));
        return stored(key, response.response(), response.response().eTag(), response.asByteArrayUnsafe());
    }

    /** Every object in the bucket by key, in listing order. */
    public Map<String, StoredObject> objects() {
        Map<String, StoredObject> objects = new LinkedHashMap<>();
        keys().forEach(key -> objects.put(key, object(key)));
        return objects;
    }

    /** Stores an object and returns its ETag. */
    public String put(String key, byte[] bytes, String contentType, String cacheControl) {
        return put(key, bytes, request -> request.contentType(contentType).cacheControl(cacheControl));
    }

    /** Stores an object with any PutObject options and returns its ETag. */
    public String put(String key, byte[] bytes, Consumer<PutObjectRequest.Builder> options) {
        return direct.putObject(request -> options.accept(request.bucket(bucket).key(key)), RequestBody.fromBytes(bytes))
                .eTag();
    }

    /** Copies within the bucket; the options can set the metadata directive and new metadata. */
    public void copy(String sourceKey, String targetKey, Consumer<CopyObjectRequest.Builder> options) {
        direct.copyObject(request -> options.accept(request.sourceBucket(bucket).sourceKey(sourceKey)
                .destinationBucket(bucket).destinationKey(targetKey)));
    }

    /** Replaces Content-Type and Cache-Control of an object in place, keeping its bytes. */
    public void replaceMetadata(String key, String contentType, String cacheControl) {
        copy(key, key, request -> request.metadataDirective(MetadataDirective.REPLACE)
                .contentType(contentType).cacheControl(cacheControl));
    }

    /** Gives the object a public-read ACL so that unsigned GETs of its URL succeed. */
    public void makePublicRead(String key) {
        direct.putObjectAcl(request -> request.bucket(bucket).key(key).acl(ObjectCannedACL.PUBLIC_READ));
    }

    public void delete(String key) {
        direct.deleteObject(request -> request.bucket(bucket).key(key));
    }

    /** Uploads every file below {@code directory}; the key is its relative path with {@code /} separators. */
    public void seed(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> put(
                    directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                    read(file), request -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seed bucket " + bucket + " from " + directory, e);
        }
    }

    /** Lower-case hex MD5 of the bytes. */
    public static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private static StoredObject stored(String key, GetObjectResponse head, String eTag, byte[] bytes) {
        return new StoredObject(key, bytes.length, md5Hex(bytes), head.contentType(),
                Optional.ofNullable(head.cacheControl()), Optional.ofNullable(head.contentEncoding()),
                eTag, head.metadata(), bytes);
    }

    // The store keeps single-part ETags bare and multipart ones quoted; S3 responses always quote them.
    private static String quoted(String eTag) {
        return eTag.startsWith("\"") ? eTag : "\"" + eTag + "\"";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
