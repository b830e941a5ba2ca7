package dev.assetsync.autoconfigure;

/** An assetsync setting that cannot be used, with what to do about it. */
class AssetSyncConfigurationException extends RuntimeException {

    private final String action;

    AssetSyncConfigurationException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String getAction() {
        return this.action;
    }
}
