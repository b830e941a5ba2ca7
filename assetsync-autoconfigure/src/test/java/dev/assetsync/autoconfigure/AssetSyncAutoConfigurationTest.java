package dev.assetsync.autoconfigure;

import java.nio.file.Path;

import java.time.Duration;

import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3ClientCustomizer;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.assetsync.collect.AssetCollector;
import dev.assetsync.collect.CollectedAssets;
import dev.assetsync.publish.PruneSettings;
import dev.assetsync.publish.PublishException;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.upload.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class AssetSyncAutoConfigurationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AssetSyncAutoConfiguration.class))
        .withBean(S3Client.class, () -> mock(S3Client.class));

    @Test
    void disabledByDefaultCreatesNoBean() {
        this.contextRunner.run((context) -> {
            assertThat(context).doesNotHaveBean(StaticAssetPublisher.class);
            assertThat(context).doesNotHaveBean(PublishJobRunner.class);
            assertThat(context).doesNotHaveBean(AssetSyncProperties.class);
        });
    }

    @Test
    void enabledWithoutPublishProfileOffersThePublisherButNeverPublishes() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets").run((context) -> {
            assertThat(context).hasSingleBean(StaticAssetPublisher.class);
            assertThat(context).doesNotHaveBean(PublishJobRunner.class);
            assertThat(context).doesNotHaveBean(S3ClientCustomizer.class);
            assertThat(context).doesNotHaveBean(PublishJobExit.class);
        });
    }

    @Test
    void enabledWithoutBucketStillStartsWhenNotPublishing() {
        // The publisher is created only when used, so an ordinary start never fails on publish settings.
        this.contextRunner.withPropertyValues("assetsync.enabled=true")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void publishProfileAddsTheRunnerTheClientCustomizerAndTheExit() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "spring.profiles.active=publish").run((context) -> {
                    assertThat(context).hasSingleBean(PublishJobRunner.class);
                    assertThat(context).hasSingleBean(S3ClientCustomizer.class);
                    assertThat(context).hasSingleBean(PublishJobExit.class);
                });
    }

    @Test
    void publishProfileNameIsConfigurable() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.publish-profile=deploy-assets", "spring.profiles.active=publish")
            .run((context) -> assertThat(context).doesNotHaveBean(PublishJobRunner.class));
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.publish-profile=deploy-assets", "spring.profiles.active=deploy-assets")
            .run((context) -> assertThat(context).hasSingleBean(PublishJobRunner.class));
    }

    @Test
    void exitCanBeTurnedOff() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "spring.profiles.active=publish", "assetsync.exit-when-done=false")
            .run((context) -> assertThat(context).doesNotHaveBean(PublishJobExit.class));
    }

    @Test
    void usersCanReplaceEveryBean() {
        AssetCollector collector = () -> new CollectedAssets(java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        ObjectStore store = mock(ObjectStore.class);
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets")
            .withBean(AssetCollector.class, () -> collector)
            .withBean(ObjectStore.class, () -> store)
            .run((context) -> {
                assertThat(context.getBean(AssetCollector.class)).isSameAs(collector);
                assertThat(context.getBean(ObjectStore.class)).isSameAs(store);
            });
    }

    @Test
    void badSettingsFailWithAMessageNamingTheSetting() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.prefix=../x")
            .run((context) -> {
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                        () -> context.getBean(StaticAssetPublisher.class));
                assertThat(failure).rootCause().isInstanceOf(PublishException.class)
                    .hasMessage("assetsync.bucket is not set, so there is nowhere to publish.");
            });
    }

    @Test
    void publishJobWithoutBucketFailsToStartWithTheSettingToFix() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "spring.profiles.active=publish")
            .run((context) -> {
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                        () -> context.getBean(PublishJobRunner.class).run(null));
                org.springframework.boot.diagnostics.FailureAnalysis analysis = new PublishFailureAnalyzer()
                    .analyze(failure);
                assertThat(analysis.getDescription()).isEqualTo("Publishing the static assets failed. "
                        + "assetsync.bucket is not set, so there is nowhere to publish.");
                assertThat(analysis.getAction()).isEqualTo("Set assetsync.bucket to the name of the bucket to "
                        + "publish to, for example in application.yml or with --assetsync.bucket=my-assets.");
                assertThat(context.getBean(PublishJobRunner.class).getExitCode()).isEqualTo(1);
            });
    }

    @Test
    void stagingDirIsBoundAlongsideSpringCloudAwsWhoseResourceLoaderNeedsTheS3Client() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AssetSyncAutoConfiguration.class,
                    AwsAutoConfiguration.class, RegionProviderAutoConfiguration.class,
                    CredentialsProviderAutoConfiguration.class,
                    S3AutoConfiguration.class))
            .withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets", "spring.profiles.active=publish",
                    "assetsync.staging-dir=target/assetsync-staging", "spring.cloud.aws.region.static=eu-west-1",
                    "spring.cloud.aws.credentials.access-key=a", "spring.cloud.aws.credentials.secret-key=b")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(StaticAssetPublisher.class).settings().stagingDir())
                    .isEqualTo(Path.of("target/assetsync-staging"));
            });
    }

    @Test
    void multipartThresholdBelowTheSmallestPartIsRefusedNamingTheSetting() {
        assertStoreRefused("assetsync.multipart-threshold=0",
                "assetsync.multipart-threshold is 0 bytes, below the 5MB of the smallest part S3 takes.");
    }

    @Test
    void partSizeOutsideWhatS3AcceptsIsRefusedNamingTheSetting() {
        assertStoreRefused("assetsync.multipart-part-size=4MB",
                "assetsync.multipart-part-size is 4194304B, outside the 5MB to 5GB that S3 accepts.");
    }

    private void assertStoreRefused(String setting, String message) {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets", setting)
            .run((context) -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> context.getBean(ObjectStore.class)))
                .rootCause()
                .isInstanceOf(AssetSyncConfigurationException.class)
                .hasMessage(message));
    }

    @Test
    void unsupportedStaticLocationIsRefusedNamingTheLocation() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "spring.web.resources.static-locations=classpath:/static/,http://cdn.example.com/")
            .run((context) -> {
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                        () -> context.getBean(AssetCollector.class));
                assertThat(failure).rootCause().isInstanceOf(IllegalArgumentException.class);
                assertThat(new AssetSyncConfigurationFailureAnalyzer().analyze(failure).getDescription())
                    .isEqualTo("Static location 'http://cdn.example.com/' is not supported: use a classpath: or "
                            + "file: location.");
            });
    }

    @Test
    void kmsKeyWithoutKmsEncryptionIsRefusedNamingBothSettings() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.server-side-encryption=AES256", "assetsync.kms-key-id=alias/assets")
            .run((context) -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> context.getBean(ObjectStore.class)))
                .rootCause()
                .isInstanceOf(AssetSyncConfigurationException.class)
                .hasMessage("assetsync.kms-key-id is set, but assetsync.server-side-encryption is AES256, which "
                        + "uses no KMS key."));
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.kms-key-id=alias/assets")
            .run((context) -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> context.getBean(ObjectStore.class)))
                .rootCause()
                .hasMessageContaining("assetsync.server-side-encryption is none"));
    }

    @Test
    void encryptionIsWrittenAsS3NamesIt() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.server-side-encryption=aws:kms", "assetsync.kms-key-id=alias/assets")
            .run((context) -> {
                assertThat(context.getBean(AssetSyncProperties.class).getServerSideEncryption())
                    .isEqualTo(AssetSyncProperties.ServerSideEncryption.AWS_KMS);
                assertThat(context.getBean(ObjectStore.class)).isNotNull();
            });
    }

    @Test
    void pruningIsOffByDefaultAndTakesItsSettings() {
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets")
            .run((context) -> assertThat(context.getBean(StaticAssetPublisher.class).settings().prune())
                .isEqualTo(new PruneSettings(false, 3, Duration.ofDays(7))));
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.prune.enabled=true", "assetsync.prune.keep-releases=5", "assetsync.prune.min-age=10")
            .run((context) -> assertThat(context.getBean(StaticAssetPublisher.class).settings().prune())
                .isEqualTo(new PruneSettings(true, 5, Duration.ofDays(10))));
        this.contextRunner.withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets",
                "assetsync.prune.enabled=true", "assetsync.prune.keep-releases=0")
            .run((context) -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> context.getBean(StaticAssetPublisher.class)))
                .rootCause()
                .hasMessage("assetsync.prune.keep-releases must be at least 1, not 0."));
    }

    @Test
    void publishJobGivesTheSdkClientAPoolForEveryPartInFlightWhenItsOwnIsSmaller() {
        S3ClientBuilder builder = customizedBuilder("assetsync.concurrency=13");

        verify(builder).httpClientBuilder(any(Apache5HttpClient.Builder.class));
    }

    @Test
    void publishJobLeavesTheSdkClientAloneWhenItsPoolHoldsEveryPartInFlight() {
        S3ClientBuilder builder = customizedBuilder("assetsync.concurrency=12");

        verify(builder, never()).httpClientBuilder(any());
        verify(builder, never()).httpClient(any());
    }

    private S3ClientBuilder customizedBuilder(String concurrency) {
        S3ClientBuilder builder = mock(S3ClientBuilder.class, Answers.RETURNS_SELF);
        this.contextRunner
            .withPropertyValues("assetsync.enabled=true", "assetsync.bucket=assets", "spring.profiles.active=publish",
                    concurrency)
            .run((context) -> context.getBean(S3ClientCustomizer.class).customize(builder));
        return builder;
    }
}
