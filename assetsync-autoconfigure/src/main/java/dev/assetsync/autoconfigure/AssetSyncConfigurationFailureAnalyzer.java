package dev.assetsync.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unusable assetsync setting as a description and an action. */
class AssetSyncConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<AssetSyncConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AssetSyncConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
    }
}
