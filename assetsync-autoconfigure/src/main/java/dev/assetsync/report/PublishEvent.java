package dev.assetsync.report;

import java.time.Duration;

import dev.assetsync.collect.CollectedAssets;
import dev.assetsync.plan.PreviousRelease;
import dev.assetsync.plan.PublishPlan;
import dev.assetsync.prune.PruneDecision;
import dev.assetsync.stage.StagedRelease;

/** Progress of a publish, in the order the steps happen. */
public sealed interface PublishEvent {

    /** The static files were found. */
    record Collected(CollectedAssets assets, Duration took) implements PublishEvent {
    }

    /** The release was staged: hashed, rewritten, written to the staging folder. */
    record Staged(StagedRelease release, java.nio.file.Path folder, Duration took) implements PublishEvent {
    }

    /** The previous manifest was read (or found absent, or unusable). */
    record PreviousReleaseRead(String manifestKey, PreviousRelease previous) implements PublishEvent {
    }

    /** The plan is made; a dry run stops after this. */
    record Planned(PublishPlan plan, boolean dryRun) implements PublishEvent {
    }

    /**
     * Uploads are under way: sent every few seconds while they last. Objects count uploads and server-side copies;
     * bytes count what is sent, so copies add none.
     */
    record UploadProgress(int objectsDone, int objectsTotal, long bytesDone, long bytesTotal, Duration elapsed)
            implements PublishEvent {
    }

    /** The manifest was written: the release is live. */
    record ManifestWritten(String manifestKey) implements PublishEvent {
    }

    /**
     * Objects of releases no longer kept were deleted, or would be in a dry run.
     *
     * @param keepReleases releases kept, the one published included
     * @param minAge objects younger than this were kept
     */
    record Pruned(PruneDecision decision, int keepReleases, Duration minAge, boolean dryRun) implements PublishEvent {
    }

    /** Pruning was left out of this publish, for that reason; nothing was deleted. */
    record PruneSkipped(String reason) implements PublishEvent {
    }

    /** The publish is over. */
    record Finished(PublishReport report) implements PublishEvent {
    }
}
