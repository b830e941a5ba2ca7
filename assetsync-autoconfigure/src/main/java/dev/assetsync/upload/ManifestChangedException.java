package dev.assetsync.upload;

/** The conditional write of the manifest failed: another publish wrote it since this one read it. */
public class ManifestChangedException extends Exception {

    public ManifestChangedException(String key, Throwable cause) {
        super("The manifest " + key + " changed since it was read", cause);
    }
}
