package dev.assetsync.report;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsPublishListenerTest {

    @Test
    void recordsAFinishedPublish() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PublishReport report = new PublishReport("s3://assets/static/", 8, 4096, 1, 2, 5, 6, 1500, true, 9, false,
                Duration.ofMillis(1250));

        new MetricsPublishListener(() -> registry).onEvent(new PublishEvent.Finished(report));

        assertThat(registry.get("assetsync.publish.files").tag("target", "s3://assets/static/").counter().count())
            .isEqualTo(8);
        assertThat(registry.get("assetsync.publish.objects.written").counter().count()).isEqualTo(6);
        assertThat(registry.get("assetsync.publish.bytes.written").counter().count()).isEqualTo(1500);
        assertThat(registry.get("assetsync.publish.requests").counter().count()).isEqualTo(9);
        assertThat(registry.get("assetsync.publish.duration").timer().totalTime(TimeUnit.MILLISECONDS))
            .isEqualTo(1250);
    }
}
