package dev.assetsync.upload;

import java.io.IOException;

/** The bytes of a file differ from those it had when it was hashed: it changed while the job ran. */
final class FileChangedException extends IOException {

    FileChangedException(String message) {
        super(message);
    }

    /** This failure among the causes of a client failure, or null: the SDK wraps what a request body throws. */
    static FileChangedException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileChangedException changed) {
                return changed;
            }
        }
        return null;
    }
}
