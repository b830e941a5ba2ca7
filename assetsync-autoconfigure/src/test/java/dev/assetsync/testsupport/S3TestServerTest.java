package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(S3TestServerExtension.class)
class S3TestServerTest {

    @Test
    void putGetAndListThroughTheProxyAreLoggedOnceEach(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket(bucket.name()).key("static/app.css")
                    .contentType("text/css; charset=utf-8").cacheControl("public, max-age=60"),
                    RequestBody.fromString("body{}"));
            String read = client.getObjectAsBytes(r -> r.bucket(bucket.name()).key("static/app.css")).asUtf8String();
            var listed = client.listObjectsV2(r -> r.bucket(bucket.name()).prefix("static/")).contents();

            assertThat(read).isEqualTo("body{}");
            assertThat(listed).extracting(S3Object::key, S3Object::size).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("static/app.css", 6L));
        }
        RequestLog log = s3.log();
        assertThat(log.requests()).extracting(RecordedRequest::operation, RecordedRequest::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(S3Operation.PUT_OBJECT, 200),
                        org.assertj.core.groups.Tuple.tuple(S3Operation.GET_OBJECT, 200),
                        org.assertj.core.groups.Tuple.tuple(S3Operation.LIST_OBJECTS_V2, 200));
        assertThat(log.count(S3Operation.PUT_OBJECT)).isEqualTo(1);
        assertThat(log.writes()).hasSize(1);
        assertThat(log.keysWritten()).containsExactly("static/app.css");
        assertThat(log.requests().get(2).request().queryParam("prefix")).contains("static/");

        StoredObject stored = bucket.object("static/app.css");
        assertThat(stored.size()).isEqualTo(6);
        assertThat(stored.md5()).isEqualTo(BucketContents.md5Hex("body{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.md5()).isEqualTo("aa676972bbd2b68e94ef8e91e81d20be");
        assertThat(stored.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(stored.cacheControl()).contains("public, max-age=60");
        assertThat(stored.contentEncoding()).isEqualTo(Optional.empty());
        assertThat(stored.eTag()).isEqualTo("\"aa676972bbd2b68e94ef8e91e81d20be\"");
        assertThat(s3.log().size()).as("direct reads are not logged").isEqualTo(3);
    }
}
