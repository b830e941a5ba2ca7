package dev.assetsync.stage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.assetsync.concurrent.DaemonThreads;

/** A bounded pool that runs I/O tasks and returns their results in task order, whatever order they finish in. */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    Workers(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, new DaemonThreads("assetsync-stage-"));
    }

    /** Runs all tasks; the first failure (in task order) cancels the rest and is thrown as it was. */
    <T> List<T> runAll(List<IoTask<T>> tasks) throws IOException {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(task -> futures.add(pool.submit(task::call)));
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw (IOException) new InterruptedIOException("Interrupted while staging").initCause(ex);
        }
        catch (ExecutionException ex) {
            throw rethrown(ex.getCause());
        }
        finally {
            futures.forEach(future -> future.cancel(true));
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** Stops the pool and waits for running tasks, so nobody writes to the work folder once it is deleted. */
    @Override
    public void close() throws InterruptedIOException {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new InterruptedIOException("Staging tasks did not stop within a minute");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw (InterruptedIOException) new InterruptedIOException("Interrupted while stopping staging tasks").initCause(ex);
        }
    }

    @FunctionalInterface
    interface IoTask<T> {

        T call() throws IOException;
    }
}
