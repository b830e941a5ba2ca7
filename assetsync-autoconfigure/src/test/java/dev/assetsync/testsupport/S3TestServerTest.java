package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(S3TestServerExtension.class)
class S3TestServerTest {

    private static final List<String> ODD_KEYS = List.of(
            "static/img/hero banner.png", "static/css/home+profile.css", "static/img/100%.svg",
            "static/img/icon@2x.png", "static/img/logo (1).svg");

    @Test
    void putGetAndListThroughTheProxyAreLoggedOnceEach(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket(bucket.name()).key("static/app.css")
                    .contentType("text/css; charset=utf-8").cacheControl("public, max-age=60"),
                    RequestBody.fromString("body{}"));
            String read = client.getObjectAsBytes(r -> r.bucket(bucket.name()).key("static/app.css")).asUtf8String();
            List<S3Object> listed = client.listObjectsV2(r -> r.bucket(bucket.name()).prefix("static/")).contents();

            assertThat(read).isEqualTo("body{}");
            assertThat(listed).extracting(S3Object::key, S3Object::size).containsExactly(tuple("static/app.css", 6L));
        }
        RequestLog log = s3.log();
        assertThat(log.requests()).extracting(RecordedRequest::operation, RecordedRequest::status, RecordedRequest::injected)
                .containsExactly(
                        tuple(S3Operation.PUT_OBJECT, 200, false),
                        tuple(S3Operation.GET_OBJECT, 200, false),
                        tuple(S3Operation.LIST_OBJECTS_V2, 200, false));
        assertThat(log.count(S3Operation.PUT_OBJECT)).isEqualTo(1);
        assertThat(log.writes()).extracting(RecordedRequest::key).containsExactly("static/app.css");
        assertThat(log.keysWritten()).containsExactly("static/app.css");
        assertThat(log.requests().get(2).request().queryParam("prefix")).contains("static/");
        assertThat(log.requests().get(0).request().rawPath()).isEqualTo("/" + bucket.name() + "/static/app.css");

        StoredObject stored = bucket.object("static/app.css");
        assertThat(stored.size()).isEqualTo(6);
        assertThat(stored.md5()).isEqualTo("aa676972bbd2b68e94ef8e91e81d20be");
        assertThat(stored.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(stored.cacheControl()).contains("public, max-age=60");
        assertThat(stored.contentEncoding()).isEmpty();
        assertThat(stored.eTag()).isEqualTo("\"aa676972bbd2b68e94ef8e91e81d20be\"");
        assertThat(s3.log().size()).as("direct reads stay out of the log").isEqualTo(3);
    }

    @Test
    void keysWithSpacePlusPercentAtAndParenthesesRoundTripAndListDecoded(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        try (S3Client client = s3.newClient()) {
            ODD_KEYS.forEach(key -> client.putObject(r -> r.bucket(bucket.name()).key(key), RequestBody.fromString(key)));
            List<String> listed = client.listObjectsV2(r -> r.bucket(bucket.name())).contents().stream()
                    .map(S3Object::key).toList();
            List<String> listedUrlEncoded = client.listObjectsV2(r -> r.bucket(bucket.name())
                    .encodingType(EncodingType.URL)).contents().stream().map(S3Object::key).toList();

            assertThat(listed).containsExactlyInAnyOrderElementsOf(ODD_KEYS);
            assertThat(listedUrlEncoded).as("the SDK decodes keys it asked to be URL-encoded")
                    .containsExactlyInAnyOrderElementsOf(ODD_KEYS);
            ODD_KEYS.forEach(key -> assertThat(
                    client.getObjectAsBytes(r -> r.bucket(bucket.name()).key(key)).asUtf8String()).isEqualTo(key));
        }
        assertThat(s3.log().keysWritten()).containsExactlyElementsOf(ODD_KEYS);
        assertThat(s3.log().requests(S3Operation.PUT_OBJECT)).extracting(r -> r.request().rawPath())
                .containsExactly(
                        "/" + bucket.name() + "/static/img/hero%20banner.png",
                        "/" + bucket.name() + "/static/css/home%2Bprofile.css",
                        "/" + bucket.name() + "/static/img/100%25.svg",
                        "/" + bucket.name() + "/static/img/icon%402x.png",
                        "/" + bucket.name() + "/static/img/logo%20%281%29.svg");
        assertThat(bucket.keys()).containsExactlyInAnyOrderElementsOf(ODD_KEYS);
    }

    @Test
    void unsignedGetOfPathStyleUrlFindsThePlusKeyOnlyWhenThePlusIsEncoded(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        String key = "static/css/home+profile.7ca691824122.css";
        bucket.put(key, "a{}".getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8", "no-cache");
        bucket.makePublicRead(key);
        String folder = "/" + bucket.name() + "/static/css/";

        var encodedPlus = s3.httpGet(folder + "home%2Bprofile.7ca691824122.css");
        assertThat(encodedPlus.statusCode()).isEqualTo(200);
        assertThat(new String(encodedPlus.body(), StandardCharsets.UTF_8)).isEqualTo("a{}");
        assertThat(s3.httpGet(folder + "home%20profile.7ca691824122.css").statusCode()).isEqualTo(404);
        assertThat(s3.httpGet(folder + "home+profile.7ca691824122.css").statusCode())
                .as("a raw + in a path means a space to S3").isEqualTo(404);
        assertThat(s3.log().requests(S3Operation.GET_OBJECT)).extracting(RecordedRequest::key, RecordedRequest::status)
                .containsExactly(tuple(key, 200), tuple("static/css/home profile.7ca691824122.css", 404),
                        tuple(key, 404));
    }

    @Test
    void unsignedGetOfObjectWithoutPublicReadAclIsDenied(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        bucket.put("static/a.css", "a{}".getBytes(StandardCharsets.UTF_8), "text/css", "no-cache");

        assertThat(s3.httpGet("/" + bucket.name() + "/static/a.css").statusCode()).isEqualTo(403);
    }

    @Test
    void conditionalPutsAnswer412WhenThePreconditionFails(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        String key = "static/assetsync-manifest.json";
        try (S3Client client = s3.newClient()) {
            String firstETag = client.putObject(r -> r.bucket(bucket.name()).key(key).ifNoneMatch("*"),
                    RequestBody.fromString("{\"v\":1}")).eTag();

            assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket.name()).key(key).ifNoneMatch("*"),
                    RequestBody.fromString("{\"v\":2}")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
            assertThatThrownBy(() -> client.putObject(
                    r -> r.bucket(bucket.name()).key(key).ifMatch("\"00000000000000000000000000000000\""),
                    RequestBody.fromString("{\"v\":2}")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
            client.putObject(r -> r.bucket(bucket.name()).key(key).ifMatch(firstETag), RequestBody.fromString("{\"v\":3}"));
        }
        assertThat(bucket.object(key).text()).isEqualTo("{\"v\":3}");
        assertThat(s3.log().requests()).extracting(RecordedRequest::status).containsExactly(200, 412, 412, 200);
        assertThat(s3.log().requests().get(1).request().header("If-None-Match")).contains("*");
        assertThat(s3.log().keysWritten()).containsExactly(key, key);
    }

    @Test
    void multipartUploadOfThreePartsHasTheDashThreeETagAndKeepsItsMetadata(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        String key = "static/media/intro.mp4";
        int partSize = 5 * 1024 * 1024;
        byte[] whole = new byte[3 * partSize];
        IntStream.range(0, whole.length).forEach(i -> whole[i] = (byte) (i % 251));
        String completedETag;
        try (S3Client client = s3.newClient()) {
            String uploadId = client.createMultipartUpload(r -> r.bucket(bucket.name()).key(key)
                    .contentType("video/mp4").cacheControl("public, max-age=31536000, immutable")).uploadId();
            List<CompletedPart> parts = IntStream.rangeClosed(1, 3).mapToObj(number -> {
                byte[] part = Arrays.copyOfRange(whole, (number - 1) * partSize, number * partSize);
                String eTag = client.uploadPart(r -> r.bucket(bucket.name()).key(key).uploadId(uploadId)
                        .partNumber(number), RequestBody.fromBytes(part)).eTag();
                return CompletedPart.builder().partNumber(number).eTag(eTag).build();
            }).toList();
            completedETag = client.completeMultipartUpload(r -> r.bucket(bucket.name()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts))).eTag();
        }
        StoredObject stored = bucket.object(key);
        assertThat(stored.eTag()).isEqualTo(completedETag).isEqualTo("\"" + md5OfPartMd5s(whole, partSize) + "-3\"");
        assertThat(stored.size()).isEqualTo(whole.length);
        assertThat(stored.md5()).isEqualTo(BucketContents.md5Hex(whole));
        assertThat(stored.contentType()).isEqualTo("video/mp4");
        assertThat(stored.cacheControl()).contains("public, max-age=31536000, immutable");
        assertThat(s3.log().requests()).extracting(RecordedRequest::operation).containsExactly(
                S3Operation.CREATE_MULTIPART_UPLOAD, S3Operation.UPLOAD_PART, S3Operation.UPLOAD_PART,
                S3Operation.UPLOAD_PART, S3Operation.COMPLETE_MULTIPART_UPLOAD);
        assertThat(s3.log().keysWritten()).containsExactly(key);
    }

    /** S3's multipart ETag: MD5 of the concatenated binary MD5s of the parts. */
    private static String md5OfPartMd5s(byte[] whole, int partSize) {
        byte[] partDigests = new byte[0];
        for (int start = 0; start < whole.length; start += partSize) {
            byte[] digest = HexFormat.of().parseHex(
                    BucketContents.md5Hex(Arrays.copyOfRange(whole, start, Math.min(whole.length, start + partSize))));
            byte[] joined = Arrays.copyOf(partDigests, partDigests.length + digest.length);
            System.arraycopy(digest, 0, joined, partDigests.length, digest.length);
            partDigests = joined;
        }
        return BucketContents.md5Hex(partDigests);
    }

    @Test
    void putWithExpectContinueGoesThroughTheProxy(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket(bucket.name()).key("big.bin")
                            .overrideConfiguration(o -> o.putHeader("Expect", "100-continue")),
                    RequestBody.fromBytes(body));
        }
        RecordedRequest put = s3.log().requests().get(0);
        assertThat(put.request().header("expect")).contains("100-continue");
        assertThat(put.status()).isEqualTo(200);
        assertThat(bucket.object("big.bin").md5()).isEqualTo(BucketContents.md5Hex(body));
    }

    @Test
    void copyWithReplaceDirectiveKeepsBytesAndSetsNewMetadata(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        bucket.put("static/app.1a0b4ce399ad.css", "p{}".getBytes(StandardCharsets.UTF_8),
                "text/css; charset=utf-8", "public, max-age=31536000, immutable");
        try (S3Client client = s3.newClient()) {
            client.copyObject(r -> r.sourceBucket(bucket.name()).sourceKey("static/app.1a0b4ce399ad.css")
                    .destinationBucket(bucket.name()).destinationKey("static/app.css")
                    .metadataDirective(MetadataDirective.REPLACE)
                    .contentType("text/plain; charset=utf-8").cacheControl("public, max-age=60"));
        }
        StoredObject copy = bucket.object("static/app.css");
        assertThat(copy.text()).isEqualTo("p{}");
        assertThat(copy.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(copy.cacheControl()).contains("public, max-age=60");
        assertThat(bucket.object("static/app.1a0b4ce399ad.css").cacheControl())
                .contains("public, max-age=31536000, immutable");
        RecordedRequest request = s3.log().requests().get(0);
        assertThat(request.operation()).isEqualTo(S3Operation.COPY_OBJECT);
        assertThat(s3.log().keysWritten()).containsExactly("static/app.css");
    }

    @Test
    void bucketHelpersSeedReplaceDeleteAndReadWithAcceptEncodingWithoutLogging(S3TestServer s3, @TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("static/legacy"));
        Files.writeString(dir.resolve("static/legacy/old.js"), "old();");
        Files.writeString(dir.resolve("top.txt"), "top");
        BucketContents bucket = s3.createBucket();

        bucket.seed(dir);
        bucket.replaceMetadata("top.txt", "text/plain; charset=utf-8", "no-store");

        assertThat(bucket.keys()).containsExactly("static/legacy/old.js", "top.txt");
        assertThat(bucket.keys("static/")).containsExactly("static/legacy/old.js");
        StoredObject top = bucket.object("top.txt");
        assertThat(top.text()).isEqualTo("top");
        assertThat(top.cacheControl()).contains("no-store");
        assertThat(top.contentType()).isEqualTo("text/plain; charset=utf-8");
        StoredObject gzipAccepted = bucket.objectAcceptingGzip("static/legacy/old.js");
        assertThat(gzipAccepted.bytes()).isEqualTo("old();".getBytes(StandardCharsets.UTF_8));
        assertThat(gzipAccepted.contentEncoding()).isEqualTo(Optional.empty());
        bucket.delete("top.txt");
        assertThat(bucket.exists("top.txt")).isFalse();
        assertThat(bucket.exists("static/legacy/old.js")).isTrue();
        assertThat(bucket.objects()).containsOnlyKeys("static/legacy/old.js");
        assertThat(s3.log().requests()).isEmpty();
    }
}
