package dev.assetsync.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.assetsync.publish.PublishException;

import static org.assertj.core.api.Assertions.assertThat;

class PublishFailureAnalyzerTest {

    @Test
    void describesAFailedPublishWithItsActionEvenWhenWrapped() {
        PublishException cause = new PublishException("Reading s3://assets/static/assetsync-manifest.json failed: "
                + "AccessDenied (HTTP 403) Access Denied.", "Check the credentials.");
        FailureAnalysis analysis = new PublishFailureAnalyzer()
            .analyze(new IllegalStateException("Failed to execute ApplicationRunner",
                    new PublishJobRunner.PublishFailedException(cause)));
        assertThat(analysis.getDescription()).isEqualTo("Publishing the static assets failed. Reading "
                + "s3://assets/static/assetsync-manifest.json failed: AccessDenied (HTTP 403) Access Denied.");
        assertThat(analysis.getAction()).isEqualTo("Check the credentials.");
    }
}
