package dev.assetsync.testsupport;

/** Ready-made rules that make the test S3 behave like common S3-compatible stores. */
public final class FaultRules {

    private FaultRules() {
    }

    /** Any request with {@code x-amz-acl} gets 400 AccessControlListNotSupported, as on buckets with ACLs disabled. */
    public static FaultRule rejectAcl() {
        return FaultRule.when(RequestMatchers.aclHeader())
                .respond(400, "AccessControlListNotSupported", "The bucket does not allow ACLs");
    }

    /**
     * Any request with flexible-checksum headers or trailers gets 501 NotImplemented, as older S3-compatible
     * stores answered when AWS SDKs began sending checksums by default.
     */
    public static FaultRule rejectChecksums() {
        return FaultRule.when(RequestMatchers.checksumHeaders())
                .respond(501, "NotImplemented", "A header you provided implies functionality that is not implemented");
    }
}
