package dev.assetsync.autoconfigure;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import dev.assetsync.web.AssetUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class AssetSyncWebAutoConfigurationTest {

    private static final String STATIC = "classpath:/cases/C22-unhashed-copy-refreshed/input/r1/classes/static/";

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AssetSyncAutoConfiguration.class,
                AssetSyncWebAutoConfiguration.class))
        .withBean(S3Client.class, () -> mock(S3Client.class))
        .withPropertyValues("assetsync.enabled=true", "spring.web.resources.static-locations=" + STATIC);

    @Test
    void publicUrlLinksToTheHashedNamesOfThisRelease() {
        this.contextRunner.withPropertyValues("assetsync.public-url=https://cdn.example.com/static")
            .run((context) -> {
                AssetUrls urls = context.getBean(AssetUrls.class);
                // The same name the publisher gives css/app.css of this release (case C22, step 1).
                assertThat(urls.url("css/app.css")).isEqualTo("https://cdn.example.com/static/css/app.0836cd7aab09.css");
                assertThat(context).hasSingleBean(FilterRegistrationBean.class);
            });
    }

    @Test
    void withoutPublicUrlLinksAreLeftAloneAndTemplatesUsingTheBeanStillWork() {
        this.contextRunner.run((context) -> {
            assertThat(context.getBean(AssetUrls.class).url("/css/app.css?v=2")).isEqualTo("/css/app.css?v=2");
            assertThat(context.getBean(AssetUrls.class).manifest().entries()).isEmpty();
            assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
        });
    }

    @Test
    void publicUrlThatIsNotAUrlFailsNamingTheSetting() {
        this.contextRunner.withPropertyValues("assetsync.public-url=cdn.example.com/static").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage(
                    "assetsync.public-url 'cdn.example.com/static' is neither an http(s) URL nor a path starting "
                            + "with '/'");
            AssetSyncConfigurationException setting = findCause(context.getStartupFailure());
            assertThat(setting.getAction()).startsWith("Set assetsync.public-url");
            FailureAnalysis analysis = new AssetSyncConfigurationFailureAnalyzer()
                .analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("assetsync.public-url 'cdn.example.com/static' is "
                    + "neither an http(s) URL nor a path starting with '/'.");
            assertThat(analysis.getAction()).isEqualTo("Set assetsync.public-url to where the bucket prefix is "
                    + "served, such as https://cdn.example.com/static/, or remove it to serve the files from the "
                    + "application.");
        });
    }

    private static AssetSyncConfigurationException findCause(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof AssetSyncConfigurationException)) {
            cause = cause.getCause();
        }
        return (AssetSyncConfigurationException) cause;
    }
}
