package dev.assetsync.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A publish job started with bad settings, as a deploy would start it: Spring Boot's failure report shows a short
 * description and an action, from assetsync's failure analyzers, and no stack trace.
 */
@ExtendWith({ OutputCaptureExtension.class, S3TestServerExtension.class })
class StartupFailureReportTest {

    /** An endpoint nothing listens on: these starts must fail before any request. */
    private static final String UNUSED_ENDPOINT = "http://127.0.0.1:9";

    @Test
    void noBucket(CapturedOutput output) {
        start(output, "--spring.cloud.aws.s3.endpoint=" + UNUSED_ENDPOINT, "--spring.cloud.aws.region.static=us-east-1",
                "--spring.cloud.aws.credentials.access-key=a", "--spring.cloud.aws.credentials.secret-key=s");

        assertReport(output,
                "Publishing the static assets failed. assetsync.bucket is not set, so there is nowhere to publish.",
                "Set assetsync.bucket to the "
                + "name of the bucket to publish to, for example in application.yml or with "
                + "--assetsync.bucket=my-assets.");
    }

    @Test
    void unusablePrefix(CapturedOutput output) {
        start(output, "--assetsync.bucket=assets", "--assetsync.prefix=static/../other",
                "--spring.cloud.aws.s3.endpoint=" + UNUSED_ENDPOINT, "--spring.cloud.aws.region.static=us-east-1",
                "--spring.cloud.aws.credentials.access-key=a", "--spring.cloud.aws.credentials.secret-key=s");

        assertReport(output, "Publishing the static assets failed. assetsync.prefix 'static/../other' is not a "
                + "usable key prefix.", "Set assetsync.prefix to folder names separated by '/', such as 'static/' "
                        + "(no '..', '.', '//' or backslashes), or leave it empty for the bucket root.");
    }

    @Test
    void brotliIsAcceptedWhenItsLibraryIsThere(CapturedOutput output, @TempDir Path assets) throws IOException {
        // brotli4j is on this module's test classpath, so the setting is accepted and the start gets as far as S3.
        start(output, staticFiles(assets), "--assetsync.bucket=assets", "--assetsync.compression=brotli",
                "--spring.cloud.aws.s3.endpoint=" + UNUSED_ENDPOINT, "--spring.cloud.aws.region.static=us-east-1",
                "--spring.cloud.aws.credentials.access-key=a", "--spring.cloud.aws.credentials.secret-key=s",
                "--assetsync.max-attempts=1");

        assertThat(output.getOut()).doesNotContain("brotli4j").contains("Reading s3://assets/assetsync-manifest.json "
                + "failed");
    }

    @Test
    void endpointNotListening(CapturedOutput output, @TempDir Path assets) throws IOException {
        start(output, staticFiles(assets), "--assetsync.bucket=assets", "--assetsync.max-attempts=1",
                "--spring.cloud.aws.s3.endpoint=" + UNUSED_ENDPOINT, "--spring.cloud.aws.region.static=us-east-1",
                "--spring.cloud.aws.credentials.access-key=a", "--spring.cloud.aws.credentials.secret-key=s");

        assertThat(output.getOut()).contains("Publishing the static assets failed. Reading "
                + "s3://assets/assetsync-manifest.json failed: Unable to execute HTTP request: Connect to "
                + UNUSED_ENDPOINT).contains("Connection refused").contains(". The store cannot be reached: check "
                        + "spring.cloud.aws.s3.endpoint (or, without it, the region and the network) and that the "
                        + "store is running");
    }

    @Test
    void s3ClientSwitchedOff(CapturedOutput output) {
        start(output, "--assetsync.bucket=assets", "--spring.cloud.aws.s3.enabled=false");

        assertReport(output, "There is no S3 client to publish with: spring.cloud.aws.s3.enabled is false, or no "
                + "S3Client bean is defined.", "Set spring.cloud.aws.s3.enabled=true for the publish job, for "
                        + "example in application-publish.yml, or define an S3Client bean.");
    }

