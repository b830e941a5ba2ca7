package dev.assetsync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API in-process: S3Proxy with SigV4 authentication over a filesystem store in a temporary folder,
 * behind a {@link RecordingProxy}. Clients under test get {@link #endpoint()} (the recording proxy); setup and
 * assertions use {@link #bucket(String)}, which talks to S3Proxy directly and stays out of the log.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String ACCESS_KEY = "assetsync-test-access-key";
    public static final String SECRET_KEY = "assetsync-test-secret-key";
    public static final Region REGION = Region.US_EAST_1;

    private final Path storage;
    private final BlobStore store;
    private final S3Proxy s3Proxy;
    private final RecordingProxy proxy;
    private final S3Client direct;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger bucketNumber = new AtomicInteger();

    private S3TestServer(Path storage, BlobStore store, S3Proxy s3Proxy, RecordingProxy proxy) {
        this.storage = storage;
        this.store = store;
        this.s3Proxy = s3Proxy;
        this.proxy = proxy;
        this.direct = S3ClientSettings.defaults().build(directEndpoint());
    }

    /** Starts S3Proxy and the recording proxy, each on a free loopback port. */
    public static S3TestServer start() {
        try {
            Path storage = Files.createTempDirectory("assetsync-s3-");
            BlobStore store = new FilesystemNio2BlobStore(storage.toString());
            S3Proxy s3Proxy = S3Proxy.builder()
                    .blobStore(store)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .stopTimeout(0)
                    .build();
            s3Proxy.start();
            while (!s3Proxy.getState().equals("STARTED")) {
                // start() returns before the connector is bound; the port is only known once it is
                Thread.sleep(5);
            }
            RecordingProxy proxy = RecordingProxy.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), s3Proxy.getPort()));
            return new S3TestServer(storage, store, s3Proxy, proxy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting S3Proxy", e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start S3Proxy", e);
        }
    }

    /** The endpoint for clients under test: the recording proxy. */
    public URI endpoint() {
        return proxy.endpoint();
    }

    /** S3Proxy itself; requests sent here are not logged and no fault rule applies. */
    public URI directEndpoint() {
        return URI.create("http://127.0.0.1:" + s3Proxy.getPort());
    }

    public RecordingProxy proxy() {
        return proxy;
    }

    public RequestLog log() {
        return proxy.log();
    }

    /** A new SDK client with the SDK's defaults, through the recording proxy. Close it after use. */
    public S3Client newClient() {
        return newClient(S3ClientSettings.defaults());
    }

    public S3Client newClient(S3ClientSettings settings) {
        return settings.build(endpoint());
    }

    /** Creates a bucket with a name not used before on this server. */
    public BucketContents createBucket() {
        return createBucket("bucket-" + bucketNumber.incrementAndGet());
    }

    public BucketContents createBucket(String name) {
        direct.createBucket(request -> request.bucket(name));
        return bucket(name);
    }

    /** The bucket's contents, read and written directly on S3Proxy. */
    public BucketContents bucket(String name) {
        return new BucketContents(direct, store, name);
    }

    /**
     * A plain, unsigned HTTP GET of a raw path-style path ({@code /bucket/key}, percent-encoded exactly as given)
     * through the recording proxy, the way a browser fetches a published URL. S3Proxy answers anonymous GETs only
     * for objects with a public-read ACL (a bucket ACL is not enough): see {@link BucketContents#makePublicRead}.
     */
    public HttpResponse<byte[]> httpGet(String rawPath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + rawPath)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + rawPath + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + rawPath, e);
        }
    }

    /** Properties that point Spring Cloud AWS's S3 client at {@link #endpoint()}. */
    public Map<String, String> springCloudAwsProperties() {
        return Map.of(
                "spring.cloud.aws.s3.endpoint", endpoint().toString(),
                "spring.cloud.aws.s3.path-style-access-enabled", "true",
                "spring.cloud.aws.region.static", REGION.id(),
                "spring.cloud.aws.credentials.access-key", ACCESS_KEY,
                "spring.cloud.aws.credentials.secret-key", SECRET_KEY);
    }

    /** Between tests: empties the request log, removes every fault rule, and listens again if stopped. */
    public void reset() {
        proxy.clearRules();
        try {
            proxy.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restart the recording proxy on port " + proxy.port(), e);
        }
        proxy.log().clear();
    }

    @Override
    public void close() throws Exception {
        direct.close();
        proxy.close();
        s3Proxy.stop();
        store.close();
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(S3TestServer::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
