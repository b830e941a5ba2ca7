package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertNoReferenceWarnings;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static org.assertj.core.api.Assertions.assertThat;

/** C08: a changed image four levels down renames every stylesheet above it, and nothing else. */
@ExtendWith(S3TestServerExtension.class)
class C08NestedReferencesTest {

    @Test
    void changeDeepInAnImportChainRenamesEveryStylesheetAboveIt(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C08-nested-references-css-css-image");
        cases.publish("r1");
        assertPublished(cases, server, "step1");
        assertNoReferenceWarnings(cases);
        assertThat(LinkCheck.of(cases.bucket(), PREFIX).run().from(PREFIX + "css/parts/buttons.d9eedf87af03.css"))
            .extracting(LinkCheck.Reference::target)
            .contains("static/img/btn.55612c82bf37.png");

        server.log().clear();
        cases.publish("r2");

        assertPublished(cases, server, "step2");
        assertNoReferenceWarnings(cases);
        Map<String, String> before = cases.expected().manifest("step1");
        Map<String, String> after = cases.expected().manifest("step2");
        assertThat(after.keySet()).filteredOn((path) -> !after.get(path).equals(before.get(path)))
            .containsExactly("css/colors.css", "css/main.css", "css/parts/buttons.css", "css/theme.css",
                    "img/btn.png");
        // The previous release stays whole: its hashed stylesheets still name its own image, which is still there.
        assertRewrittenStored(cases.bucket(), cases.expected().rewritten("step1"), Map.of(), PREFIX);
        assertThat(cases.bucket().exists(PREFIX + "img/btn.55612c82bf37.png")).isTrue();
    }
}
