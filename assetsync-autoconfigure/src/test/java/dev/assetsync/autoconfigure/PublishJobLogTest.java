package dev.assetsync.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** What the publish job writes to the log: never the credentials it was given, whether it succeeds or fails. */
@ExtendWith({ S3TestServerExtension.class, OutputCaptureExtension.class })
class PublishJobLogTest {

    @TempDir
    Path staticFolder;

    /** The level set for the test stays in the JVM's logging system after the application is closed. */
    @AfterEach
    void resetLogLevel() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.assetsync", null);
    }

    @Test
    void credentialsNeverAppearInTheLog(S3TestServer server, CapturedOutput output) throws IOException {
        Files.writeString(this.staticFolder.resolve("app.css"), "body{}");
        BucketContents bucket = server.createBucket();

        try (ConfigurableApplicationContext context = start(server, bucket.name(), "assetsync.prune.enabled=true")) {
            assertThat(context.getBean(PublishJobRunner.class).getReport().files()).isEqualTo(1);
        }
        assertThatException().isThrownBy(() -> start(server, "no-such-bucket").close());

        assertThat(output.getOut() + output.getErr()).contains("Manifest written: s3://" + bucket.name())
            .contains("no-such-bucket")
            .doesNotContain(S3TestServer.ACCESS_KEY)
            .doesNotContain(S3TestServer.SECRET_KEY);
    }

    private ConfigurableApplicationContext start(S3TestServer server, String bucket, String... more) {
        List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=publish",
                "--assetsync.enabled=true", "--assetsync.exit-when-done=false", "--assetsync.bucket=" + bucket,
                "--assetsync.prefix=static/", "--logging.level.dev.assetsync=debug",
                "--spring.web.resources.static-locations=" + this.staticFolder.toUri()));
        server.springCloudAwsProperties().forEach((name, value) -> properties.add("--" + name + "=" + value));
        List.of(more).forEach((property) -> properties.add("--" + property));
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
            .run(properties.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }
}
