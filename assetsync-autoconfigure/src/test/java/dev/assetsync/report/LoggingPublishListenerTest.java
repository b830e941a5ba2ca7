package dev.assetsync.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.collect.CollectedAsset;
import dev.assetsync.stage.StageOptions;
import dev.assetsync.stage.StagedRelease;
import dev.assetsync.stage.Stager;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingPublishListenerTest {

    @TempDir
    Path staging;

    @Test
    void eachCycleAndEachMissingReferenceIsOneWarningNamingFileLineAndReference() throws IOException {
        StagedRelease release = new Stager(new StageOptions(false, 2)).stage(List.of(
                asset("css/a.css", "@import \"b.css\";\n"),
                asset("css/b.css", "@import \"a.css\";\n.b { background: url(../img/missing.png); }\n"),
                asset("css/x.css", "@import \"y.css\";\n"), asset("css/y.css", "@import \"z.css\";\n"),
                asset("css/z.css", "@import \"x.css\";\n@import \"x.css\";\n"),
                asset("js/app.js", "run();\n//# sourceMappingURL=app.js.map\n")), this.staging);
        RecordingLog log = new RecordingLog();

        new LoggingPublishListener(log).onEvent(new PublishEvent.Staged(release, this.staging, Duration.ofMillis(5)));

        assertThat(log.warnings).containsExactly(
                "Reference to a file that is not published, left as written: "
                        + "css/b.css:2 ../img/missing.png (img/missing.png)",
                "Reference to a file that is not published, left as written: js/app.js:2 app.js.map (js/app.js.map)",
                "Files refer to each other in a cycle and are hashed together: css/a.css -> css/b.css",
                "Files refer to each other in a cycle and are hashed together: css/x.css -> css/y.css -> css/z.css");
        assertThat(log.infos).singleElement().asString().startsWith("Staged 6 files with hashed names in ");
    }

    @Test
    void progressLineGivesObjectsBytesRatesAndTimeLeftByTheBytesWhenTheyAreFurtherBehind() {
        // A quarter of the objects but a tenth of the bytes (small files first): the bytes left take 54 s.
        progress(new PublishEvent.UploadProgress(250, 1000, 10L << 20, 100L << 20, Duration.ofSeconds(6)),
                "Uploaded 250/1000 objects, 10.0 MiB of 100.0 MiB (42 objects/s, 1.7 MiB/s), about 54 s left");
    }

    @Test
    void timeLeftFollowsTheObjectsWhenCopiesWithoutBytesRemain() {
        // Every byte is sent with half the objects: the copies made on the server are left, 10 s more.
        progress(new PublishEvent.UploadProgress(500, 1000, 100L << 20, 100L << 20, Duration.ofSeconds(10)),
                "Uploaded 500/1000 objects, 100.0 MiB of 100.0 MiB (50 objects/s, 10.0 MiB/s), about 10 s left");
    }

    @Test
    void timeLeftFollowsBytesWhenLargeFilesAreFurther() {
        // No file finished yet, but 40 % of the bytes are sent in 8 s: 12 s left.
        progress(new PublishEvent.UploadProgress(0, 4, 40L << 20, 100L << 20, Duration.ofSeconds(8)),
                "Uploaded 0/4 objects, 40.0 MiB of 100.0 MiB (0 objects/s, 5.0 MiB/s), about 12 s left");
    }

    @Test
    void timeLeftCountsObjectsAloneWhenNothingIsSent() {
        // Copies only: nothing to send, so the share done is that of the objects, 20 % in 2 s.
        progress(new PublishEvent.UploadProgress(200, 1000, 0, 0, Duration.ofSeconds(2)),
                "Uploaded 200/1000 objects, 0 B of 0 B (100 objects/s, 0 B/s), about 8 s left");
    }

    @Test
    void noTimeLeftBeforeAnythingIsDoneOrOnceAllIs() {
        progress(new PublishEvent.UploadProgress(0, 4, 0, 100L << 20, Duration.ofSeconds(5)),
                "Uploaded 0/4 objects, 0 B of 100.0 MiB (0 objects/s, 0 B/s)");
        progress(new PublishEvent.UploadProgress(4, 4, 100L << 20, 100L << 20, Duration.ofSeconds(10)),
                "Uploaded 4/4 objects, 100.0 MiB of 100.0 MiB (0 objects/s, 10.0 MiB/s)");
    }

    private static void progress(PublishEvent.UploadProgress event, String line) {
        RecordingLog log = new RecordingLog();
        new LoggingPublishListener(log).onEvent(event);
        assertThat(log.infos).containsExactly(line);
    }

    private static CollectedAsset asset(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new CollectedAsset(path, "test", () -> new ByteArrayInputStream(bytes));
    }

    /** Keeps the lines a person would read. */
    private static final class RecordingLog extends NoOpLog {

        private final List<String> infos = new ArrayList<>();

        private final List<String> warnings = new ArrayList<>();

        @Override
        public void info(Object message) {
            this.infos.add(String.valueOf(message));
        }

        @Override
        public void warn(Object message) {
            this.warnings.add(String.valueOf(message));
        }
    }
}
