package dev.assetsync.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import dev.assetsync.publish.PublishException;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.report.PublishReport;

/**
 * Publishes the static assets when the application starts with the publish profile. A failure stops the start
 * with a non-zero exit code and a message that says what to fix.
 */
public class PublishJobRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<StaticAssetPublisher> publisher;

    private volatile int exitCode;

    private volatile PublishReport report;

    public PublishJobRunner(ObjectProvider<StaticAssetPublisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            this.report = this.publisher.getObject().publish();
            this.exitCode = 0;
        }
        catch (PublishException ex) {
            this.exitCode = 1;
            throw new PublishFailedException(ex);
        }
        catch (RuntimeException ex) {
            // Such as settings that stop the publisher from being created: the job failed all the same.
            this.exitCode = 1;
            throw ex;
        }
    }

    @Override
    public int getExitCode() {
        return this.exitCode;
    }

    /** The report of the publish this runner made, or null before it ran. */
    public PublishReport getReport() {
        return this.report;
    }

    /** Ends the start of the publish job with exit code 1; {@link PublishFailureAnalyzer} describes the cause. */
    static class PublishFailedException extends RuntimeException implements ExitCodeGenerator {

        PublishFailedException(PublishException cause) {
            super("Publishing the static assets failed: " + cause.getMessage(), cause);
        }

        @Override
        public int getExitCode() {
            return 1;
        }
    }
}
