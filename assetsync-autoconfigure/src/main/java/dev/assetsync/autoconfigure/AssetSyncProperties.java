package dev.assetsync.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

import dev.assetsync.stage.Encoding;

/**
 * Settings of the static asset publisher ({@code assetsync.*}).
 */
@ConfigurationProperties(prefix = "assetsync")
public class AssetSyncProperties {

    /**
     * Whether assetsync is active at all. When false, no bean is created and nothing is done.
     */
    private boolean enabled;

    /**
     * Profile that makes a start of the application a publish job: the assets are published and the job ends.
     * Ordinary starts, without this profile, never publish.
     */
    private String publishProfile = "publish";

    /**
     * Whether the publish job ends the process when it is done (exit code 0), so that threads the application
     * starts cannot keep it running. Turn off to run a publish inside a longer-lived process.
     */
    private boolean exitWhenDone = true;

    /**
     * Bucket to publish to.
     */
    private String bucket;

    /**
     * Key prefix inside the bucket, for example "static/". Empty publishes at the bucket root.
     */
    private String prefix = "";

    /**
     * Where the bucket prefix is served from, for example "https://cdn.example.com/static/". When set, the running
     * application links to the published, content-hashed files there; otherwise links are left as Spring serves
     * them.
     */
    private String publicUrl;

    /**
     * Name of the manifest object, below the prefix.
     */
    private String manifestName = "assetsync-manifest.json";

    /**
     * Ant-style patterns of logical paths to publish (for example "css/**"). Empty publishes everything.
     */
    private List<String> include = new ArrayList<>();

    /**
     * Ant-style patterns of logical paths never to publish (for example "scss/**").
     */
    private List<String> exclude = new ArrayList<>();

    /**
     * Local folder for the files whose bytes staging changes (rewritten stylesheets and scripts, compressed copies),
     * the manifest, and the private copies of files sent in parts; the other files are uploaded from where they were
     * found. Default: a new temporary folder. An existing folder must be empty or hold an earlier staging (marked by
     * a ".assetsync-staging" file, which a running publish locks: one publish at a time per folder); it is emptied
     * after the run, but for that file, and stays.
     */
    // A String, not a Path: converting to a Path goes through the application's resource loader, whose S3 protocol
    // resolver needs the S3 client that these properties configure.
    private String stagingDir;

    /**
     * Whether to keep the staging folder after the run, for inspection.
     */
    private boolean keepStaging;

    /**
     * Print the plan and write nothing to the bucket.
     */
    private boolean dryRun;

    /**
     * Write every object of the release again, with current metadata, whatever the bucket holds.
     */
    private boolean force;

    /**
     * List the prefix and repair objects that are missing or whose size or ETag does not match the manifest.
     */
    private boolean verify;

    /**
     * Fail the publish, before any write, when a stylesheet or script refers to a file that is not published.
     */
    private boolean strict;

    /**
     * Also rewrite ES module import and export specifiers in scripts.
     */
    private boolean rewriteJsImports;

    /**
     * Pre-compressed variants to publish beside each content-hashed file, as "&lt;hashed name&gt;.gz" and ".br" with
     * Content-Encoding gzip and br, where smaller and for types not compressed already (not images, fonts, archives,
     * audio or video). Brotli needs the com.aayushatharva.brotli4j:brotli4j dependency.
     */
    private Compression compression = Compression.NONE;

    /**
     * Cache-Control of the objects.
     */
    private final CacheControl cacheControl = new CacheControl();

    /**
     * Number of uploads in flight at once; an upload of a file in parts sends up to 4 parts at once. The publish
     * job gives the SDK's default HTTP client a pool of 4 connections per upload (opened only when used); an
     * application that configures its own HTTP client sizes its pool.
     */
    private int concurrency = 64;

    /**
     * Files of at least this size (5MB or more) are uploaded in parts, 4 at once, from a private temporary copy.
     */
    private DataSize multipartThreshold = DataSize.ofMegabytes(16);

