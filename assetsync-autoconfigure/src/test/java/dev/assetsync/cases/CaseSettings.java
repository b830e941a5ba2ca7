package dev.assetsync.cases;

import java.util.List;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

import dev.assetsync.collect.ClasspathAssetCollector;
import dev.assetsync.publish.PublishSettings;

/**
 * The settings of one case run: the cases' defaults (prefix {@code static/}, unhashed copies
 * {@code public, max-age=60}) and the product's defaults for everything else, with withers for what a case changes.
 */
record CaseSettings(String prefix, List<String> locations, boolean dryRun, boolean force, boolean verify,
        boolean strict, boolean rewriteJsImports, String acl, long multipartThreshold, long partSize,
        RequestChecksumCalculation checksums, int maxAttempts, int concurrency) {

    static final String UNHASHED_CACHE_CONTROL = "public, max-age=60";

    static final String HASHED_CACHE_CONTROL = "public, max-age=31536000, immutable";

    static CaseSettings defaults() {
        return new CaseSettings("static/", ClasspathAssetCollector.DEFAULT_LOCATIONS, false, false, false, false,
                false, null, 16L * 1024 * 1024, 8L * 1024 * 1024, RequestChecksumCalculation.WHEN_REQUIRED, 4, 4);
    }

    CaseSettings withPrefix(String value) {
        return new CaseSettings(value, this.locations, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings withLocations(List<String> value) {
        return new CaseSettings(this.prefix, value, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings asDryRun() {
        return new CaseSettings(this.prefix, this.locations, true, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings forced() {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, true, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings verifying() {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, true, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings strictly() {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, true,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings withJsImports() {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, this.strict,
                true, this.acl, this.multipartThreshold, this.partSize, this.checksums, this.maxAttempts,
                this.concurrency);
    }

    CaseSettings withAcl(String value) {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, value, this.multipartThreshold, this.partSize, this.checksums,
                this.maxAttempts, this.concurrency);
    }

    CaseSettings withMultipart(long threshold, long size) {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, threshold, size, this.checksums, this.maxAttempts,
                this.concurrency);
    }

    CaseSettings withChecksums(RequestChecksumCalculation value) {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, value, this.maxAttempts,
                this.concurrency);
    }

    CaseSettings withMaxAttempts(int value) {
        return new CaseSettings(this.prefix, this.locations, this.dryRun, this.force, this.verify, this.strict,
                this.rewriteJsImports, this.acl, this.multipartThreshold, this.partSize, this.checksums, value,
                this.concurrency);
    }

    PublishSettings toPublishSettings(String bucket) {
        return new PublishSettings(bucket, this.prefix, "assetsync-manifest.json", null, false, this.dryRun,
                this.force, this.verify, this.strict, this.rewriteJsImports, HASHED_CACHE_CONTROL,
                UNHASHED_CACHE_CONTROL, this.concurrency);
    }
}
