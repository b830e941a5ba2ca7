package dev.assetsync.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.ExpectedObject;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertNoReferenceWarnings;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.linksFrom;
import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertManifestMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C05: only the trailing sourceMappingURL comment of a stylesheet or script is a reference; module imports are
 * rewritten only when asked.
 */
@ExtendWith(S3TestServerExtension.class)
class C05SourceMappingUrlTest {

    private static final String CASE = "C05-source-mapping-url-css-and-js";

    private static final String MODULE_BY_DEFAULT = "js/module.7ad37e2c5948.mjs";

    private static final String MODULE_WITH_IMPORTS = "js/module.49abb8afc51e.mjs";

    @Test
    void trailingMapCommentsRewrittenAndEverythingElseLeftAlone(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);

        assertPublishes(cases, server, "r1", "step1");
        assertThat(cases.bucket().object(PREFIX + "js/inline.515fd3ea114b.js").bytes())
            .isEqualTo(Files.readAllBytes(cases.expected().input("r1").resolve("classes/static/js/inline.js")));
        assertThat(linksFrom(cases, "css/site.77319d4165eb.css"))
            .extracting(LinkCheck.Reference::toString)
            .containsExactly("static/css/site.77319d4165eb.css:2 site.css.4cfcec0cef52.map -> "
                    + "static/css/site.css.4cfcec0cef52.map");
    }

    @Test
    void variantBRewritesTheModuleImportAndNothingElseChanges(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1", CaseSettings::withJsImports);

        byte[] module = cases.expected().rewritten("variantB", MODULE_WITH_IMPORTS);
        Map<String, String> manifest = new TreeMap<>(cases.expected().manifest("step1"));
        manifest.put("js/module.mjs", MODULE_WITH_IMPORTS);
        assertBucketMatches(cases.bucket(), withModule(cases.expected().bucket("step1"), module), PREFIX);
        assertManifestMatches(cases.bucket(), manifest, PREFIX);
        assertRewrittenStored(cases.bucket(), cases.expected().rewritten("variantB"), manifest, PREFIX);
        assertThat(server.log().keysWritten()).contains(PREFIX + MODULE_WITH_IMPORTS)
            .doesNotContain(PREFIX + MODULE_BY_DEFAULT)
            .hasSize(cases.expected().uploads("step1").size())
            .last()
            .isEqualTo(PREFIX + "assetsync-manifest.json");
        assertNoReferenceWarnings(cases);
        LinkCheck.Result links = LinkCheck.of(cases.bucket(), PREFIX).withModuleImports().assertPasses();
        assertThat(links.from(PREFIX + MODULE_WITH_IMPORTS)).extracting(LinkCheck.Reference::target)
            .containsExactlyInAnyOrder("static/js/helper.6d87e4ce75e7.mjs", "static/js/module.mjs.53ae0f1ff6ec.map");
    }

    /** Step 1's listing with the rewritten module in place of the one whose import stayed as written. */
    private static List<ExpectedObject> withModule(List<ExpectedObject> step1, byte[] module) {
        String md5 = BucketContents.md5Hex(module);
        return step1.stream().map((row) -> switch (row.key()) {
            case MODULE_BY_DEFAULT -> new ExpectedObject(MODULE_WITH_IMPORTS, false, OptionalLong.of(module.length),
                    Optional.of(md5), row.contentType(), row.cacheControl());
            case "js/module.mjs" -> new ExpectedObject(row.key(), false, OptionalLong.of(module.length),
                    Optional.of(md5), row.contentType(), row.cacheControl());
            default -> row;
        }).toList();
    }
}
