package dev.assetsync.upload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.assetsync.concurrent.Await;
import dev.assetsync.concurrent.DaemonThreads;
import dev.assetsync.plan.ObjectWrite;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishListener;

/**
 * Writes the objects of a plan with bounded concurrency. The first write goes alone, so that a problem every write
 * would meet (no permission, an ACL the bucket refuses) costs one request, not one per file; after the first failure
 * no new write starts.
 */
public final class Uploader {

    private final ObjectStore store;

    private final String prefix;

    private final int concurrency;

    private final Function<ObjectWrite, ObjectMetadata> metadata;

    private final PublishListener listener;

    private final Duration progressInterval;

    /**
     * @param prefix key prefix, to find the hashed object a copy under the original name is made from
     * @param metadata the headers of each object
     * @param progressInterval how often progress is reported while uploads last
     */
    public Uploader(ObjectStore store, String prefix, int concurrency, Function<ObjectWrite, ObjectMetadata> metadata,
            PublishListener listener, Duration progressInterval) {
        this.store = store;
        this.prefix = prefix;
        this.concurrency = concurrency;
        this.metadata = metadata;
        this.listener = listener;
        this.progressInterval = progressInterval;
    }

    /**
     * Writes every hashed object, then every object under an original name.
     *
     * @param beforeUnhashed runs once, after the hashed objects and before the first object under an original name
     * is overwritten; an exception it throws stops the writes there
     * @return the requests the writes took (a file sent in parts takes more than one)
     */
    public int writeAll(List<ObjectWrite> hashedWrites, List<ObjectWrite> unhashedWrites, Runnable beforeUnhashed) {
        int total = hashedWrites.size() + unhashedWrites.size();
        // Copies under original names are made on the server: only the hashed uploads send bytes.
        long totalBytes = bytes(hashedWrites);
        if (total == 0) {
            return 0;
        }
        Progress progress = new Progress(total, totalBytes, System.nanoTime());
        ExecutorService workers = Executors.newFixedThreadPool(this.concurrency, new DaemonThreads("assetsync-upload-"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                new DaemonThreads("assetsync-progress-"));
        try {
            long interval = this.progressInterval.toMillis();
            ticker.scheduleAtFixedRate(() -> this.listener.onEvent(progress.event()), interval, interval,
                    TimeUnit.MILLISECONDS);
            boolean firstAlone = writeGroup(hashedWrites, true, workers, progress);
            if (!unhashedWrites.isEmpty()) {
                beforeUnhashed.run();
                writeGroup(unhashedWrites, firstAlone, workers, progress);
            }
        }
        finally {
            ticker.shutdownNow();
            workers.shutdownNow();
        }
        this.listener.onEvent(progress.event());
        return progress.requests.get();
    }

    /**
     * Writes a group, its first object alone when asked to.
     * @return whether the next group's first object must still go alone (this group was empty)
     */
    private boolean writeGroup(List<ObjectWrite> writes, boolean firstAlone, ExecutorService workers,
            Progress progress) {
        if (writes.isEmpty()) {
            return firstAlone;
        }
        List<ObjectWrite> parallel = writes;
        if (firstAlone) {
            write(writes.get(0), progress);
            parallel = writes.subList(1, writes.size());
        }
        runInParallel(parallel, workers, progress);
        return false;
    }

    private void runInParallel(List<ObjectWrite> writes, ExecutorService workers, Progress progress) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>(writes.size());
        for (ObjectWrite objectWrite : writes) {
            futures.add(workers.submit(() -> {
                if (failure.get() != null) {
                    return;
                }
                try {
                    write(objectWrite, progress);
                }
                catch (RuntimeException ex) {
                    if (!failure.compareAndSet(null, ex)) {
                        failure.get().addSuppressed(ex);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            Await.result(future, "an upload");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void write(ObjectWrite objectWrite, Progress progress) {
        ObjectMetadata objectMetadata = this.metadata.apply(objectWrite);
        long size = objectWrite.size();
        if (objectWrite.hashed()) {
            progress.requests.addAndGet(
                    this.store.upload(objectWrite.key(), objectWrite.body(), size, objectWrite.md5(), objectMetadata));
        }
        else {
            // The hashed object holds the same bytes already: a server-side copy saves sending them twice.
            this.store.copy(this.prefix + objectWrite.file().hashedPath(), objectWrite.key(), size, objectMetadata);
            progress.requests.incrementAndGet();
        }
        progress.done(objectWrite.hashed() ? size : 0);
    }

    private static long bytes(List<ObjectWrite> writes) {
        return writes.stream().mapToLong(ObjectWrite::size).sum();
    }

    private static final class Progress {

        private final int total;

        private final long totalBytes;

        private final long startNanos;

        private final AtomicInteger objects = new AtomicInteger();

        private final AtomicLong bytes = new AtomicLong();

        private final AtomicInteger requests = new AtomicInteger();

        Progress(int total, long totalBytes, long startNanos) {
            this.total = total;
            this.totalBytes = totalBytes;
            this.startNanos = startNanos;
        }

        void done(long size) {
            this.objects.incrementAndGet();
            this.bytes.addAndGet(size);
        }

        PublishEvent.UploadProgress event() {
            return new PublishEvent.UploadProgress(this.objects.get(), this.total, this.bytes.get(), this.totalBytes,
                    Duration.ofNanos(System.nanoTime() - this.startNanos));
        }
    }
}