    @Test
    void publishProfileWithoutEnabled(CapturedOutput output) {
        SpringApplication application = new SpringApplication(PublishJobConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatException().isThrownBy(() -> application.run("--spring.profiles.active=publish",
                "--spring.main.banner-mode=off", "--assetsync.bucket=assets").close());

        assertReport(output, "The publish profile 'publish' is active but assetsync.enabled is not true, so this "
                + "start would publish nothing and run as the ordinary application.", "Set assetsync.enabled=true "
                        + "in application.yml (or --assetsync.enabled=true), or start without the publish profile. "
                        + "If the profile means something else in this application, name another one with "
                        + "assetsync.publish-profile.");
    }

    @Test
    void noRegion(CapturedOutput output) {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getProperty("aws.region") == null,
                "An AWS region is set in this environment");
        start(output, "--assetsync.bucket=assets", "--spring.cloud.aws.s3.endpoint=" + UNUSED_ENDPOINT,
                "--spring.cloud.aws.credentials.access-key=a", "--spring.cloud.aws.credentials.secret-key=s");

        assertReport(output, "No AWS region is set for the S3 client, and none was found in AWS_REGION, the "
                + "aws.region system property, the profile in ~/.aws/config or the instance metadata.",
                "Set spring.cloud.aws.region.static to the bucket's region, for example "
                        + "--spring.cloud.aws.region.static=eu-west-1. If the application uses S3 only to publish "
                        + "its assets, set spring.cloud.aws.s3.enabled=false in application.yml and true in the "
                        + "publish profile, so that ordinary starts need no region.");
    }

    @Test
    void noCredentials(CapturedOutput output, S3TestServer s3, @TempDir Path assets) throws IOException {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getProperty("aws.accessKeyId") == null,
                "AWS credentials are set in this environment");
        s3.createBucket("assets");
        List<String> arguments = List.of(staticFiles(assets), "--assetsync.bucket=assets",
                "--spring.cloud.aws.s3.endpoint=" + s3.endpoint(),
                "--spring.cloud.aws.s3.path-style-access-enabled=true", "--spring.cloud.aws.region.static=us-east-1");
        SpringApplication application = new SpringApplication(PublishJobConfiguration.class,
                EnvironmentCredentialsOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatException().isThrownBy(() -> application.run(withJobArguments(arguments)).close());

        assertReport(output, "Publishing the static assets failed: no AWS credentials were found: none in "
                + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, the aws.accessKeyId system property, the profiles "
                + "in ~/.aws, or a container or instance role.", "Give the job credentials in one of those places, "
                        + "or set spring.cloud.aws.credentials.access-key and "
                        + "spring.cloud.aws.credentials.secret-key. Nothing was written: the previous release "
                        + "stays live.");
        assertThat(s3.log().requests()).isEmpty();
    }

    private static void start(CapturedOutput output, String... arguments) {
        SpringApplication application = new SpringApplication(PublishJobConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatException().isThrownBy(() -> application.run(withJobArguments(List.of(arguments))).close());
    }

    private static String[] withJobArguments(List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--assetsync.enabled=true", "--spring.profiles.active=publish",
                "--assetsync.exit-when-done=false", "--spring.main.banner-mode=off"));
        all.addAll(arguments);
        return all.toArray(String[]::new);
    }

    /** One stylesheet in a folder, as the only static location: something to publish. */
    private static String staticFiles(Path folder) throws IOException {
        Files.writeString(folder.resolve("app.css"), ".a { color: red; }\n");
        return "--spring.web.resources.static-locations=" + folder.toUri();
    }

    private static void assertReport(CapturedOutput output, String description, String action) {
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Description:\n\n" + description
                + "\n\nAction:\n\n" + action + "\n");
    }

    /**
     * The SDK's chain of the environment and the system properties only, so that no file or instance role of the
     * machine running the test can answer.
     */
    @Configuration(proxyBeanMethods = false)
    static class EnvironmentCredentialsOnly {

        @Bean
        AwsCredentialsProvider environmentCredentials() {
            return AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                    SystemPropertyCredentialsProvider.create());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ AwsAutoConfiguration.class, CredentialsProviderAutoConfiguration.class,
            RegionProviderAutoConfiguration.class, S3AutoConfiguration.class, AssetSyncAutoConfiguration.class })
    static class PublishJobConfiguration {

    }
}
