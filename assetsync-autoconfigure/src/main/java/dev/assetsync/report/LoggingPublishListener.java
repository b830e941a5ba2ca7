package dev.assetsync.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.assetsync.collect.LocationSummary;
import dev.assetsync.collect.ShadowedAsset;
import dev.assetsync.plan.EntryStatus;
import dev.assetsync.plan.PlannedEntry;
import dev.assetsync.plan.PreviousRelease;
import dev.assetsync.plan.PublishPlan;
import dev.assetsync.prune.PruneDecision;
import dev.assetsync.stage.CaseHints;
import dev.assetsync.stage.ReferenceProblem;
import dev.assetsync.stage.StagedFile;

/** Writes the events of a publish as log lines a person reads at a glance. */
public class LoggingPublishListener implements PublishListener {

    /** Entries listed one by one in the plan; more are summed up in one line. */
    private static final int LISTED_ENTRIES = 50;

    private final Log log;

    public LoggingPublishListener() {
        this(LogFactory.getLog(LoggingPublishListener.class));
    }

    LoggingPublishListener(Log log) {
        this.log = log;
    }

    @Override
    public void onEvent(PublishEvent event) {
        if (event instanceof PublishEvent.Collected collected) {
            collected(collected);
        }
        else if (event instanceof PublishEvent.Staged staged) {
            staged(staged);
        }
        else if (event instanceof PublishEvent.PreviousReleaseRead read) {
            previous(read);
        }
        else if (event instanceof PublishEvent.Planned planned) {
            planned(planned.plan(), planned.dryRun());
        }
        else if (event instanceof PublishEvent.UploadProgress progress) {
            progress(progress);
        }
        else if (event instanceof PublishEvent.ManifestWritten written) {
            this.log.info("Manifest written: " + written.manifestKey());
        }
        else if (event instanceof PublishEvent.Pruned pruned) {
            pruned(pruned);
        }
        else if (event instanceof PublishEvent.PruneSkipped skipped) {
            this.log.warn("Pruning skipped, nothing deleted: " + skipped.reason());
        }
        else if (event instanceof PublishEvent.Finished finished) {
            this.log.info((finished.report().dryRun() ? "Dry run, nothing written: " : "Published ")
                    + finished.report().summary());
        }
    }

    private void collected(PublishEvent.Collected event) {
        long bytes = event.assets().locations().stream().mapToLong(LocationSummary::bytes).sum();
        this.log.info(String.format("Found %d static files (%s) in %.1f s", event.assets().assets().size(),
                Sizes.human(bytes), seconds(event.took().toMillis())));
        for (LocationSummary location : event.assets().locations()) {
            this.log.info(String.format("  %-40s %6d files %10s", location.location(), location.files(),
                    Sizes.human(location.bytes())));
        }
        List<ShadowedAsset> shadowed = event.assets().shadowed();
        if (!shadowed.isEmpty()) {
            this.log.info(shadowed.size() + " files are hidden by a file of the same path found first "
                    + "(as Spring MVC serves them):");
            shadowed.forEach((asset) -> this.log.info("  " + asset.path() + " from " + asset.origin()
                    + " (published from " + asset.winnerOrigin() + ")"));
        }
    }

    private void staged(PublishEvent.Staged event) {
        this.log.info(String.format("Staged %d files with hashed names in %.1f s (%s)",
                event.release().files().size(), seconds(event.took().toMillis()), event.folder()));
        CaseHints hints = CaseHints.of(event.release().files().stream().map(StagedFile::path).toList());
        for (ReferenceProblem problem : event.release().missingReferences()) {
            List<String> variants = hints.caseVariants(problem);
            String hint = variants.isEmpty() ? ""
                    : "; names are case-sensitive on S3: did you mean " + String.join(" or ", variants) + "?";
            this.log.warn("Reference to a file that is not published, left as written: " + problem + hint);
        }
        for (List<String> cycle : event.release().cycles()) {
            this.log.warn("Files refer to each other in a cycle and are hashed together: " + String.join(" -> ", cycle));
        }
    }

    private void previous(PublishEvent.PreviousReleaseRead event) {
        PreviousRelease previous = event.previous();
        if (previous instanceof PreviousRelease.Found found) {
            this.log.info("Previous manifest " + event.manifestKey() + ": " + found.manifest().entries().size()
                    + " files");
        }
        else if (previous instanceof PreviousRelease.Unusable unusable) {
            this.log.warn("The manifest " + event.manifestKey() + " cannot be used because " + unusable.reason()
                    + "; checking the bucket listing instead, and it will be replaced");
        }
        else {
            this.log.info("No previous manifest at " + event.manifestKey() + ": first publish, everything is new");
        }
    }

