package dev.assetsync.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static org.assertj.core.api.Assertions.assertThat;

/** C36: names a bundler already fingerprinted are hashed like any other, and kept under their own names too. */
@ExtendWith(S3TestServerExtension.class)
class C36PrehashedBundlerOutputsTest {

    @Test
    void everyBundlerFileIsPublishedUnderItsOwnNameAndAHashedOne(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, "C36-prehashed-bundler-outputs");

        assertPublishes(cases, server, "r1", "step1");
        Path js = cases.expected().input("r1").resolve("classes/static/js");
        for (String chunk : new String[] { "KJQZHWRU.digested.b3af2868a174", "VBQABUUW.digested.9183cde3f1f1",
                "XON4CK2V.digested.f9e6d894cf13" }) {
            String source = "chunk-" + chunk.substring(0, chunk.lastIndexOf('.')) + ".js";
            assertThat(cases.bucket().object(PREFIX + "js/chunk-" + chunk + ".js").bytes()).as(chunk)
                .isEqualTo(Files.readAllBytes(js.resolve(source)));
        }
        // The bundler's runtime asks for the name it gave the chunk, which the unhashed copy answers.
        LinkCheck.Result links = LinkCheck.of(cases.bucket(), PREFIX).withModuleImports().assertPasses();
        assertThat(links.from(PREFIX + "js/main.a17463f1.chunk.819cae0e8e21.js")).extracting(LinkCheck.Reference::toString)
            .containsExactlyInAnyOrder(
                    "static/js/main.a17463f1.chunk.819cae0e8e21.js:1 ./chunk-KJQZHWRU.digested.js -> "
                            + "static/js/chunk-KJQZHWRU.digested.js",
                    "static/js/main.a17463f1.chunk.819cae0e8e21.js:3 main.a17463f1.chunk.js.f3cfb4c94941.map -> "
                            + "static/js/main.a17463f1.chunk.js.f3cfb4c94941.map");
    }
}
