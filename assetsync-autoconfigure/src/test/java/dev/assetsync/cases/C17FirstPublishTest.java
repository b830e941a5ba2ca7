package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.publish.PublishException;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertUploads;
import static dev.assetsync.testsupport.RequestMatchers.key;
import static org.assertj.core.api.Assertions.assertThat;

/** C17: no remote manifest is a first publish; objects outside the release are untouched; 403/500 are errors. */
@ExtendWith(S3TestServerExtension.class)
class C17FirstPublishTest {

    private static final String CASE = "C17-first-publish-empty-bucket";

    @Test
    void firstPublishThenOneRequestWithPrefix(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.bucket().seed(cases.expected().directory().resolve("input/bucket-before"));
        server.log().clear();

        PublishReport first = cases.publish("r1");

        assertThat(first.newFiles()).isEqualTo(3);
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        assertUploads(server.log().keysWritten(), cases.expected().uploads("step1"), "static/");
        assertThat(server.log().requests()).noneMatch((request) -> request.key() != null
                && (request.key().startsWith("uploads/") || request.key().startsWith("static/legacy/")));
        assertThat(cases.bucket().object("static/assetsync-manifest.json").contentType())
            .isEqualTo("application/json");
        assertThat(cases.bucket().object("static/assetsync-manifest.json").cacheControl()).hasValue("no-cache");

        server.log().clear();
        PublishReport second = cases.publish("r1");

        assertThat(server.log().requests()).hasSize(1);
        assertThat(server.log().requests().get(0).operation()).isEqualTo(S3Operation.GET_OBJECT);
        assertThat(server.log().requests().get(0).key()).isEqualTo("static/assetsync-manifest.json");
        assertThat(second.objectsWritten()).isZero();
        assertThat(second.manifestWritten()).isFalse();
        assertThat(second.unchangedFiles()).isEqualTo(3);
    }

    @Test
    void emptyPrefixPublishesAtTheBucketRoot(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.bucket().seed(cases.expected().directory().resolve("input/bucket-before"));

        cases.publish("r1", (settings) -> settings.withPrefix(""));
        assertBucketMatches(cases.bucket(), cases.expected().bucket("variantB"), "");

        server.log().clear();
        cases.publish("r1", (settings) -> settings.withPrefix(""));
        assertThat(server.log().requests()).singleElement()
            .satisfies((request) -> assertThat(request.key()).isEqualTo("assetsync-manifest.json"));
    }

    @Test
    void accessDeniedOnTheManifestFailsWithoutWriting(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(key("static/assetsync-manifest.json")).always()
            .respond(403, "AccessDenied", "Access Denied"));

        PublishException failure = cases.publishFails("r1", (settings) -> settings);

        assertThat(failure.getMessage()).contains(cases.bucket().name())
            .contains("static/assetsync-manifest.json")
            .contains("AccessDenied");
        assertThat(server.log().writes()).isEmpty();
    }

    @Test
    void serverErrorsOnTheManifestAreRetriedThenFailWithoutWriting(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(key("static/assetsync-manifest.json")).always()
            .respond(500, "InternalError", "We encountered an internal error. Please try again."));

        PublishException failure = cases.publishFails("r1", (settings) -> settings);

        assertThat(failure.getMessage()).contains(cases.bucket().name())
            .contains("static/assetsync-manifest.json")
            .contains("InternalError");
        assertThat(server.log().count(S3Operation.GET_OBJECT)).isEqualTo(4);
        assertThat(server.log().writes()).isEmpty();
    }
}