    private void planned(PublishPlan plan, boolean dryRun) {
        this.log.info(String.format("Plan: %d new, %d changed, %d unchanged, %d removed (kept in the bucket); "
                + "%d objects to write (%s)%s%s", plan.count(EntryStatus.NEW) + plan.count(EntryStatus.UNKNOWN),
                plan.count(EntryStatus.CHANGED), plan.count(EntryStatus.UNCHANGED), plan.removedPaths().size(),
                plan.objectWrites(), Sizes.human(plan.bytesToWrite()),
                plan.writesManifest() ? " and the manifest" : ", manifest unchanged",
                plan.listed() ? ", checked against a listing" : ""));
        List<PlannedEntry> changes = plan.entries().stream()
            .filter((entry) -> entry.status() != EntryStatus.UNCHANGED)
            .toList();
        if (dryRun || this.log.isDebugEnabled()) {
            changes.stream().limit(LISTED_ENTRIES).forEach((entry) -> this.log.info(String.format("  %-9s %s -> %s",
                    entry.status().name().toLowerCase(Locale.ROOT), entry.path(), entry.hashedPath())));
            if (changes.size() > LISTED_ENTRIES) {
                this.log.info("  ... and " + (changes.size() - LISTED_ENTRIES) + " more");
            }
            if (dryRun) {
                plan.hashedWrites().forEach((write) -> this.log.info("  would write " + write.key()));
                plan.unhashedWrites().forEach((write) -> this.log.info("  would write " + write.key()));
            }
        }
    }

    private void pruned(PublishEvent.Pruned event) {
        PruneDecision decision = event.decision();
        this.log.info(String.format("%s %d objects (%s) that the last %d releases no longer use",
                event.dryRun() ? "Dry run, would prune" : "Pruned", decision.deletions().size(),
                Sizes.human(decision.bytes()), event.keepReleases()));
        if (event.dryRun() || this.log.isDebugEnabled()) {
            decision.keys().forEach((key) -> this.log.info((event.dryRun() ? "  would delete " : "  deleted ") + key));
        }
        if (!decision.tooYoung().isEmpty()) {
            this.log.info(decision.tooYoung().size() + " more are kept until they are " + age(event.minAge())
                    + " old (assetsync.prune.min-age)");
        }
        if (!decision.notWritten().isEmpty()) {
            this.log.warn(decision.notWritten().size() + " objects of older releases have another size than "
                    + "published, so something else wrote them; they are left alone, for example "
                    + decision.notWritten().get(0));
        }
        if (!decision.retiredRecords().isEmpty()) {
            this.log.info(String.format("%s %d release records whose objects are all gone",
                    event.dryRun() ? "Would remove" : "Removed", decision.retiredRecords().size()));
        }
    }

    private static String age(Duration age) {
        return (age.toSeconds() % 86400 == 0) ? age.toDays() + "d" : age.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /**
     * Many small files are bound by requests, a few large ones by bandwidth: the share done is the larger of the
     * share of objects and the share of bytes, so that a run of tiny files (hashed writes go in path order) does not
     * make the time left look like hours, nor one large file still in flight.
     */
    private void progress(PublishEvent.UploadProgress progress) {
        double seconds = Math.max(seconds(progress.elapsed().toMillis()), 0.001);
        // Time left is that of whichever is further behind, the objects or the bytes: copies on the server send no
        // bytes, and one large file can hold most of them. A measure with no progress yet says nothing.
        double objects = (double) progress.objectsDone() / progress.objectsTotal();
        double bytes = (progress.bytesTotal() > 0) ? (double) progress.bytesDone() / progress.bytesTotal() : 0;
        double done = (objects > 0 && bytes > 0) ? Math.min(objects, bytes) : Math.max(objects, bytes);
        String eta = (done > 0 && done < 1) ? String.format(Locale.ROOT, ", about %.0f s left",
                seconds * (1 - done) / done) : "";
        this.log.info(String.format(Locale.ROOT, "Uploaded %d/%d objects, %s of %s (%.0f objects/s, %s/s)%s",
                progress.objectsDone(), progress.objectsTotal(), Sizes.human(progress.bytesDone()),
                Sizes.human(progress.bytesTotal()), progress.objectsDone() / seconds,
                Sizes.human((long) (progress.bytesDone() / seconds)), eta));
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
