package dev.assetsync.upload;

/**
 * A request to the bucket failed for good (after the retries the client makes). The message names the operation,
 * the bucket and key, and the cause as S3 gave it.
 */
public class StoreException extends RuntimeException {

    private final String errorCode;

    public StoreException(String message, String errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The S3 error code, such as "AccessDenied", or null when the request got no answer. */
    public String getErrorCode() {
        return this.errorCode;
    }
}
