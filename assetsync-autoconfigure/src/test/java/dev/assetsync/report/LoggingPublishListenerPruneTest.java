package dev.assetsync.report;

import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.assetsync.prune.PruneDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class LoggingPublishListenerPruneTest {

    private static final PruneDecision DECISION = new PruneDecision(
            List.of(new PruneDecision.Deletion("static/a.111111111111.css", 1024 * 1024),
                    new PruneDecision.Deletion("static/a.css", 512 * 1024)),
            List.of("static/b.222222222222.css"), List.of(), List.of("static/m-releases/0000000001-x.json"));

    private final Log log = mock(Log.class);

    @Test
    void reportsWhatWasPrunedInOneLine() {
        new LoggingPublishListener(this.log).onEvent(new PublishEvent.Pruned(DECISION, 2, Duration.ofDays(7), false));

        assertThat(infoLines()).containsExactly("Pruned 2 objects (1.5 MiB) that the last 2 releases no longer use",
                "1 more are kept until they are 7d old (assetsync.prune.min-age)",
                "Removed 1 release records whose objects are all gone");
        verify(this.log, never()).warn(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void dryRunListsEveryKeyItWouldDelete() {
        new LoggingPublishListener(this.log).onEvent(new PublishEvent.Pruned(DECISION, 3, Duration.ofHours(12), true));

        assertThat(infoLines()).containsExactly(
                "Dry run, would prune 2 objects (1.5 MiB) that the last 3 releases no longer use",
                "  would delete static/a.111111111111.css", "  would delete static/a.css",
                "1 more are kept until they are 12h old (assetsync.prune.min-age)",
                "Would remove 1 release records whose objects are all gone");
    }

    private List<Object> infoLines() {
        ArgumentCaptor<Object> lines = ArgumentCaptor.forClass(Object.class);
        verify(this.log, atLeastOnce()).info(lines.capture());
        return lines.getAllValues();
    }
}
