package dev.assetsync.autoconfigure;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.awspring.cloud.autoconfigure.s3.S3ClientCustomizer;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

import dev.assetsync.collect.AssetCollector;
import dev.assetsync.collect.ClasspathAssetCollector;
import dev.assetsync.publish.PruneSettings;
import dev.assetsync.publish.PublishSettings;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.report.LoggingPublishListener;
import dev.assetsync.report.MetricsPublishListener;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishListener;
import dev.assetsync.upload.Encryption;
import dev.assetsync.upload.ObjectStore;
import dev.assetsync.upload.S3ObjectStore;

/**
 * Auto-configuration of the static asset publisher. With {@code assetsync.enabled=true} it provides a
 * {@link StaticAssetPublisher}, created only when used; when the publish profile is active too, a runner publishes at
 * startup and the job ends. Without {@code assetsync.enabled} it does nothing at all.
 */
@AutoConfiguration(after = S3AutoConfiguration.class)
@ConditionalOnClass(S3Client.class)
@ConditionalOnBooleanProperty("assetsync.enabled")
@EnableConfigurationProperties(AssetSyncProperties.class)
public class AssetSyncAutoConfiguration {

    private static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);

    private static final DataSize MAX_PART_SIZE = DataSize.ofGigabytes(5);

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    AssetCollector assetSyncAssetCollector(Environment environment, AssetSyncProperties properties) {
        List<String> locations = Binder.get(environment)
            .bind("spring.web.resources.static-locations", Bindable.listOf(String.class))
            .orElse(ClasspathAssetCollector.DEFAULT_LOCATIONS);
        try {
            return new ClasspathAssetCollector(Thread.currentThread().getContextClassLoader(), locations,
                    properties.getInclude(), properties.getExclude());
        }
        catch (IllegalArgumentException ex) {
            throw new AssetSyncConfigurationException(ex.getMessage() + ".", "Fix spring.web.resources.static-locations: "
                    + "each entry is a classpath: or file: location, e.g. classpath:/static/.", ex);
        }
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    ObjectStore assetSyncObjectStore(ObjectProvider<S3Client> s3Client, AssetSyncProperties properties) {
        S3Client client = s3Client.getIfAvailable(() -> {
            throw new AssetSyncConfigurationException("There is no S3 client to publish with: "
                    + "spring.cloud.aws.s3.enabled is false, or no S3Client bean is defined.",
                    "Set spring.cloud.aws.s3.enabled=true for the publish job, for example in "
                            + "application-publish.yml, or define an S3Client bean.", null);
        });
        return new S3ObjectStore(client, properties.getBucket(), properties.getAcl(), encryption(properties),
                multipartThreshold(properties), multipartPartSize(properties), stagingDir(properties));
    }

    private static Encryption encryption(AssetSyncProperties properties) {
        String kmsKeyId = (properties.getKmsKeyId() == null || properties.getKmsKeyId().isBlank()) ? null
                : properties.getKmsKeyId();
        return switch (properties.getServerSideEncryption()) {
            case AWS_KMS -> new Encryption("aws:kms", kmsKeyId);
            case AES256 -> withoutKmsKey("AES256", kmsKeyId);
            case NONE -> withoutKmsKey(null, kmsKeyId);
        };
    }

    /** A KMS key with any other encryption would be silently ignored, or refused by S3 mid-publish. */
    private static Encryption withoutKmsKey(String algorithm, String kmsKeyId) {
        if (kmsKeyId != null) {
            throw new AssetSyncConfigurationException("assetsync.kms-key-id is set, but assetsync.server-side-"
                    + "encryption is " + ((algorithm != null) ? algorithm : "none") + ", which uses no KMS key.",
                    "Set assetsync.server-side-encryption=aws:kms to encrypt with that key, or remove "
                            + "assetsync.kms-key-id.", null);
        }
        return (algorithm != null) ? new Encryption(algorithm, null) : Encryption.NONE;
    }

    /** A file below the smallest part S3 takes gains nothing from parts, and an empty one would have none. */
    private static long multipartThreshold(AssetSyncProperties properties) {
        DataSize threshold = properties.getMultipartThreshold();
        if (threshold.compareTo(MIN_PART_SIZE) < 0) {
            throw new AssetSyncConfigurationException("assetsync.multipart-threshold is " + threshold.toBytes()
                    + " bytes, below the 5MB of the smallest part S3 takes.", "Set assetsync.multipart-threshold to "
                    + "5MB or more, or remove it to use the default (16MB).", null);
        }
        return threshold.toBytes();
    }

    /** S3 refuses parts below 5 MiB (all but the last) and above 5 GiB. */
    private static long multipartPartSize(AssetSyncProperties properties) {
        DataSize partSize = properties.getMultipartPartSize();
        if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
            throw new AssetSyncConfigurationException(
                    "assetsync.multipart-part-size is " + partSize + ", outside the 5MB to 5GB that S3 accepts.",
                    "Set assetsync.multipart-part-size between 5MB and 5GB, or remove it to use the default (8MB).",
                    null);
        }
        return partSize.toBytes();
    }

    @Bean
    @ConditionalOnMissingBean
    LoggingPublishListener assetSyncLoggingPublishListener() {
        return new LoggingPublishListener();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {

        /** Looks the registry up when a publish finishes, so that it works whichever configuration made it. */
        @Bean
        @ConditionalOnMissingBean
        MetricsPublishListener assetSyncMetricsPublishListener(ObjectProvider<MeterRegistry> registry) {
            return new MetricsPublishListener(registry::getIfAvailable);
        }
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    StaticAssetPublisher staticAssetPublisher(AssetCollector assetCollector, ObjectStore objectStore,
            AssetSyncProperties properties, ObjectProvider<PublishListener> listeners) {
        List<PublishListener> all = listeners.orderedStream().toList();
        PublishListener listener = (PublishEvent event) -> all.forEach((each) -> each.onEvent(event));
        return new StaticAssetPublisher(assetCollector, objectStore, settings(properties), listener);
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(OnPublishProfileCondition.class)
    PublishJobRunner assetSyncPublishJobRunner(ObjectProvider<StaticAssetPublisher> publisher) {
        return new PublishJobRunner(publisher);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "assetsync.exit-when-done", matchIfMissing = true)
    @Conditional(OnPublishProfileCondition.class)
    PublishJobExit assetSyncPublishJobExit() {
        return new PublishJobExit();
    }

    /**
     * The SDK's request checksums, retries and connection pool, for the publish job only, so that an ordinary start
     * of the application keeps its S3 client as configured. Runs before the application's own customizers, so that
     * theirs win.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Conditional(OnPublishProfileCondition.class)
    S3ClientCustomizer assetSyncS3ClientCustomizer(AssetSyncProperties properties) {
        return (builder) -> {
            builder.requestChecksumCalculation(
                    (properties.getRequestChecksums() == AssetSyncProperties.RequestChecksums.WHEN_SUPPORTED)
                            ? RequestChecksumCalculation.WHEN_SUPPORTED : RequestChecksumCalculation.WHEN_REQUIRED);
            builder.overrideConfiguration((configuration) -> configuration
                .retryStrategy((strategy) -> strategy.maxAttempts(properties.getMaxAttempts())));
            int connections = ConnectionPool.connectionsFor(properties.getConcurrency());
            if (connections > ConnectionPool.SDK_DEFAULT_MAX_CONNECTIONS
                    && ClassUtils.isPresent(ConnectionPool.CLIENT_CLASS, getClass().getClassLoader())) {
                ConnectionPool.size(builder, connections);
            }
        };
    }

    /**
     * The SDK's default HTTP client holds {@value #SDK_DEFAULT_MAX_CONNECTIONS} connections; a request that finds
     * none free waits for one and fails after a while, so a publish that can have more in flight gets a pool of its
     * size: each upload in flight may be a large file sending {@value S3ObjectStore#PARALLEL_PARTS} parts at once.
     * Connections are opened only when used. In its own class so that nothing loads the client's classes when
     * another HTTP client is used.
     */
    static final class ConnectionPool {

        static final int SDK_DEFAULT_MAX_CONNECTIONS = 50;

        static final String CLIENT_CLASS = "software.amazon.awssdk.http.apache5.Apache5HttpClient";

        private ConnectionPool() {
        }

        static int connectionsFor(int concurrency) {
            return concurrency * S3ObjectStore.PARALLEL_PARTS;
        }

        static void size(S3ClientBuilder builder, int connections) {
            builder.httpClientBuilder(Apache5HttpClient.builder().maxConnections(connections));
        }
    }

    private static Path stagingDir(AssetSyncProperties properties) {
        String folder = properties.getStagingDir();
        if (folder == null || folder.isBlank()) {
            return null;
        }
        try {
            return Path.of(folder);
        }
        catch (InvalidPathException ex) {
            throw new AssetSyncConfigurationException("assetsync.staging-dir '" + folder + "' is not a usable path: "
                    + ex.getMessage() + ".", "Set assetsync.staging-dir to a folder path, or remove it to stage in a "
                    + "new temporary folder.", ex);
        }
    }

    static PublishSettings settings(AssetSyncProperties properties) {
        return new PublishSettings(properties.getBucket(), properties.getPrefix(), properties.getManifestName(),
                stagingDir(properties), properties.isKeepStaging(), properties.isDryRun(), properties.isForce(),
                properties.isVerify(), properties.isStrict(), properties.isRewriteJsImports(),
                properties.getCacheControl().getHashed(), properties.getCacheControl().getUnhashed(),
                properties.getConcurrency(), new PruneSettings(properties.getPrune().isEnabled(),
                        properties.getPrune().getKeepReleases(), properties.getPrune().getMinAge()),
                properties.getCompression().encodings());
    }
}
