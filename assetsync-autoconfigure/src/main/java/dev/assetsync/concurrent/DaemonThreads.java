package dev.assetsync.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbered daemon threads, so that a publish that fails never keeps the job's JVM from exiting. */
public final class DaemonThreads implements ThreadFactory {

    private final String namePrefix;

    private final AtomicInteger count = new AtomicInteger();

    public DaemonThreads(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, this.namePrefix + this.count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
