package dev.assetsync.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work handed to another thread and rethrows what it failed with as it was thrown. */
public final class Await {

    private Await() {
    }

    /**
     * @param what what is waited for, for the message when waiting is interrupted or the task was cancelled
     * @return the task's result
     */
    public static <T> T result(Future<T> task, String what) {
        try {
            return task.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, ex);
        }
        catch (CancellationException ex) {
            throw new IllegalStateException("Cancelled: " + what, ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", ex.getCause());
        }
    }
}