    /**
     * Size of each part of a multipart upload (at least 5MB).
     */
    private DataSize multipartPartSize = DataSize.ofMegabytes(8);

    /**
     * Optional request checksums of the AWS SDK. "when-required" sends them only where S3 requires them (every
     * upload still carries Content-MD5); "when-supported" is the SDK default, which some S3-compatible stores
     * reject.
     */
    private RequestChecksums requestChecksums = RequestChecksums.WHEN_REQUIRED;

    /**
     * Attempts per request, the first included, for throttling, 5xx answers and timeouts.
     */
    private int maxAttempts = 4;

    /**
     * Canned ACL to set on every object, for example "public-read". None by default (buckets with object
     * ownership enforced reject ACLs).
     */
    private String acl;

    /**
     * Server-side encryption of every object written: "none" (the bucket's default encryption applies), "AES256"
     * (SSE-S3) or "aws:kms" (SSE-KMS).
     */
    private ServerSideEncryption serverSideEncryption = ServerSideEncryption.NONE;

    /**
     * KMS key (id or ARN) for server-side-encryption "aws:kms". Default: the account's AWS managed key.
     */
    private String kmsKeyId;

    /**
     * Deleting the objects of older releases.
     */
    private final Prune prune = new Prune();

    // getters and setters

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPublishProfile() {
        return this.publishProfile;
    }

    public void setPublishProfile(String publishProfile) {
        this.publishProfile = publishProfile;
    }

    public boolean isExitWhenDone() {
        return this.exitWhenDone;
    }

    public void setExitWhenDone(boolean exitWhenDone) {
        this.exitWhenDone = exitWhenDone;
    }

