package dev.assetsync.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.assetsync.collect.AssetContent;
import dev.assetsync.concurrent.Await;
import dev.assetsync.concurrent.DaemonThreads;
import dev.assetsync.plan.RemoteObject;
import dev.assetsync.stage.Md5;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/** {@link ObjectStore} on an AWS SDK {@link S3Client}. */
public class S3ObjectStore implements ObjectStore {

    /** Parts of one multipart upload in flight at once. */
    public static final int PARALLEL_PARTS = 4;

    /** Largest object a single CopyObject may copy. */
    private static final long MAX_COPY_SIZE = 5L * 1024 * 1024 * 1024;

    private final S3Client s3;

    private final String bucket;

    private final String acl;

    private final Encryption encryption;

    private final long multipartThreshold;

    private final long partSize;

    private final Path copyFolder;

    /**
     * A store that keeps the private copies of files sent in parts in the JVM's temporary folder.
     * @param acl canned ACL for every object, or null for none
     * @param encryption server-side encryption of every object
     * @param multipartThreshold files of at least this size are uploaded in parts
     * @param partSize size of each part
     */
    public S3ObjectStore(S3Client s3, String bucket, String acl, Encryption encryption, long multipartThreshold,
            long partSize) {
        this(s3, bucket, acl, encryption, multipartThreshold, partSize, null);
    }

    /**
     * @param copyFolder where the private copies of files sent in parts go while they are uploaded, or null for the
     * JVM's temporary folder
     */
    public S3ObjectStore(S3Client s3, String bucket, String acl, Encryption encryption, long multipartThreshold,
            long partSize, Path copyFolder) {
        this.s3 = s3;
        this.bucket = bucket;
        this.acl = acl;
        this.encryption = encryption;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
        this.copyFolder = copyFolder;
    }

    @Override
    public String describe() {
        return "s3://" + this.bucket;
    }

    @Override
    public Optional<StoredObject> read(String key) {
        try {
            ResponseBytes<GetObjectResponse> object = this.s3
                .getObjectAsBytes((request) -> request.bucket(this.bucket).key(key));
            return Optional.of(new StoredObject(object.asByteArray(), object.response().eTag()));
        }
        catch (NoSuchKeyException ex) {
            return Optional.empty();
        }
        catch (SdkException ex) {
            throw failure("Reading", key, ex);
        }
    }

    @Override
    public Optional<String> etag(String key) {
        try {
            return Optional.of(this.s3.headObject((request) -> request.bucket(this.bucket).key(key)).eTag());
        }
        catch (NoSuchKeyException ex) {
            return Optional.empty();
        }
        catch (SdkException ex) {
            throw failure("Reading the metadata of", key, ex);
        }
    }

    @Override
    public Listing list(String prefix) {
        Map<String, RemoteObject> objects = new HashMap<>();
        int requests = 0;
        try {
            // URL-encoded keys survive characters that XML 1.0 cannot carry; the SDK decodes them again.
            for (ListObjectsV2Response page : this.s3.listObjectsV2Paginator(
                    (request) -> request.bucket(this.bucket).prefix(prefix).encodingType(EncodingType.URL))) {
                requests++;
                for (S3Object object : page.contents()) {
                    objects.put(object.key(), new RemoteObject(object.size(), object.eTag(), object.lastModified()));
                }
            }
        }
        catch (SdkException ex) {
            throw failure("Listing", prefix, ex);
        }
        return new Listing(objects, requests);
    }

    @Override
    public int upload(String key, AssetContent body, long size, String md5, ObjectMetadata metadata) {
        try {
            if (size >= this.multipartThreshold) {
                return uploadInParts(key, body, size, md5, metadata);
            }
            this.s3.putObject(putRequest(key, metadata).contentMD5(base64(md5)).build(),
                    RequestBody.fromContentProvider(() -> new ExpectedLengthInputStream(open(body, key), size, key),
                            size, metadata.contentType()));
            return 1;
        }
        catch (UncheckedIOException ex) {
            throw new StoreException("Uploading " + describe() + "/" + key + " failed: " + ex.getMessage(), null, ex);
        }
        catch (SdkException ex) {
            FileChangedException changed = FileChangedException.in(ex);
            if (changed != null) {
                throw new StoreException("Uploading " + describe() + "/" + key + " failed: " + changed.getMessage()
                        + ". Publish again once the file no longer changes.", null, ex);
            }
            throw failure("Uploading", key, ex);
        }
    }

