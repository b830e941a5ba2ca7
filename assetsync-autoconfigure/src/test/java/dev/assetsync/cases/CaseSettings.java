package dev.assetsync.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

import dev.assetsync.collect.ClasspathAssetCollector;
import dev.assetsync.publish.PruneSettings;
import dev.assetsync.publish.PublishSettings;
import dev.assetsync.stage.Encoding;
import dev.assetsync.upload.Encryption;

/**
 * The settings of one case run: the cases' defaults (prefix {@code static/}, unhashed copies
 * {@code public, max-age=60}) and the product's defaults for everything else. A case changes what it needs with the
 * chained setters, each of which returns this object.
 */
final class CaseSettings {

    static final String UNHASHED_CACHE_CONTROL = "public, max-age=60";

    static final String HASHED_CACHE_CONTROL = "public, max-age=31536000, immutable";

    private String prefix = "static/";

    private List<String> locations = ClasspathAssetCollector.DEFAULT_LOCATIONS;

    private boolean dryRun;

    private boolean force;

    private boolean verify;

    private boolean strict;

    private boolean rewriteJsImports;

    private String acl;

    private long multipartThreshold = 16L * 1024 * 1024;

    private long partSize = 8L * 1024 * 1024;

    private RequestChecksumCalculation checksums = RequestChecksumCalculation.WHEN_REQUIRED;

    private int maxAttempts = 4;

    private int concurrency = 4;

    private PruneSettings prune = PruneSettings.OFF;

    private Encryption encryption = Encryption.NONE;

    private Clock clock = Clock.systemUTC();

    private Set<Encoding> compression = Set.of();

    static CaseSettings defaults() {
        return new CaseSettings();
    }

    CaseSettings withPrefix(String value) {
        this.prefix = value;
        return this;
    }

    CaseSettings withLocations(List<String> value) {
        this.locations = value;
        return this;
    }

    CaseSettings asDryRun() {
        this.dryRun = true;
        return this;
    }

    CaseSettings forced() {
        this.force = true;
        return this;
    }

    CaseSettings verifying() {
        this.verify = true;
        return this;
    }

    CaseSettings strictly() {
        this.strict = true;
        return this;
    }

    CaseSettings withJsImports() {
        this.rewriteJsImports = true;
        return this;
    }

    CaseSettings withCompression(Encoding... value) {
        this.compression = Set.of(value);
        return this;
    }

    CaseSettings withAcl(String value) {
        this.acl = value;
        return this;
    }

    CaseSettings withMultipart(long threshold, long size) {
        this.multipartThreshold = threshold;
        this.partSize = size;
        return this;
    }

    CaseSettings withChecksums(RequestChecksumCalculation value) {
        this.checksums = value;
        return this;
    }

    CaseSettings withMaxAttempts(int value) {
        this.maxAttempts = value;
        return this;
    }

    CaseSettings pruning(PruneSettings value) {
        this.prune = value;
        return this;
    }

    CaseSettings withEncryption(Encryption value) {
        this.encryption = value;
        return this;
    }

    /** The publish runs at that instant, as far as the age of objects goes. */
    CaseSettings at(Instant instant) {
        this.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return this;
    }

    Clock clock() {
        return this.clock;
    }

    Encryption encryption() {
        return this.encryption;
    }

    List<String> locations() {
        return this.locations;
    }

    String acl() {
        return this.acl;
    }

    long multipartThreshold() {
        return this.multipartThreshold;
    }

    long partSize() {
        return this.partSize;
    }

    RequestChecksumCalculation checksums() {
        return this.checksums;
    }

    int maxAttempts() {
        return this.maxAttempts;
    }

    PublishSettings toPublishSettings(String bucket) {
        return new PublishSettings(bucket, this.prefix, "assetsync-manifest.json", null, false, this.dryRun,
                this.force, this.verify, this.strict, this.rewriteJsImports, HASHED_CACHE_CONTROL,
                UNHASHED_CACHE_CONTROL, this.concurrency, this.prune, this.compression);
    }

    CaseSettings withConcurrency(int value) {
        this.concurrency = value;
        return this;
    }
}
