package dev.assetsync.cases;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.assetsync.collect.ShadowedAsset;
import dev.assetsync.report.LoggingPublishListener;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

/** C14: the same path in several static locations and jars is published from the source Spring MVC serves. */
@ExtendWith(S3TestServerExtension.class)
class C14SamePathInSeveralLocationsTest {

    private static final String CASE = "C14-same-path-in-several-static-locations";

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void defaultLocationsFirstLocationWinsAndEveryShadowedFileIsReported(S3TestServer server, CapturedOutput output) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1");

        assertPublished(cases, server, "step1");
        assertThat(cases.bucket().object(PREFIX + "css/site.css").text()).contains("theme.jar META-INF/resources");
        String classes = classes(cases);
        String themeJar = "classpath:/META-INF/resources/ (theme.jar)";
        assertThat(shadowed(cases)).containsExactly(
                new ShadowedAsset("css/site.css", "classpath:/resources/ " + classes, themeJar),
                new ShadowedAsset("css/site.css", "classpath:/static/ " + classes, themeJar),
                new ShadowedAsset("css/site.css", "classpath:/public/ " + classes, themeJar),
                new ShadowedAsset("img/logo.svg", "classpath:/public/ " + classes, "classpath:/static/ " + classes),
                new ShadowedAsset("js/override.js", themeJar, "classpath:/META-INF/resources/ " + classes));
        cases.events().forEach(new LoggingPublishListener()::onEvent);
        assertThat(output).contains("5 files are hidden by a file of the same path found first (as Spring MVC serves "
                + "them):")
            .contains("  css/site.css from classpath:/public/ " + classes + " (published from " + themeJar + ")")
            .contains("  js/override.js from " + themeJar + " (published from classpath:/META-INF/resources/ "
                    + classes + ")");
    }

    @Test
    void configuredLocationsOnlyInTheirOrder(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1", (settings) -> settings.withLocations(List.of("classpath:/public/", "classpath:/static/")));

        assertPublished(cases, server, "variantB");
        String classes = classes(cases);
        assertThat(shadowed(cases)).containsExactly(
                new ShadowedAsset("css/site.css", "classpath:/static/ " + classes, "classpath:/public/ " + classes),
                new ShadowedAsset("img/logo.svg", "classpath:/static/ " + classes, "classpath:/public/ " + classes));
    }

    /** How a report names the release's classes folder. */
    private static String classes(CasePublisher cases) {
        return "(" + cases.expected().input("r1").resolve("classes") + ")";
    }

    private static List<ShadowedAsset> shadowed(CasePublisher cases) {
        return cases.events().stream()
            .filter(PublishEvent.Collected.class::isInstance)
            .map(PublishEvent.Collected.class::cast)
            .flatMap((collected) -> collected.assets().shadowed().stream())
            .toList();
    }
}
