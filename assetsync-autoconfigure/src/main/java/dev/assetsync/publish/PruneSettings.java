package dev.assetsync.publish;

import java.time.Duration;

/**
 * Whether and how a publish deletes the objects of older releases.
 *
 * @param enabled whether to prune at all; also whether each release is recorded in the release history
 * @param keepReleases releases whose objects are all kept, the one being published included
 * @param minAge objects written less long ago than this are kept, whatever release they belong to
 */
public record PruneSettings(boolean enabled, int keepReleases, Duration minAge) {

    /** Pruning off. */
    public static final PruneSettings OFF = new PruneSettings(false, 3, Duration.ofDays(7));

    public PruneSettings {
        if (keepReleases < 1) {
            throw new PublishException("assetsync.prune.keep-releases must be at least 1, not " + keepReleases + ".",
                    "Set assetsync.prune.keep-releases to the number of releases whose files stay in the bucket, "
                            + "the one being published included (default 3).");
        }
        if (minAge == null || minAge.isNegative()) {
            throw new PublishException("assetsync.prune.min-age must be zero or more, not " + minAge + ".",
                    "Set assetsync.prune.min-age to how long a file stays after its release is no longer kept, "
                            + "for example 7d (the default).");
        }
    }
}