    public String getBucket() {
        return this.bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getPrefix() {
        return this.prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getPublicUrl() {
        return this.publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String getManifestName() {
        return this.manifestName;
    }

    public void setManifestName(String manifestName) {
        this.manifestName = manifestName;
    }

    public List<String> getInclude() {
        return this.include;
    }

    public void setInclude(List<String> include) {
        this.include = include;
    }

    public List<String> getExclude() {
        return this.exclude;
    }

    public void setExclude(List<String> exclude) {
        this.exclude = exclude;
    }

    public String getStagingDir() {
        return this.stagingDir;
    }

    public void setStagingDir(String stagingDir) {
        this.stagingDir = stagingDir;
    }

    public boolean isKeepStaging() {
        return this.keepStaging;
    }

    public void setKeepStaging(boolean keepStaging) {
        this.keepStaging = keepStaging;
    }

    public boolean isDryRun() {
        return this.dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isForce() {
        return this.force;
    }

    public void setForce(boolean force) {
        this.force = force;
    }

    public boolean isVerify() {
        return this.verify;
    }

    public void setVerify(boolean verify) {
        this.verify = verify;
    }

    public boolean isStrict() {
        return this.strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public boolean isRewriteJsImports() {
        return this.rewriteJsImports;
    }

    public void setRewriteJsImports(boolean rewriteJsImports) {
        this.rewriteJsImports = rewriteJsImports;
    }

    public Compression getCompression() {
        return this.compression;
    }

    public void setCompression(Compression compression) {
        this.compression = compression;
    }

    public CacheControl getCacheControl() {
        return this.cacheControl;
    }

    public int getConcurrency() {
        return this.concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public DataSize getMultipartThreshold() {
        return this.multipartThreshold;
    }

    public void setMultipartThreshold(DataSize multipartThreshold) {
        this.multipartThreshold = multipartThreshold;
    }

    public DataSize getMultipartPartSize() {
        return this.multipartPartSize;
    }

    public void setMultipartPartSize(DataSize multipartPartSize) {
        this.multipartPartSize = multipartPartSize;
    }

    public RequestChecksums getRequestChecksums() {
        return this.requestChecksums;
    }

    public void setRequestChecksums(RequestChecksums requestChecksums) {
        this.requestChecksums = requestChecksums;
    }

    public int getMaxAttempts() {
        return this.maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public String getAcl() {
        return this.acl;
    }

    public void setAcl(String acl) {
        this.acl = acl;
    }

    public ServerSideEncryption getServerSideEncryption() {
        return this.serverSideEncryption;
    }

    public void setServerSideEncryption(ServerSideEncryption serverSideEncryption) {
        this.serverSideEncryption = serverSideEncryption;
    }

    public String getKmsKeyId() {
        return this.kmsKeyId;
    }

    public void setKmsKeyId(String kmsKeyId) {
        this.kmsKeyId = kmsKeyId;
    }

    public Prune getPrune() {
        return this.prune;
    }

    /** Cache-Control headers; the manifest always gets "no-cache". */
    public static class CacheControl {

        /**
         * Cache-Control of content-hashed objects, whose content never changes.
         */
        private String hashed = "public, max-age=31536000, immutable";

        /**
         * Cache-Control of the copies under the original names, whose content changes between releases. Must not
         * be "immutable".
         */
        private String unhashed = "public, max-age=300";

        public String getHashed() {
            return this.hashed;
        }

        public void setHashed(String hashed) {
            this.hashed = hashed;
        }

        public String getUnhashed() {
            return this.unhashed;
        }

        public void setUnhashed(String unhashed) {
            this.unhashed = unhashed;
        }
    }

    /** Which pre-compressed variants are published. */
    public enum Compression {

        /** None: every object is stored as it is, without Content-Encoding. */
        NONE(Set.of()),

        /** gzip variants (".gz"). */
        GZIP(Set.of(Encoding.GZIP)),

        /** Brotli variants (".br"); needs brotli4j. */
        BROTLI(Set.of(Encoding.BROTLI)),

        /** Both gzip and Brotli variants. */
        BOTH(Set.of(Encoding.GZIP, Encoding.BROTLI));

        private final Set<Encoding> encodings;

        Compression(Set<Encoding> encodings) {
            this.encodings = encodings;
        }

        Set<Encoding> encodings() {
            return this.encodings;
        }
    }

    /** When the AWS SDK adds optional request checksums. */
    public enum RequestChecksums {

        /** Only where S3 requires them; uploads carry Content-MD5. */
        WHEN_REQUIRED,

        /** On every request that supports them (the SDK's default). */
        WHEN_SUPPORTED
    }

    /** Server-side encryption S3 applies to the objects written. */
    public enum ServerSideEncryption {

        /** No encryption header: the bucket's default encryption applies. */
        NONE,

        /** SSE-S3, keys managed by S3 ("AES256"). */
        AES256,

        /** SSE-KMS ("aws:kms"), with assetsync.kms-key-id or the account's default key. */
        AWS_KMS
    }

    /**
     * Deleting the objects of older releases. Off by default: nothing is ever deleted. When on, each publish also
     * records its release, a copy of its manifest, under "{manifest name without .json}-releases/" below the
     * prefix, and only objects that a recorded release named are ever deleted.
     */
    public static class Prune {

        /**
         * Whether to delete objects that none of the last keep-releases releases uses and that are older than
         * min-age. A dry run only reports them.
         */
        private boolean enabled;

        /**
         * Releases whose objects are all kept, the one being published included.
         */
        private int keepReleases = 3;

        /**
         * Objects written less long ago than this are kept even when no kept release uses them, so that pages still
         * cached, or served by the previous version during a rolling deploy, keep working. A number alone is days.
         */
        @DurationUnit(ChronoUnit.DAYS)
        private Duration minAge = Duration.ofDays(7);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getKeepReleases() {
            return this.keepReleases;
        }

        public void setKeepReleases(int keepReleases) {
            this.keepReleases = keepReleases;
        }

        public Duration getMinAge() {
            return this.minAge;
        }

        public void setMinAge(Duration minAge) {
            this.minAge = minAge;
        }
    }
}
