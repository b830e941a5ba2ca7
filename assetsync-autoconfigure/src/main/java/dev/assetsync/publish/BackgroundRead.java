package dev.assetsync.publish;

import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import dev.assetsync.concurrent.Await;

/**
 * A read from the bucket that runs on its own thread while the publish does local work: the previous manifest is
 * fetched while the files are staged, so its round trip, and the S3 client's set-up on first use, cost no time.
 * Closing it before {@link #await()} abandons the read (a publish that fails while staging).
 *
 * @param <T> what the read returns
 */
final class BackgroundRead<T> implements AutoCloseable {

    private final FutureTask<T> task;

    private BackgroundRead(Supplier<T> read) {
        this.task = new FutureTask<>(read::get);
    }

    static <T> BackgroundRead<T> start(Supplier<T> read) {
        BackgroundRead<T> background = new BackgroundRead<>(read);
        Thread thread = new Thread(background.task, "assetsync-read");
        // A read abandoned by a failed publish must not keep the job's JVM alive.
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /**
     * @return what the read returned
     * @throws RuntimeException what the read threw, as it was thrown
     */
    T await() {
        return Await.result(this.task, "a read from the bucket");
    }

    @Override
    public void close() {
        this.task.cancel(true);
    }
}
