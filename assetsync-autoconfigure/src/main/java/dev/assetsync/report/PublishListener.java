package dev.assetsync.report;

/** Receives the events of a publish; called from the publishing thread and upload threads. */
@FunctionalInterface
public interface PublishListener {

    void onEvent(PublishEvent event);
}
