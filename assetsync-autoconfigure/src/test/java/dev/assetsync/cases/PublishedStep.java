package dev.assetsync.cases;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import tools.jackson.databind.json.JsonMapper;

import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.stage.StagedRelease;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.RequestLog;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertManifestMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static dev.assetsync.testsupport.CaseAssertions.assertUploads;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a successful publish of a case with the default prefix: the step's expected bucket, writes (the
 * manifest last and once), manifest map and rewritten bytes, no delete of any kind, and a link check of the whole
 * prefix. The request log must hold this publish's requests only; {@code assertPublishes} clears it first.
 */
final class PublishedStep {

    static final String PREFIX = "static/";

    static final String MANIFEST_KEY = PREFIX + LinkCheck.MANIFEST_NAME;

    private PublishedStep() {
    }

    /** Publishes a release with the case's default settings; the rest as {@link #assertPublished}. */
    static void assertPublishes(CasePublisher cases, S3TestServer server, String release, String step) {
        assertPublishes(cases, server, release, UnaryOperator.identity(), step);
    }

    /** Publishes a release with changed settings; the rest as {@link #assertPublished}. */
    static void assertPublishes(CasePublisher cases, S3TestServer server, String release,
            UnaryOperator<CaseSettings> settings, String step) {
        server.log().clear();
        cases.publish(release, settings);
        assertPublished(cases, server, step);
    }

    /** The latest publish left the step's expected state, warned of no reference, and its links resolve. */
    static void assertPublished(CasePublisher cases, S3TestServer server, String step) {
        assertStored(cases, server, step);
        assertNoReferenceWarnings(cases);
        LinkCheck.of(cases.bucket(), PREFIX).assertPasses();
    }

    /** Everything {@link #assertPublished} checks but the link check. */
    static void assertStored(CasePublisher cases, S3TestServer server, String step) {
        assertBucketMatches(cases.bucket(), cases.expected().bucket(step), PREFIX);
        assertUploads(server.log().keysWritten(), cases.expected().uploads(step), PREFIX);
        Map<String, String> manifest = cases.expected().manifest(step);
        assertManifestMatches(cases.bucket(), manifest, PREFIX);
        if (Files.isDirectory(cases.expected().directory().resolve("expected").resolve(step + "-rewritten"))) {
            assertRewrittenStored(cases.bucket(), cases.expected().rewritten(step), manifest, PREFIX);
        }
        assertThat(server.log().requests()).as("delete requests")
            .noneMatch((request) -> request.operation() == S3Operation.DELETE_OBJECT
                    || request.operation() == S3Operation.DELETE_OBJECTS);
    }

    /** An unchanged republish: one GET of the manifest, nothing written, and the report says so. */
    static void assertOneRequestNothingWritten(RequestLog log, PublishReport report) {
        assertThat(log.requests()).singleElement().satisfies((request) -> {
            assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT);
            assertThat(request.key()).isEqualTo(MANIFEST_KEY);
        });
        assertThat(report.requests()).isEqualTo(1);
        assertThat(report.objectsWritten()).isZero();
        assertThat(report.manifestWritten()).isFalse();
        assertThat(report.unchangedFiles()).isEqualTo(report.files());
    }

    /** The references the link check follows from one object, given by its key below the prefix. */
    static List<LinkCheck.Reference> linksFrom(CasePublisher cases, String key) {
        return LinkCheck.of(cases.bucket(), PREFIX).run().from(PREFIX + key);
    }

    /** The paths map of the manifest in the bucket now: logical path → hashed path, both below the prefix. */
    static Map<String, String> manifestPaths(CasePublisher cases) {
        Map<String, String> paths = new TreeMap<>();
        JsonMapper.builder().build()
            .readTree(cases.bucket().object(PREFIX + LinkCheck.MANIFEST_NAME).bytes())
            .path("paths")
            .properties()
            .forEach((entry) -> paths.put(entry.getKey(), entry.getValue().stringValue()));
        return paths;
    }

    /** What the stage step of the latest publish found: missing references and cycles are its warnings. */
    static StagedRelease lastStaged(CasePublisher cases) {
        List<PublishEvent> events = cases.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof PublishEvent.Staged staged) {
                return staged.release();
            }
        }
        throw new AssertionError("No publish staged a release");
    }

    /** The latest publish warned of no reference: none to a missing file, no cycle. */
    static void assertNoReferenceWarnings(CasePublisher cases) {
        StagedRelease release = lastStaged(cases);
        assertThat(release.missingReferences()).as("references to files that are not published").isEmpty();
        assertThat(release.cycles()).as("reference cycles").isEmpty();
    }
}