    @Override
    public void copy(String sourceKey, String key, long size, ObjectMetadata metadata) {
        if (size > MAX_COPY_SIZE) {
            throw new IllegalArgumentException("Cannot copy " + sourceKey + ": larger than a single copy allows");
        }
        try {
            this.s3.copyObject((request) -> {
                request.sourceBucket(this.bucket)
                    .sourceKey(sourceKey)
                    .destinationBucket(this.bucket)
                    .destinationKey(key)
                    .metadataDirective(MetadataDirective.REPLACE)
                    .contentType(metadata.contentType())
                    .cacheControl(metadata.cacheControl())
                    .serverSideEncryption(this.encryption.algorithm())
                    .ssekmsKeyId(this.encryption.kmsKeyId())
                    .contentEncoding(metadata.contentEncoding());
                if (this.acl != null) {
                    request.acl(ObjectCannedACL.fromValue(this.acl));
                }
            });
        }
        catch (SdkException ex) {
            throw failure("Copying " + this.bucket + "/" + sourceKey + " to", key, ex);
        }
    }

    @Override
    public void writeConditionally(String key, byte[] bytes, ObjectMetadata metadata, String expectedEtag)
            throws ManifestChangedException {
        PutObjectRequest.Builder request = putRequest(key, metadata);
        if (expectedEtag != null) {
            request.ifMatch(expectedEtag);
        }
        else {
            request.ifNoneMatch("*");
        }
        try {
            this.s3.putObject(request.build(), RequestBody.fromBytes(bytes));
        }
        catch (AwsServiceException ex) {
            // 412: the precondition failed; 409: S3 saw a concurrent conditional write to the same key.
            if (ex.statusCode() == 412 || ex.statusCode() == 409) {
                throw new ManifestChangedException(describe() + "/" + key, ex);
            }
            throw failure("Writing", key, ex);
        }
        catch (SdkException ex) {
            throw failure("Writing", key, ex);
        }
    }

