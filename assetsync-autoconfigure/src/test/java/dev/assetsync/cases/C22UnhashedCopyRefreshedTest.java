package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertUploads;
import static org.assertj.core.api.Assertions.assertThat;

/** C22: the copy under the original name of a changed file is refreshed, after its hashed sibling. */
@ExtendWith(S3TestServerExtension.class)
class C22UnhashedCopyRefreshedTest {

    @Test
    void changedFileRefreshesItsUnhashedCopyOnly(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C22-unhashed-copy-refreshed");
        cases.publish("r1");
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        server.log().clear();

        cases.publish("r2");

        assertUploads(server.log().keysWritten(), cases.expected().uploads("step2"), "static/");
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step2"), "static/");
        StoredObject unhashed = cases.bucket().object("static/css/app.css");
        StoredObject hashed = cases.bucket().object("static/css/app.c52c841db02f.css");
        assertThat(unhashed.bytes()).isEqualTo(hashed.bytes());
        assertThat(unhashed.cacheControl()).hasValue("public, max-age=60");
        assertThat(cases.bucket().object("static/css/app.0836cd7aab09.css").cacheControl())
            .hasValue("public, max-age=31536000, immutable");
    }
}
