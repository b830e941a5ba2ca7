package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.linksFrom;
import static dev.assetsync.cases.PublishedStep.manifestPaths;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static org.assertj.core.api.Assertions.assertThat;

/** C08: a changed image four levels down renames every stylesheet above it, and nothing else. */
@ExtendWith(S3TestServerExtension.class)
class C08NestedReferencesTest {

    @Test
    void changeDeepInAnImportChainRenamesEveryStylesheetAboveIt(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C08-nested-references-css-css-image");
        assertPublishes(cases, server, "r1", "step1");
        assertThat(linksFrom(cases, "css/parts/buttons.d9eedf87af03.css"))
            .extracting(LinkCheck.Reference::target)
            .contains("static/img/btn.55612c82bf37.png");

        Map<String, String> before = manifestPaths(cases);

        assertPublishes(cases, server, "r2", "step2");
        Map<String, String> after = manifestPaths(cases);
        assertThat(after.keySet()).filteredOn((path) -> !after.get(path).equals(before.get(path)))
            .containsExactly("css/colors.css", "css/main.css", "css/parts/buttons.css", "css/theme.css",
                    "img/btn.png");
        // The previous release stays whole: its hashed stylesheets still name its own image, which is still there.
        assertRewrittenStored(cases.bucket(), cases.expected().rewritten("step1"), Map.of(), PREFIX);
        assertThat(cases.bucket().exists(PREFIX + "img/btn.55612c82bf37.png")).isTrue();
    }
}
