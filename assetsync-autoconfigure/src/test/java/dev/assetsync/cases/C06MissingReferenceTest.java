package dev.assetsync.cases;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.publish.PublishException;
import dev.assetsync.stage.ReferenceProblem;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.assertStored;
import static dev.assetsync.cases.PublishedStep.lastStaged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C06: a reference to a file that is not published is a warning naming file, line and reference, left as written;
 * strict mode fails before any write and lists all of them, in a dry run too.
 */
@ExtendWith(S3TestServerExtension.class)
class C06MissingReferenceTest {

    private static final List<String> PROBLEMS = List.of("css/app.css:2 ../img/missing.png (img/missing.png)",
            "css/theme.css:2 ../fonts/gone.woff2 (fonts/gone.woff2)");

    @Test
    void strictFailsListingEveryProblemThenDefaultPublishesWithWarnings(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C06-missing-reference-warns-or-fails-strict");
        assertPublishes(cases, server, "r1", "step1");
        Map<String, StoredObject> afterStep1 = cases.bucket().objects();

        for (boolean dryRun : new boolean[] { false, true }) {
            server.log().clear();
            PublishException failure = cases.publishFails("r2",
                    (settings) -> dryRun ? settings.strictly().asDryRun() : settings.strictly());

            assertThat(failure.getMessage()).as("dry run: %s", dryRun)
                .isEqualTo("2 reference(s) name files that are not published (assetsync.strict=true):\n  "
                        + String.join("\n  ", PROBLEMS));
            assertThat(failure.getAction()).contains("Nothing was written");
            assertThat(server.log().writes()).as("writes, dry run: %s", dryRun).isEmpty();
            assertThat(cases.bucket().objects()).isEqualTo(afterStep1);
        }

        server.log().clear();
        cases.publish("r2");

        assertThat(lastStaged(cases).missingReferences()).map(ReferenceProblem::toString).isEqualTo(PROBLEMS);
        assertThat(lastStaged(cases).cycles()).isEmpty();
        assertStored(cases, server, "step3");
        assertThat(LinkCheck.of(cases.bucket(), PREFIX).run().problems()).containsExactlyInAnyOrder(
                "static/css/app.e680fa96e9a1.css:2 ../img/missing.png -> static/img/missing.png: no such key",
                "static/css/app.css:2 ../img/missing.png -> static/img/missing.png: no such key",
                "static/css/theme.1c96b5095c74.css:2 ../fonts/gone.woff2 -> static/fonts/gone.woff2: no such key",
                "static/css/theme.css:2 ../fonts/gone.woff2 -> static/fonts/gone.woff2: no such key");
    }
}
