package dev.assetsync.report;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Records each finished publish as Micrometer meters, tagged with the target and whether it was a dry run:
 * {@code assetsync.publish.files} and {@code .bytes} (the release), {@code .objects.written} and
 * {@code .bytes.written}, {@code .requests}, and the timer {@code assetsync.publish.duration}.
 */
public class MetricsPublishListener implements PublishListener {

    private final Supplier<MeterRegistry> registry;

    /**
     * @param registry the registry to record to, or null when there is none
     */
    public MetricsPublishListener(Supplier<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(PublishEvent event) {
        MeterRegistry meters = this.registry.get();
        if (meters != null && event instanceof PublishEvent.Finished finished) {
            PublishReport report = finished.report();
            Tags tags = Tags.of("target", report.target(), "dry-run", String.valueOf(report.dryRun()));
            meters.counter("assetsync.publish.files", tags).increment(report.files());
            meters.counter("assetsync.publish.bytes", tags).increment(report.bytes());
            meters.counter("assetsync.publish.objects.written", tags).increment(report.objectsWritten());
            meters.counter("assetsync.publish.bytes.written", tags).increment(report.bytesWritten());
            meters.counter("assetsync.publish.requests", tags).increment(report.requests());
            meters.timer("assetsync.publish.duration", tags).record(report.duration());
        }
    }
}
