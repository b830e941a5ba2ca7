package dev.assetsync.cases;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.S3Client;

import dev.assetsync.collect.AssetCollector;
import dev.assetsync.collect.CollectedAsset;
import dev.assetsync.collect.CollectedAssets;
import dev.assetsync.collect.LocationSummary;
import dev.assetsync.publish.PublishException;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.testsupport.ExpectedCase;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.upload.Encryption;
import dev.assetsync.upload.S3ObjectStore;

import static dev.assetsync.testsupport.RequestMatchers.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad input fails before anything is written, with a message naming the bucket, key, file or setting at fault and
 * an action saying what to do.
 */
@ExtendWith(S3TestServerExtension.class)
class PublishBadInputTest {

    private static final String CASE = "C22-unhashed-copy-refreshed";

    @Test
    void bucketNotFound(S3TestServer server) throws IOException {
        PublishException failure;
        try (URLClassLoader loader = CasePublisher.classLoader(release("r1"))) {
            failure = catchThrowableOfType(PublishException.class, () -> CasePublisher.publish(loader,
                    server.endpoint(), "no-such-bucket", CaseSettings.defaults(), (event) -> {
                    }));
        }

        assertThat(failure).hasMessage("Reading s3://no-such-bucket/static/assetsync-manifest.json failed: "
                + "NoSuchBucket (HTTP 404) The specified bucket does not exist. The bucket does not exist: check "
                + "assetsync.bucket and the endpoint");
        assertThat(failure.getAction()).startsWith("Nothing was written");
        assertThat(server.log().requests()).singleElement()
            .satisfies((request) -> assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT));
    }

    /** Denied on the first request of each kind: nothing, or only the one refused object, was attempted. */
    @ParameterizedTest
    @CsvSource({ "GET_OBJECT, Reading, static/assetsync-manifest.json, 0",
            "LIST_OBJECTS_V2, Listing, static/, 0",
            "PUT_OBJECT, Uploading, static/css/app.0836cd7aab09.css, 1" })
    void accessDenied(S3Operation denied, String doing, String key, int writes, S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(operation(denied)).respond(403, "AccessDenied", "Access Denied"));

        PublishException failure = cases.publishFails("r1", UnaryOperator.identity());

        assertThat(failure).hasMessage(doing + " s3://" + cases.bucket().name() + "/" + key + " failed: AccessDenied "
                + "(HTTP 403) Access Denied. The credentials may not read, list or write this bucket and prefix: "
                + "check the IAM policy and spring.cloud.aws.credentials.*");
        assertThat(failure.getAction()).contains("the previous release stays live");
        assertThat(server.log().writes()).hasSize(writes);
        assertThat(cases.bucket().keys()).isEmpty();
    }

    @Test
    void unreadableJarOnTheClasspath(S3TestServer server, @TempDir Path release) throws IOException {
        Files.createDirectories(release.resolve("classes/static"));
        Files.writeString(release.resolve("classes/static/app.css"), "body{}");
        Path jar = Files.createDirectories(release.resolve("jars")).resolve("theme.jar");
        Files.writeString(jar, "not a zip");
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishException failure = catchThrowableOfType(PublishException.class,
                () -> cases.publish(release, UnaryOperator.identity()));

        assertThat(failure).hasMessage("Cannot read the static files: Cannot list jar " + jar
                + ": java.util.zip.ZipException: zip END header not found");
        assertThat(failure.getAction())
            .isEqualTo("Check spring.web.resources.static-locations and that every location can be read.");
        assertThat(server.log().requests()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadWhileStagingFailsTheJobBeforeAnyWrite(S3TestServer server) {
        String bucket = server.createBucket().name();
        CollectedAsset unreadable = new CollectedAsset("css/app.css", "classpath:/static/", () -> {
            throw new IOException("Input/output error");
        });
        AssetCollector collector = () -> new CollectedAssets(List.of(unreadable), List.of(),
                List.of(new LocationSummary("classpath:/static/", 1, 10)));
        server.log().clear();

        PublishException failure;
        try (S3Client s3 = server.newClient()) {
            StaticAssetPublisher publisher = new StaticAssetPublisher(collector, new S3ObjectStore(s3, bucket, null,
                    Encryption.NONE, 16L << 20, 8L << 20), CaseSettings.defaults().toPublishSettings(bucket),
                    (event) -> { });
            failure = catchThrowableOfType(PublishException.class, publisher::publish);
        }

        assertThat(failure).hasMessage("Cannot stage the static files: Cannot stage css/app.css from "
                + "classpath:/static/: Input/output error");
        assertThat(failure.getAction())
            .isEqualTo("Nothing was written and the previous release stays live. Fix the cause and rerun.");
        assertThat(server.log().writes()).isEmpty();
    }

    @Test
    void noStaticFilesAtAll(S3TestServer server, @TempDir Path release) throws IOException {
        Files.createDirectories(release.resolve("classes/templates"));
        Files.writeString(release.resolve("classes/templates/index.html"), "<html>");
        Files.writeString(release.resolve("classes/application.properties"), "a=b");
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishException failure = catchThrowableOfType(PublishException.class,
                () -> cases.publish(release, UnaryOperator.identity()));

        assertThat(failure).hasMessage("No static files were found, so there is nothing to publish.");
        assertThat(failure.getAction()).isEqualTo("Check spring.web.resources.static-locations, assetsync.include "
                + "and assetsync.exclude; an application without static files needs no publish job.");
        assertThat(server.log().requests()).isEmpty();
    }

    private static Path release(String name) {
        return ExpectedCase.load(CASE).input(name);
    }
}
