package dev.assetsync.sample.locals3;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3 API on 127.0.0.1, served in-process by S3Proxy from a folder on disk, so that objects and the manifest stay
 * there from one run to the next.
 */
public final class LocalS3Endpoint {

    /** Credentials the endpoint accepts; they guard nothing, the endpoint only listens on loopback. */
    public static final String ACCESS_KEY = "local-access-key";

    public static final String SECRET_KEY = "local-secret-key";

    public static final String REGION = "us-east-1";

    private final S3Proxy server;

    private final Path dataDir;

    private boolean stopped;

    private LocalS3Endpoint(S3Proxy server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /**
     * Starts the endpoint on a free port over the given folder, and creates the bucket unless it is there already.
     * @param dataDir folder that holds the buckets; created if missing
     * @param bucket bucket to create if missing
     * @return the started endpoint
     */
    public static LocalS3Endpoint start(Path dataDir, String bucket) {
        return start(dataDir, bucket, S3Proxy.builder()
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY));
    }

    /**
     * Starts the endpoint as a browser sees a bucket behind a CDN: anyone on this machine may read without signing,
     * and pages of any origin may load fonts from it (CORS).
     * @param dataDir folder that holds the buckets; created if missing
     * @param bucket bucket to create if missing
     * @return the started endpoint
     */
    public static LocalS3Endpoint startForBrowsers(Path dataDir, String bucket) {
        return start(dataDir, bucket, S3Proxy.builder()
            .awsAuthentication(AuthenticationType.NONE, null, null)
            .corsRules(new CrossOriginResourceSharing(List.of("*"), List.of("GET", "HEAD"), List.of("*"), List.of(),
                    "false")));
    }

    private static LocalS3Endpoint start(Path dataDir, String bucket, S3Proxy.Builder builder) {
        BlobStore store = new FilesystemNio2BlobStore(createFolder(dataDir).toString());
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
        S3Proxy server = builder.blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:0"))
            // Whoever stops the endpoint is done with it: no request is left to finish.
            .stopTimeout(0)
            .build();
        try {
            server.start();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot start the local S3 endpoint over " + dataDir + ": " + ex, ex);
        }
        return new LocalS3Endpoint(server, dataDir);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + this.server.getPort());
    }

    public Path dataDir() {
        return this.dataDir;
    }

    /** Stops the endpoint; later calls do nothing. */
    public synchronized void stop() {
        if (this.stopped) {
            return;
        }
        this.stopped = true;
        try {
            this.server.stop();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot stop the local S3 endpoint at " + uri() + ": " + ex, ex);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot create the folder of the local S3 endpoint: " + folder, ex);
        }
    }
}
