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
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads and changes one bucket directly on the S3 server, bypassing the recording proxy, so that test setup
 * and assertions never show up in the request log.
 */
public final class BucketContents {

    private final S3Client direct;
    private final String bucket;

    BucketContents(S3Client direct, String bucket) {
        this.direct = direct;
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
        try {
            direct.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** GETs the object: bytes, their MD5 and the stored headers. */
    public StoredObject object(String key) {
        return object(key, request -> { });
    }

    /**
     * GETs the object with {@code Accept-Encoding: gzip}, to see whether the server hands out other bytes or a
     * Content-Encoding when the client says it could decompress.
     */
    public StoredObject objectAcceptingGzip(String key) {
        return object(key, request -> request.overrideConfiguration(o -> o.putHeader("Accept-Encoding", "gzip")));
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

    static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private StoredObject object(String key, Consumer<GetObjectRequest.Builder> options) {
        ResponseBytes<GetObjectResponse> response = direct.getObjectAsBytes(
                request -> options.accept(request.bucket(bucket).key(key)));
        GetObjectResponse head = response.response();
        byte[] bytes = response.asByteArrayUnsafe();
        return new StoredObject(key, bytes.length, md5Hex(bytes), head.contentType(),
                Optional.ofNullable(head.cacheControl()), Optional.ofNullable(head.contentEncoding()),
                head.eTag(), head.metadata(), bytes);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
