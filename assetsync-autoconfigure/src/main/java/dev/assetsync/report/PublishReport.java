package dev.assetsync.report;

import java.time.Duration;

/**
 * What a publish did.
 *
 * @param target where it published, such as "s3://my-assets/static/"
 * @param files logical paths in the release
 * @param bytes bytes of the release
 * @param newFiles entries not in the previous release
 * @param changedFiles entries whose content changed
 * @param unchangedFiles entries whose content did not change
 * @param objectsWritten objects written (hashed copies and copies under the original names; manifest excluded)
 * @param bytesWritten bytes of the objects written
 * @param manifestWritten whether the manifest was written
 * @param requests requests made to the bucket (the client's own retries not counted)
 * @param dryRun whether this was a dry run, which writes nothing
 * @param duration time from the start of collection to the end
 */
public record PublishReport(String target, int files, long bytes, long newFiles, long changedFiles,
        long unchangedFiles, int objectsWritten, long bytesWritten, boolean manifestWritten, int requests,
        boolean dryRun, Duration duration) {

    /** One line for a log. */
    public String summary() {
        String verb = this.dryRun ? "would write" : "wrote";
        return String.format("%s %d files (%s): %d new, %d changed, %d unchanged; %s %d objects (%s)%s; "
                + "%d request%s in %.1f s", this.target, this.files, Sizes.human(this.bytes), this.newFiles,
                this.changedFiles, this.unchangedFiles, verb, this.objectsWritten, Sizes.human(this.bytesWritten),
                this.manifestWritten ? " and the manifest" : ", manifest unchanged", this.requests,
                (this.requests == 1) ? "" : "s", this.duration.toMillis() / 1000.0);
    }
}
