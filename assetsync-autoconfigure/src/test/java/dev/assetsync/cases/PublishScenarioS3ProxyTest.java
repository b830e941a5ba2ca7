package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The publish suite against S3Proxy, where the request log also shows what the report counts. */
@ExtendWith(S3TestServerExtension.class)
class PublishScenarioS3ProxyTest {

    @Test
    void firstPublishUnchangedRepublishAndOneChange(S3TestServer server) {
        BucketContents bucket = server.createBucket();

        new PublishScenario(server.endpoint(), bucket.name(), bucket::keys, bucket::object).run();

        assertThat(server.log().keysWritten()).filteredOn(PublishedStep.MANIFEST_KEY::equals).hasSize(2);
    }
}
