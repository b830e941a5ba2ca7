package dev.assetsync.autoconfigure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Ends the publish job once the application is ready, that is after the publish succeeded: closes the context and
 * exits with its exit code, so that threads the application starts (schedulers, listeners, pools) cannot keep a
 * deploy step waiting. A failed publish never gets here: it ends the start with exit code 1.
 */
class PublishJobExit implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
