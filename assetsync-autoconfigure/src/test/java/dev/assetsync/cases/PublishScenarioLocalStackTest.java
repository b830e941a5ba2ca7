package dev.assetsync.cases;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.S3ClientSettings;
import dev.assetsync.testsupport.StoredObject;

/**
 * The publish suite against LocalStack's S3 in a container. It needs a Docker engine and is skipped without one.
 * The image is pinned to the last LocalStack release that starts without an auth token.
 */
@Testcontainers(disabledWithoutDocker = true)
class PublishScenarioLocalStackTest {

    private static final String BUCKET = "assetsync-scenario";

    @Container
    private static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack:4.14.0")).withServices("s3");

    private static S3Client s3;

    @BeforeAll
    static void createBucket() {
        s3 = S3ClientSettings.defaults().build(LOCALSTACK.getEndpoint());
        s3.createBucket((request) -> request.bucket(BUCKET));
    }

    @AfterAll
    static void closeClient() {
        s3.close();
    }

    @Test
    void firstPublishUnchangedRepublishAndOneChange() {
        new PublishScenario(LOCALSTACK.getEndpoint(), BUCKET, PublishScenarioLocalStackTest::keys,
                PublishScenarioLocalStackTest::object).run();
    }

    private static List<String> keys() {
        return s3.listObjectsV2Paginator((request) -> request.bucket(BUCKET)).contents().stream()
            .map(S3Object::key)
            .toList();
    }

    private static StoredObject object(String key) {
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes((request) -> request.bucket(BUCKET).key(key));
        GetObjectResponse response = object.response();
        byte[] bytes = object.asByteArray();
        return new StoredObject(key, bytes.length, BucketContents.md5Hex(bytes), response.contentType(),
                Optional.ofNullable(response.cacheControl()), Optional.ofNullable(response.contentEncoding()),
                response.eTag(), response.metadata(), bytes);
    }
}
