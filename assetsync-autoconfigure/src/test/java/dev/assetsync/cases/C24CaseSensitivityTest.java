package dev.assetsync.cases;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.assetsync.publish.PublishException;
import dev.assetsync.report.LoggingPublishListener;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.stage.ReferenceProblem;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.PublishedStep.assertStored;
import static org.assertj.core.api.Assertions.assertThat;

/** C24: lookups are case-exact on every OS; names that differ only by case stay two objects. */
@ExtendWith(S3TestServerExtension.class)
class C24CaseSensitivityTest {

    private static final String CASE = "C24-case-sensitivity";

    private static final ReferenceProblem WRONG_CASE = new ReferenceProblem("css/app.css", 1, "../img/logo.svg",
            "img/logo.svg");

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void wrongCaseReferenceWarnsAndIsLeftAsWritten(S3TestServer server, CapturedOutput output) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1");

        assertStored(cases, server, "variantA");
        assertThat(LinkCheck.of(cases.bucket(), PREFIX).run().problems()).containsExactlyInAnyOrder(
                "static/css/app.67410c93789a.css:1 ../img/logo.svg -> static/img/logo.svg: no such key",
                "static/css/app.css:1 ../img/logo.svg -> static/img/logo.svg: no such key");
        assertThat(missingReferences(cases)).containsExactly(WRONG_CASE);
        cases.events().forEach(new LoggingPublishListener()::onEvent);
        assertThat(output).containsOnlyOnce("Reference to a file that is not published, left as written: "
                + "css/app.css:1 ../img/logo.svg (img/logo.svg); names are case-sensitive on S3: did you mean "
                + "img/Logo.svg?");
        assertThat(cases.bucket().object(PREFIX + "css/app.css").text()).contains("../img/logo.svg")
            .doesNotContain("Logo");
    }

    @Test
    void wrongCaseReferenceFailsStrictBeforeAnyRequest(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishException failure = cases.publishFails("r1", CaseSettings::strictly);

        assertThat(failure.getMessage()).isEqualTo("1 reference(s) name files that are not published "
                + "(assetsync.strict=true):\n  css/app.css:1 ../img/logo.svg (img/logo.svg)");
        assertThat(server.log().writes()).isEmpty();
        assertThat(cases.bucket().keys()).isEmpty();
    }

    @Test
    void namesDifferingOnlyByCaseAreTwoObjectsEachWithItsOwnBytes(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1b");

        assertPublished(cases, server, "variantB");
        assertThat(cases.bucket().object(PREFIX + "img/Icon.svg").md5())
            .isNotEqualTo(cases.bucket().object(PREFIX + "img/icon.svg").md5());
    }

    @Test
    void keysKeepTheirCaseAndTypesIgnoreIt(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1c");

        assertPublished(cases, server, "variantC");
    }

    private static List<ReferenceProblem> missingReferences(CasePublisher cases) {
        return cases.events().stream()
            .filter(PublishEvent.Staged.class::isInstance)
            .flatMap((staged) -> ((PublishEvent.Staged) staged).release().missingReferences().stream())
            .toList();
    }
}
