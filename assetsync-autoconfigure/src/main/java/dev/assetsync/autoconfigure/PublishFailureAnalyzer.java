package dev.assetsync.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.assetsync.publish.PublishException;

/** Reports a failed publish, or bad assetsync settings, as a description and an action, without a stack trace. */
class PublishFailureAnalyzer extends AbstractFailureAnalyzer<PublishException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublishException cause) {
        return new FailureAnalysis("Publishing the static assets failed. " + cause.getMessage(), cause.getAction(),
                cause);
    }
}
