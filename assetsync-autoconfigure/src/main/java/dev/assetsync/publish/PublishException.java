package dev.assetsync.publish;

/**
 * A publish that failed, with a message that names the file, key or setting at fault and what to do about it. The
 * previous release stays live: the manifest is never written by a failed publish.
 */
public class PublishException extends RuntimeException {

    private final String action;

    public PublishException(String message, String action) {
        this(message, action, null);
    }

    public PublishException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What a person can do about it. */
    public String getAction() {
        return this.action;
    }
}
