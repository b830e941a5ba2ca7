package dev.assetsync.sample.locals3;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Stops the local S3 endpoint as soon as the publish job no longer needs it: once the application is ready (the
 * publish has run by then), failed, or closed. Its server threads would otherwise keep the JVM running.
 */
class LocalS3Shutdown implements SmartApplicationListener {

    private final LocalS3Endpoint endpoint;

    LocalS3Shutdown(LocalS3Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationReadyEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType)
                || ContextClosedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        this.endpoint.stop();
    }
}
