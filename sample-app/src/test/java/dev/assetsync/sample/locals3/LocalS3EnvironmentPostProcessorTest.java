package dev.assetsync.sample.locals3;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalS3EnvironmentPostProcessorTest {

    private final LocalS3EnvironmentPostProcessor postProcessor = new LocalS3EnvironmentPostProcessor(Supplier::get);

    private final SpringApplication application = new SpringApplication();

    @Test
    void startsALocalEndpointForThePublishJobWhenNoneIsGiven(@TempDir Path data) throws Exception {
        StandardEnvironment environment = environment(Map.of("assetsync.enabled", "true", "assetsync.bucket",
                "local-bucket", "sample.local-s3.data-dir", data.toString()), "publish");

        this.postProcessor.postProcessEnvironment(environment, this.application);

        String endpoint = environment.getProperty("spring.cloud.aws.s3.endpoint");
        assertThat(endpoint).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(environment.getProperty("spring.cloud.aws.s3.path-style-access-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.cloud.aws.region.static")).isEqualTo("us-east-1");
        try (S3Client client = S3Client.builder()
            .endpointOverride(URI.create(endpoint))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    environment.getProperty("spring.cloud.aws.credentials.access-key"),
                    environment.getProperty("spring.cloud.aws.credentials.secret-key"))))
            .build()) {
            assertThat(client.headBucket((request) -> request.bucket("local-bucket")).sdkHttpResponse().statusCode())
                .isEqualTo(200);
        }
        assertThat(data.resolve("local-bucket")).isDirectory();

        closeContext();
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(endpoint)).build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void servesTheBucketToBrowsersAndLinksThePagesThereWhenAsked(@TempDir Path data) throws Exception {
        Path css = data.resolve("local-bucket/static/css/app.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".a { color: red; }");
        StandardEnvironment environment = environment(Map.of("assetsync.enabled", "true", "assetsync.bucket",
                "local-bucket", "assetsync.prefix", "static", "sample.local-s3.data-dir", data.toString(),
                "sample.local-s3.serve-assets", "true"));

        this.postProcessor.postProcessEnvironment(environment, this.application);

        String publicUrl = environment.getProperty("assetsync.public-url");
        assertThat(publicUrl).matches("http://127\\.0\\.0\\.1:\\d+/local-bucket/static/");
        assertThat(environment.getProperty("spring.cloud.aws.s3.endpoint")).isNull();
        // An unsigned GET, from a page of another origin, as a browser loads a font.
        HttpRequest request = HttpRequest.newBuilder(URI.create(publicUrl + "css/app.css"))
            .header("Origin", "http://localhost:8080")
            .build();
        readyEvent();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(".a { color: red; }");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();

        closeContext();
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void usesAGivenEndpoint() {
        StandardEnvironment environment = environment(Map.of("assetsync.enabled", "true", "assetsync.bucket",
                "local-bucket", "spring.cloud.aws.s3.endpoint", "https://s3.example.com"), "publish");

        this.postProcessor.postProcessEnvironment(environment, this.application);

        assertThat(environment.getProperty("spring.cloud.aws.s3.endpoint")).isEqualTo("https://s3.example.com");
        assertThat(environment.getPropertySources().contains("sampleLocalS3Endpoint")).isFalse();
        assertThat(this.application.getListeners()).noneMatch(LocalS3Shutdown.class::isInstance);
    }

    @Test
    void startsNothingForAnOrdinaryStart() {
        StandardEnvironment environment = environment(Map.of("assetsync.enabled", "true", "assetsync.bucket",
                "local-bucket"));

        this.postProcessor.postProcessEnvironment(environment, this.application);

        assertThat(environment.getProperty("spring.cloud.aws.s3.endpoint")).isNull();
        assertThat(this.application.getListeners()).noneMatch(LocalS3Shutdown.class::isInstance);
    }

    private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        return environment;
    }

    private void closeContext() {
        publish(new ContextClosedEvent(new GenericApplicationContext()));
    }

    /** The web app is up: an endpoint that serves it must keep running. */
    private void readyEvent() {
        publish(new ApplicationReadyEvent(this.application, new String[0], new GenericApplicationContext(),
                Duration.ZERO));
    }

    private void publish(ApplicationEvent event) {
        this.application.getListeners()
            .stream()
            .filter(LocalS3Shutdown.class::isInstance)
            .map(LocalS3Shutdown.class::cast)
            .filter((listener) -> listener.supportsEventType(event.getClass()))
            .forEach((listener) -> listener.onApplicationEvent(event));
    }
}