    @Override
    public int delete(List<String> keys) {
        int requests = 0;
        for (int start = 0; start < keys.size(); start += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(start, Math.min(start + DELETE_BATCH, keys.size()))
                .stream()
                .map((key) -> ObjectIdentifier.builder().key(key).build())
                .toList();
            DeleteObjectsResponse response;
            try {
                // MinIO and other stores still require Content-MD5 here, which the SDK no longer sends by itself.
                response = this.s3.deleteObjects((request) -> request.bucket(this.bucket)
                    .delete((delete) -> delete.objects(batch).quiet(true))
                    .overrideConfiguration((override) -> override.addPlugin(LegacyMd5Plugin.create())));
            }
            catch (SdkException ex) {
                throw failure("Deleting " + batch.size() + " objects, the first", batch.get(0).key(), ex);
            }
            requests++;
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw notDeleted(response.errors());
            }
        }
        return requests;
    }

    private StoreException notDeleted(List<S3Error> errors) {
        StringBuilder message = new StringBuilder(describe() + ": " + errors.size() + " objects were not deleted:");
        errors.stream()
            .limit(10)
            .forEach((error) -> message.append("\n  ")
                .append(error.key())
                .append(": ")
                .append(error.code())
                .append(" ")
                .append(withoutFinalStop(error.message())));
        if (errors.size() > 10) {
            message.append("\n  ... and ").append(errors.size() - 10).append(" more");
        }
        return new StoreException(message.toString(), errors.get(0).code(), null);
    }

    private PutObjectRequest.Builder putRequest(String key, ObjectMetadata metadata) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
            .bucket(this.bucket)
            .key(key)
            .contentType(metadata.contentType())
            .cacheControl(metadata.cacheControl())
            .serverSideEncryption(this.encryption.algorithm())
            .ssekmsKeyId(this.encryption.kmsKeyId())
            .contentEncoding(metadata.contentEncoding());
        if (this.acl != null) {
            request.acl(ObjectCannedACL.fromValue(this.acl));
        }
        return request;
    }

    /**
     * Sends up to {@value #PARALLEL_PARTS} parts at once, so that one large file does not hold the publish to one
     * connection's speed. No Content-MD5 covers a whole object sent in parts, so the parts are read from a private
     * copy made first and checked against the MD5 the file was hashed with: a file that changes while the job runs
     * cannot go live under the hashed name of other bytes. The copy also lets each part read its own range, where a
     * file inside a jar would be inflated from its start for every part.
     */
    private int uploadInParts(String key, AssetContent body, long size, String md5, ObjectMetadata metadata) {
        Path copy = privateCopy(key, body, size, md5);
        try {
            // The same headers as a single upload of the object.
            PutObjectRequest put = putRequest(key, metadata).build();
            String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(put.bucket())
                .key(put.key())
                .contentType(put.contentType())
                .cacheControl(put.cacheControl())
                .serverSideEncryption(put.serverSideEncryption())
                .ssekmsKeyId(put.ssekmsKeyId())
                .contentEncoding(put.contentEncoding())
                .acl(put.acl())).uploadId();
            // Create, the parts, complete.
            return 2 + sendParts(key, uploadId, copy, size);
        }
        finally {
            delete(copy);
        }
    }

    /** @return the number of parts */
    private int sendParts(String key, String uploadId, Path copy, long size) {
        int partCount = (int) Math.max(1, (size + this.partSize - 1) / this.partSize);
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(partCount, PARALLEL_PARTS),
                new DaemonThreads("assetsync-part-"));
        try {
            List<Future<CompletedPart>> parts = new ArrayList<>(partCount);
            for (int number = 1; number <= partCount; number++) {
                long start = (number - 1) * this.partSize;
                long length = Math.min(this.partSize, size - start);
                int partNumber = number;
                parts.add(senders.submit(() -> uploadPart(key, uploadId, partNumber, copy, start, length)));
            }
            List<CompletedPart> completed = new ArrayList<>(partCount);
            for (Future<CompletedPart> part : parts) {
                completed.add(Await.result(part, "a part of " + key));
            }
            this.s3.completeMultipartUpload((request) -> request.bucket(this.bucket)
                .key(key)
                .uploadId(uploadId)
                .multipartUpload((upload) -> upload.parts(completed)));
            return partCount;
        }
        catch (RuntimeException ex) {
            senders.shutdownNow();
            abortQuietly(key, uploadId, ex);
            throw ex;
        }
        finally {
            senders.shutdownNow();
        }
    }

    private CompletedPart uploadPart(String key, String uploadId, int number, Path copy, long start, long length) {
        UploadPartResponse part = this.s3.uploadPart((request) -> request.bucket(this.bucket)
            .key(key)
            .uploadId(uploadId)
            .partNumber(number)
            .contentLength(length), RequestBody.fromContentProvider(() -> openRange(copy, start, length), length,
                    "application/octet-stream"));
        return CompletedPart.builder().partNumber(number).eTag(part.eTag()).build();
    }

    /** Copies the bytes to a temporary file while digesting them, and fails before any request if they changed. */
    private Path privateCopy(String key, AssetContent body, long size, String md5) {
        Path copy;
        try {
            copy = (this.copyFolder != null) ? Files.createTempFile(this.copyFolder, "assetsync-", ".upload")
                    : Files.createTempFile("assetsync-", ".upload");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot make its private copy in " + ((this.copyFolder != null)
                    ? this.copyFolder + " (assetsync.staging-dir)" : "the temporary folder (java.io.tmpdir)") + ": "
                    + ex, ex);
        }
        boolean kept = false;
        try {
            Md5.Digested copied;
            try (InputStream in = open(body, key); OutputStream out = Files.newOutputStream(copy)) {
                copied = Md5.copy(in, out);
            }
            if (copied.size() != size || !copied.md5().equals(md5)) {
                throw new StoreException("Uploading " + describe() + "/" + key + " failed: its file changed while "
                        + "it was published (" + size + " bytes with MD5 " + md5 + " when hashed, " + copied.size()
                        + " bytes with MD5 " + copied.md5() + " when read for the upload). Nothing of it was sent; "
                        + "publish again once the file no longer changes.", null, null);
            }
            kept = true;
            return copy;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot copy its bytes to " + copy + ": " + ex, ex);
        }
        finally {
            if (!kept) {
                delete(copy);
            }
        }
    }

    /** A temporary copy that cannot be deleted now is left for the JVM to delete when the job exits. */
    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        }
        catch (IOException ex) {
            copy.toFile().deleteOnExit();
        }
    }

    private void abortQuietly(String key, String uploadId, RuntimeException cause) {
        try {
            this.s3.abortMultipartUpload((request) -> request.bucket(this.bucket).key(key).uploadId(uploadId));
        }
        catch (SdkException ex) {
            // The upload failed already; a failed abort only leaves parts that a lifecycle rule removes.
            cause.addSuppressed(ex);
        }
    }

    /** Opens the bytes for one attempt; the SDK opens them again for a retry. */
    private static InputStream open(AssetContent body, String key) {
        try {
            return body.open();
        }
        catch (NoSuchFileException ex) {
            throw new UncheckedIOException("its file " + ex.getFile() + " is gone since it was hashed", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read its bytes: " + ex, ex);
        }
    }

    private static InputStream openRange(Path copy, long start, long length) {
        try {
            FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ);
            channel.position(start);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read its private copy " + copy + ": " + ex, ex);
        }
    }

    private static String base64(String md5Hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(md5Hex));
    }

    private static String withoutFinalStop(String message) {
        return (message != null && message.endsWith(".")) ? message.substring(0, message.length() - 1) : message;
    }

    private StoreException failure(String operation, String key, SdkException ex) {
        String target = describe() + "/" + key;
        if (ex instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = operation + " " + target + " failed: " + code + " (HTTP " + service.statusCode() + ") "
                    + withoutFinalStop(service.awsErrorDetails().errorMessage())
                    + S3ErrorHints.forError(code, service.statusCode(), service.awsErrorDetails().errorMessage());
            return new StoreException(message, code, ex);
        }
        return new StoreException(operation + " " + target + " failed: " + withoutFinalStop(ex.getMessage())
                + S3ErrorHints.forClientFailure(ex), null, ex);
    }
}
