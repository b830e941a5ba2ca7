package dev.assetsync.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import dev.assetsync.stage.Md5;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(S3TestServerExtension.class)
class S3ObjectStoreTest {

    private static final ObjectMetadata CSS = new ObjectMetadata("text/css; charset=utf-8", "public, max-age=60");

    @TempDir
    Path folder;

    @Test
    void deletesAThousandKeysARequestAndNothingElse(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        List<String> doomed = IntStream.range(0, 1001).mapToObj((n) -> String.format("static/f%04d.css", n)).toList();
        doomed.forEach((key) -> bucket.put(key, new byte[] { 1 }, "text/css", "no-cache"));
        bucket.put("static/keep.css", new byte[] { 2 }, "text/css", "no-cache");
        server.log().clear();

        try (S3Client s3 = server.newClient()) {
            int requests = store(s3, bucket, Encryption.NONE).delete(doomed);

            assertThat(requests).isEqualTo(2);
        }
        assertThat(server.log().requests()).extracting(RecordedRequest::operation)
            .containsExactly(S3Operation.DELETE_OBJECTS, S3Operation.DELETE_OBJECTS);
        assertThat(server.log().requests()).allSatisfy((request) -> {
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.request().hasHeader("Content-MD5")).isTrue();
        });
        assertThat(bucket.keys()).containsExactly("static/keep.css");
    }

    @Test
    void partsOfALargeFileAreSentAtOnceEachFromItsOffset(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        long partSize = 5L * 1024 * 1024;
        byte[] bytes = new byte[(int) (3 * partSize - 1)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 251);
        }
        // Each part is held back until three are in flight: parts sent one after another would never get there.
        CountDownLatch threeInFlight = new CountDownLatch(3);
        AtomicBoolean allArrivedTogether = new AtomicBoolean(true);
        server.proxy().addRule(FaultRule.when((request) -> request.operation() == S3Operation.UPLOAD_PART)
            .beforeForwarding((request) -> {
                threeInFlight.countDown();
                if (!threeInFlight.await(10, TimeUnit.SECONDS)) {
                    allArrivedTogether.set(false);
                }
            }));
        server.log().clear();

        try (S3Client s3 = server.newClient()) {
            new S3ObjectStore(s3, bucket.name(), null, Encryption.NONE, partSize, partSize).upload("static/big.bin",
                    () -> new ByteArrayInputStream(bytes), bytes.length, Md5.hex(bytes),
                    new ObjectMetadata("application/octet-stream", "no-cache"));
        }

        assertThat(allArrivedTogether).isTrue();
        assertThat(server.log().requests(S3Operation.UPLOAD_PART)).extracting(
                (request) -> request.request().queryParam("partNumber").orElseThrow())
            .containsExactlyInAnyOrder("1", "2", "3");
        assertThat(server.log().count(S3Operation.COMPLETE_MULTIPART_UPLOAD)).isEqualTo(1);
        assertThat(bucket.object("static/big.bin").bytes()).isEqualTo(bytes);
        assertThat(bucket.object("static/big.bin").eTag()).endsWith("-3\"");
    }

    @Test
    void aFileThatChangedSinceItWasHashedIsNotPublishedInParts(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        long partSize = 5L * 1024 * 1024;
        byte[] hashed = new byte[(int) (2 * partSize)];
        byte[] changed = hashed.clone();
        changed[changed.length - 1] = 1;
        server.log().clear();

        StoreException failure;
        try (S3Client s3 = server.newClient()) {
            S3ObjectStore store = new S3ObjectStore(s3, bucket.name(), null, Encryption.NONE, partSize, partSize);
            failure = catchThrowableOfType(StoreException.class, () -> store.upload("static/big.1234.bin",
                    () -> new ByteArrayInputStream(changed), hashed.length, Md5.hex(hashed),
                    new ObjectMetadata("application/octet-stream", "no-cache")));
        }

        assertThat(failure).hasMessage("Uploading s3://" + bucket.name() + "/static/big.1234.bin failed: its file "
                + "changed while it was published (10485760 bytes with MD5 " + Md5.hex(hashed) + " when hashed, "
                + "10485760 bytes with MD5 " + Md5.hex(changed) + " when read for the upload). Nothing of it was "
                + "sent; publish again once the file no longer changes.");
        assertThat(server.log().requests()).isEmpty();
    }

    @Test
    void partsAreTheBytesThatWereCheckedEvenWhenTheFileChangesDuringTheUpload(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        long partSize = 5L * 1024 * 1024;
        byte[] hashed = new byte[(int) (2 * partSize + 3)];
        byte[] changed = hashed.clone();
        changed[1] = 1;
        AtomicInteger opens = new AtomicInteger();
        server.log().clear();

        try (S3Client s3 = server.newClient()) {
            new S3ObjectStore(s3, bucket.name(), null, Encryption.NONE, partSize, partSize).upload("static/big.1.bin",
                    () -> new ByteArrayInputStream((opens.incrementAndGet() == 1) ? hashed : changed),
                    hashed.length, Md5.hex(hashed), new ObjectMetadata("application/octet-stream", "no-cache"));
        }

        assertThat(opens).hasValue(1);
        assertThat(server.log().count(S3Operation.UPLOAD_PART)).isEqualTo(3);
        assertThat(bucket.object("static/big.1.bin").bytes()).isEqualTo(hashed);
    }

    @Test
    void aFileCutShortSinceItWasHashedFailsNamingTheKey(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        byte[] hashed = "body{color:red}".getBytes(StandardCharsets.UTF_8);

        StoreException failure;
        try (S3Client s3 = server.newClient()) {
            S3ObjectStore store = store(s3, bucket, Encryption.NONE);
            failure = catchThrowableOfType(StoreException.class, () -> store.upload("static/app.1234.css",
                    () -> new ByteArrayInputStream(hashed, 0, 4), hashed.length, Md5.hex(hashed), CSS));
        }

        assertThat(failure).hasMessage("Uploading s3://" + bucket.name() + "/static/app.1234.css failed: the bytes of "
                + "static/app.1234.css ended after 4 of the 15 they had when hashed: the file changed while it was "
                + "published. Publish again once the file no longer changes.");
        assertThat(bucket.exists("static/app.1234.css")).isFalse();
    }

    @Test
    void aFileThatChangedSinceItWasHashedIsRefusedByTheServer(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        byte[] hashed = "body{}".getBytes(StandardCharsets.UTF_8);
        byte[] changed = "body{color:red}".getBytes(StandardCharsets.UTF_8);

        StoreException failure;
        try (S3Client s3 = server.newClient()) {
            S3ObjectStore store = store(s3, bucket, Encryption.NONE);
            failure = catchThrowableOfType(StoreException.class, () -> store.upload("static/app.1234.css",
                    () -> new ByteArrayInputStream(changed), changed.length, Md5.hex(hashed), CSS));
        }

        assertThat(failure.getMessage()).startsWith("Uploading s3://" + bucket.name() + "/static/app.1234.css failed: "
                + "BadDigest (HTTP 400)").endsWith(". The bytes sent are not those that were hashed: the file changed "
                + "while the job ran; publish again once it no longer changes");
        assertThat(bucket.exists("static/app.1234.css")).isFalse();
    }

    @Test
    void deletingNothingSendsNothing(S3TestServer server) {
        BucketContents bucket = server.createBucket();
        server.log().clear();
        try (S3Client s3 = server.newClient()) {
            assertThat(store(s3, bucket, Encryption.NONE).delete(List.of())).isZero();
        }
        assertThat(server.log().requests()).isEmpty();
    }

    @Test
    void sseS3IsAskedForOnEveryKindOfWrite(S3TestServer server) throws IOException {
        List<RecordedRequest> writes = writeEveryWay(server, new Encryption("AES256", null));

        assertThat(writes).extracting(RecordedRequest::operation).containsExactly(S3Operation.PUT_OBJECT,
                S3Operation.CREATE_MULTIPART_UPLOAD, S3Operation.COPY_OBJECT, S3Operation.PUT_OBJECT);
        assertThat(writes).allSatisfy((write) -> {
            assertThat(write.request().header("x-amz-server-side-encryption")).hasValue("AES256");
            assertThat(write.request().hasHeader("x-amz-server-side-encryption-aws-kms-key-id")).isFalse();
        });
    }

    @Test
    void sseKmsSendsTheKeyOnEveryKindOfWrite(S3TestServer server) throws IOException {
        List<RecordedRequest> writes = writeEveryWay(server, new Encryption("aws:kms", "alias/assets"));

        assertThat(writes).hasSize(4).allSatisfy((write) -> {
            assertThat(write.request().header("x-amz-server-side-encryption")).hasValue("aws:kms");
            assertThat(write.request().header("x-amz-server-side-encryption-aws-kms-key-id"))
                .hasValue("alias/assets");
        });
    }

    @Test
    void withoutEncryptionOrAclNoSuchHeaderIsSent(S3TestServer server) throws IOException {
        List<RecordedRequest> writes = writeEveryWay(server, Encryption.NONE);

        assertThat(writes).extracting(RecordedRequest::operation).containsExactly(S3Operation.PUT_OBJECT,
                S3Operation.CREATE_MULTIPART_UPLOAD, S3Operation.UPLOAD_PART, S3Operation.COMPLETE_MULTIPART_UPLOAD,
                S3Operation.COPY_OBJECT, S3Operation.PUT_OBJECT);
        assertThat(writes).allSatisfy((write) -> {
            assertThat(write.succeeded()).isTrue();
            assertThat(write.request().headers().keySet())
                .noneMatch((name) -> name.toLowerCase(Locale.ROOT).startsWith("x-amz-server-side-encryption")
                        || name.equalsIgnoreCase("x-amz-acl"));
        });
    }

    /**
     * A plain upload, a multipart upload, a copy and a conditional write, as the publisher makes them. S3Proxy
     * supports no server-side encryption and refuses each at its first request, which is what the test looks at:
     * the failure then names the setting.
     */
    private List<RecordedRequest> writeEveryWay(S3TestServer server, Encryption encryption) throws IOException {
        BucketContents bucket = server.createBucket();
        byte[] bytes = "body{}".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(this.folder.resolve("app.css"), bytes);
        bucket.put("static/app.0.css", bytes, "text/css", "no-cache");
        server.log().clear();
        try (S3Client s3 = server.newClient()) {
            S3ObjectStore small = store(s3, bucket, encryption);
            S3ObjectStore multipart = new S3ObjectStore(s3, bucket.name(), null, encryption, 1, 5L * 1024 * 1024);
            List<Runnable> writes = List.of(
                    () -> small.upload("static/app.1.css", () -> Files.newInputStream(file), bytes.length, Md5.hex(bytes), CSS),
                    () -> multipart.upload("static/app.2.css", () -> Files.newInputStream(file), bytes.length, Md5.hex(bytes), CSS),
                    () -> small.copy("static/app.0.css", "static/app.css", bytes.length, CSS),
                    () -> writeManifest(small, bytes));
            for (Runnable write : writes) {
                try {
                    write.run();
                }
                catch (StoreException ex) {
                    assertThat(encryption).isNotEqualTo(Encryption.NONE);
                    assertThat(ex).hasMessageContaining("Server-side encryption is not supported")
                        .hasMessageEndingWith("check assetsync.server-side-encryption and assetsync.kms-key-id, "
                                + "or remove them");
                }
            }
        }
        return server.log().writes();
    }

    private static void writeManifest(S3ObjectStore store, byte[] bytes) {
        try {
            store.writeConditionally("static/m.json", bytes, CSS, null);
        }
        catch (ManifestChangedException ex) {
            throw new AssertionError(ex);
        }
    }

    private static S3ObjectStore store(S3Client s3, BucketContents bucket, Encryption encryption) {
        return new S3ObjectStore(s3, bucket.name(), null, encryption, 16L * 1024 * 1024, 8L * 1024 * 1024);
    }
}
