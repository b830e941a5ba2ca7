package dev.assetsync.sample.locals3;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Stops the local S3 endpoint as soon as the application no longer needs it: for the publish job once the
 * application is ready (the publish has run by then), for the web app when it closes; and when the start failed.
 * Its server threads would otherwise keep the JVM running.
 */
class LocalS3Shutdown implements SmartApplicationListener {

    private final LocalS3Endpoint endpoint;

    private final boolean whenReady;

    /**
     * @param whenReady whether to stop once the application is ready, rather than only when it closes
     */
    LocalS3Shutdown(LocalS3Endpoint endpoint, boolean whenReady) {
        this.endpoint = endpoint;
        this.whenReady = whenReady;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return (this.whenReady && ApplicationReadyEvent.class.isAssignableFrom(eventType))
                || ApplicationFailedEvent.class.isAssignableFrom(eventType)
                || ContextClosedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        this.endpoint.stop();
    }
}
