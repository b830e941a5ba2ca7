package dev.assetsync.sample.locals3;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets the publish job run on a machine with nothing but a JDK: when the publish profile is active and no
 * {@code spring.cloud.aws.s3.endpoint} is given, starts a {@link LocalS3Endpoint} and points the S3 client at it.
 * Its data lives in {@code local-s3/} beside the application's jar (the build's {@code target/} folder), or in
 * {@code sample.local-s3.data-dir}. Whenever an endpoint is given, it is used and nothing is started.
 *
 * <p>With {@code sample.local-s3.serve-assets=true}, the web app (not the publish job) serves that bucket to
 * browsers the way a CDN would, and links its pages there ({@code assetsync.public-url}), to show the page taking its
 * assets from the bucket.
 */
public class LocalS3EnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENDPOINT_PROPERTY = "spring.cloud.aws.s3.endpoint";

    static final String DATA_DIR_PROPERTY = "sample.local-s3.data-dir";

    static final String SERVE_PROPERTY = "sample.local-s3.serve-assets";

    private final Log log;

    public LocalS3EnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(LocalS3EnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        // Right after application.yml and its profile variants are read, so that their settings count.
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean publishJob = publishJob(environment);
        if (!publishJob && environment.getProperty(SERVE_PROPERTY, Boolean.class, false)) {
            serveAssets(environment, application);
        }
        if (!publishJob || StringUtils.hasText(environment.getProperty(ENDPOINT_PROPERTY))) {
            return;
        }
        Path dataDir = dataDir(environment);
        LocalS3Endpoint endpoint = LocalS3Endpoint.start(dataDir, environment.getRequiredProperty("assetsync.bucket"));
        application.addListeners(new LocalS3Shutdown(endpoint, true));
        environment.getPropertySources()
            .addFirst(new MapPropertySource("sampleLocalS3Endpoint",
                    Map.of(ENDPOINT_PROPERTY, endpoint.uri().toString(),
                            "spring.cloud.aws.s3.path-style-access-enabled", "true",
                            "spring.cloud.aws.region.static", LocalS3Endpoint.REGION,
                            "spring.cloud.aws.credentials.access-key", LocalS3Endpoint.ACCESS_KEY,
                            "spring.cloud.aws.credentials.secret-key", LocalS3Endpoint.SECRET_KEY)));
        this.log.info("No " + ENDPOINT_PROPERTY + " given: publishing to a local S3 endpoint at " + endpoint.uri()
                + " (data in " + dataDir + ")");
    }

    private void serveAssets(ConfigurableEnvironment environment, SpringApplication application) {
        Path dataDir = dataDir(environment);
        String bucket = environment.getRequiredProperty("assetsync.bucket");
        LocalS3Endpoint endpoint = LocalS3Endpoint.startForBrowsers(dataDir, bucket);
        application.addListeners(new LocalS3Shutdown(endpoint, false));
        String prefix = environment.getProperty("assetsync.prefix", "");
        String publicUrl = endpoint.uri() + "/" + bucket + "/" + (prefix.isEmpty() || prefix.endsWith("/") ? prefix
                : prefix + "/");
        environment.getPropertySources()
            .addFirst(new MapPropertySource("sampleLocalS3Assets", Map.of("assetsync.public-url", publicUrl)));
        this.log.info("Serving the bucket to browsers from a local S3 endpoint (data in " + dataDir
                + "): pages link to " + publicUrl);
    }

    private static Path dataDir(ConfigurableEnvironment environment) {
        String configured = environment.getProperty(DATA_DIR_PROPERTY);
        return (StringUtils.hasText(configured) ? Path.of(configured) : defaultDataDir()).toAbsolutePath();
    }

    private static boolean publishJob(ConfigurableEnvironment environment) {
        return environment.getProperty("assetsync.enabled", Boolean.class, false)
                && environment.matchesProfiles(environment.getProperty("assetsync.publish-profile", "publish"));
    }

    /** {@code local-s3/} beside the jar, or beside {@code classes/} when started from the build's classes. */
    private static Path defaultDataDir() {
        ApplicationHome home = new ApplicationHome(LocalS3EnvironmentPostProcessor.class);
        Path folder = (home.getSource() != null) ? home.getSource().toPath().toAbsolutePath().getParent()
                : home.getDir().toPath();
        return folder.resolve("local-s3");
    }
}
