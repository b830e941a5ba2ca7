package dev.assetsync.collect;

/** Collection cannot produce a trustworthy set of assets; the message names the file, jar or location at fault. */
public class AssetCollectionException extends RuntimeException {

    public AssetCollectionException(String message) {
        super(message);
    }

    public AssetCollectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
