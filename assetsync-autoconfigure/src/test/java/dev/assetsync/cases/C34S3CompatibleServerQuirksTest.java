package dev.assetsync.cases;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.assetsync.autoconfigure.AssetSyncAutoConfiguration;
import dev.assetsync.collect.AssetCollector;
import dev.assetsync.collect.ClasspathAssetCollector;

import dev.assetsync.publish.PublishException;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.FaultRules;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.RequestMatchers;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.MANIFEST_KEY;
import static dev.assetsync.cases.PublishedStep.assertOneRequestNothingWritten;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.PublishedStep.assertStored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * C34: against a store that refuses ACL headers and optional checksums, as many S3-compatible stores do, the default
 * settings publish; an ACL or optional checksums fail at once with a message naming the setting to change.
 */
@ExtendWith(S3TestServerExtension.class)
class C34S3CompatibleServerQuirksTest {

    private static final String CASE = "C34-s3-compatible-server-quirks";

    @BeforeEach
    void behaveLikeAnS3CompatibleStore(S3TestServer server) {
        server.proxy().addRule(FaultRules.rejectAcl());
        server.proxy().addRule(FaultRules.rejectChecksums());
    }

    @Test
    void defaultSettingsPublishWithoutAclOrChecksumsThenRepublishAndVerify(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1");

        assertPublished(cases, server, "step1");
        assertThat(server.log().requests()).extracting(RecordedRequest::request)
            .noneMatch(RequestMatchers.aclHeader())
            .noneMatch(RequestMatchers.checksumHeaders())
            .allSatisfy((request) -> {
                assertThat(request.bucket()).isEqualTo(cases.bucket().name());
                assertThat(request.rawPath()).startsWith("/" + cases.bucket().name());
            });
        // Only the manifest is absent: to the read at the start and to the check before original names.
        assertThat(server.log().requests()).filteredOn((request) -> !request.succeeded())
            .extracting(RecordedRequest::operation, RecordedRequest::key, RecordedRequest::status)
            .containsExactly(tuple(S3Operation.GET_OBJECT, MANIFEST_KEY, 404),
                    tuple(S3Operation.HEAD_OBJECT, MANIFEST_KEY, 404));

        server.log().clear();
        assertOneRequestNothingWritten(server.log(), cases.publish("r1"));

        server.log().clear();
        PublishReport verified = cases.publish("r1", CaseSettings::verifying);

        assertThat(server.log().requests()).extracting(RecordedRequest::operation)
            .containsExactly(S3Operation.GET_OBJECT, S3Operation.LIST_OBJECTS_V2);
        assertThat(server.log().requests(S3Operation.LIST_OBJECTS_V2).get(0).request().queryParam("encoding-type"))
            .hasValue("url");
        assertThat(verified.objectsWritten()).isZero();
        assertThat(verified.manifestWritten()).isFalse();
        assertThat(verified.unchangedFiles()).isEqualTo(3);
        assertThat(cases.bucket().keys()).contains("static/img/a b.png", "static/img/a b.bc9aa66ec34a.png")
            .noneMatch((key) -> key.contains("%20") || key.contains("%2F"));
    }

    /** The client the application gets: Spring Cloud AWS's, with the publish job's settings applied to it. */
    @Test
    void autoConfiguredClientPublishesWithoutAclOrChecksums(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);
        List<String> properties = new ArrayList<>(List.of("assetsync.enabled=true",
                "assetsync.bucket=" + cases.bucket().name(), "assetsync.prefix=static/",
                "assetsync.cache-control.unhashed=" + CaseSettings.UNHASHED_CACHE_CONTROL,
                "spring.profiles.active=publish", "assetsync.exit-when-done=false"));
        server.springCloudAwsProperties().forEach((name, value) -> properties.add(name + "=" + value));

        try (URLClassLoader loader = CasePublisher.classLoader(cases.expected().input("r1"))) {
            new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class,
                        CredentialsProviderAutoConfiguration.class,
                        RegionProviderAutoConfiguration.class, S3AutoConfiguration.class,
                        AssetSyncAutoConfiguration.class))
                .withPropertyValues(properties.toArray(String[]::new))
                .withBean(AssetCollector.class, () -> new ClasspathAssetCollector(loader))
                .run((context) -> context.getBean(StaticAssetPublisher.class).publish());
        }

        // The application's publisher reports to its own listeners, not to this test's: the stored state tells.
        assertStored(cases, server, "step1");
        LinkCheck.of(cases.bucket(), PublishedStep.PREFIX).assertPasses();
        assertThat(server.log().requests()).extracting(RecordedRequest::request)
            .noneMatch(RequestMatchers.aclHeader())
            .noneMatch(RequestMatchers.checksumHeaders());
    }

    @Test
    void optionalChecksumsFailOnceNamingTheSettingAndWriteNoManifest(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishException failure = cases.publishFails("r1",
                (settings) -> settings.withChecksums(RequestChecksumCalculation.WHEN_SUPPORTED));

        assertThat(failure.getMessage()).contains("NotImplemented")
            .contains("assetsync.request-checksums=when-required");
        assertThat(server.log().requests()).filteredOn((request) -> !request.succeeded()).hasSize(1);
        assertThat(server.log().keysWritten()).doesNotContain(MANIFEST_KEY);
        assertThat(cases.bucket().exists(MANIFEST_KEY)).isFalse();

        server.log().clear();
        cases.publish("r1");
        assertPublished(cases, server, "step1");
    }

    @Test
    void aclFailsAtTheFirstWriteNamingTheSetting(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishException failure = cases.publishFails("r1", (settings) -> settings.withAcl("public-read"));

        assertThat(failure.getMessage()).contains("AccessControlListNotSupported").contains("assetsync.acl");
        assertThat(server.log().writes()).hasSize(1);
        assertThat(server.log().keysWritten()).isEmpty();
        assertThat(cases.bucket().keys()).isEmpty();
    }
}
