package dev.assetsync.manifest;

/** The bytes of a manifest cannot be used: not JSON, truncated, empty, wrong shape or unknown version. */
public class UnusableManifestException extends Exception {

    public UnusableManifestException(String reason) {
        super(reason);
    }

    public UnusableManifestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
