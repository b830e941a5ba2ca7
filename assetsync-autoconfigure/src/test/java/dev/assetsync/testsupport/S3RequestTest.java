package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class S3RequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /b/static/a.css                         |                        | GET_OBJECT
            GET    | /b/static/a.css?response-content-type=x |                        | GET_OBJECT
            GET    | /b/static/a.css?acl                     |                        | OTHER
            HEAD   | /b/static/a.css                         |                        | HEAD_OBJECT
            PUT    | /b/static/a.css                         |                        | PUT_OBJECT
            PUT    | /b/static/a.css                         | x-amz-copy-source      | COPY_OBJECT
            PUT    | /b/static/a.css?tagging                 |                        | OTHER
            POST   | /b/big.mp4?uploads                      |                        | CREATE_MULTIPART_UPLOAD
            PUT    | /b/big.mp4?partNumber=2&uploadId=u1     |                        | UPLOAD_PART
            POST   | /b/big.mp4?uploadId=u1                  |                        | COMPLETE_MULTIPART_UPLOAD
            DELETE | /b/big.mp4?uploadId=u1                  |                        | ABORT_MULTIPART_UPLOAD
            DELETE | /b/static/a.css                         |                        | DELETE_OBJECT
            POST   | /b?delete                               |                        | DELETE_OBJECTS
            GET    | /b?list-type=2&prefix=static%2F         |                        | LIST_OBJECTS_V2
            GET    | /b?prefix=static%2F                     |                        | OTHER
            HEAD   | /b                                      |                        | HEAD_BUCKET
            PUT    | /b                                      |                        | CREATE_BUCKET
            PUT    | /b?versioning                           |                        | OTHER
            GET    | /                                       |                        | OTHER
            """)
    void classifiesPathStyleRequests(String method, String target, String header, S3Operation expected) {
        Map<String, List<String>> headers = header == null ? Map.of() : Map.of(header, List.of("/b/static/src.css"));

        assertThat(S3Request.of(method, target, headers).operation()).isEqualTo(expected);
    }

    @Test
    void decodesBucketKeyAndQueryButKeepsRawForms() {
        S3Request request = S3Request.of("GET", "/my-bucket/static/img/a%2Bb%20c%25%40%28%29+d.png?list-type=2&prefix=a%2Fb&uploads",
                Map.of("X-Amz-Date", List.of("20260101T000000Z")));

        assertThat(request.bucket()).isEqualTo("my-bucket");
        assertThat(request.key()).isEqualTo("static/img/a+b c%@()+d.png");
        assertThat(request.rawPath()).isEqualTo("/my-bucket/static/img/a%2Bb%20c%25%40%28%29+d.png");
        assertThat(request.rawQuery()).isEqualTo("list-type=2&prefix=a%2Fb&uploads");
        assertThat(request.query()).containsExactly(Map.entry("list-type", List.of("2")),
                Map.entry("prefix", List.of("a/b")), Map.entry("uploads", List.of("")));
        assertThat(request.header("x-amz-date")).contains("20260101T000000Z");
        assertThat(request.hasHeader("X-AMZ-DATE")).isTrue();
    }

    @Test
    void decodesUtf8AndLeavesMalformedEscapesAsTheyAre() {
        assertThat(S3Request.percentDecode("caf%C3%A9%zz%4")).isEqualTo("café%zz%4");
    }

    @Test
    void checksumMatcherSeesChecksumHeadersAndTrailersButNotOtherAmzHeaders() {
        var checksums = RequestMatchers.checksumHeaders();

        assertThat(checksums.test(put(Map.of("x-amz-checksum-crc32", List.of("AAAAAA=="))))).isTrue();
        assertThat(checksums.test(put(Map.of("X-Amz-Sdk-Checksum-Algorithm", List.of("CRC32"))))).isTrue();
        assertThat(checksums.test(put(Map.of("x-amz-trailer", List.of("x-amz-checksum-crc32c"))))).isTrue();
        assertThat(checksums.test(put(Map.of("x-amz-trailer", List.of("x-amz-meta-other"))))).isFalse();
        assertThat(checksums.test(put(Map.of("x-amz-content-sha256", List.of("UNSIGNED-PAYLOAD"))))).isFalse();
        assertThat(RequestMatchers.aclHeader().test(put(Map.of("X-Amz-Acl", List.of("public-read"))))).isTrue();
    }

    private static S3Request put(Map<String, List<String>> headers) {
        return S3Request.of("PUT", "/b/k", headers);
    }
}
