package dev.assetsync.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import software.amazon.awssdk.services.s3.S3Client;

import dev.assetsync.collect.ClasspathAssetCollector;
import dev.assetsync.publish.PublishException;
import dev.assetsync.publish.StaticAssetPublisher;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishListener;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.ExpectedCase;
import dev.assetsync.testsupport.S3ClientSettings;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.upload.S3ObjectStore;

/**
 * Runs the real publisher on one release of a case, as the application would: the release's {@code classes/} and
 * {@code jars/*.jar} (in file name order) on a class loader of their own, the classpath collector, an SDK client
 * through the test server's recording proxy. Each publisher gets a fresh bucket.
 */
final class CasePublisher {

    private final S3TestServer server;

    private final ExpectedCase expected;

    private final BucketContents bucket;

    private final List<PublishEvent> events = Collections.synchronizedList(new ArrayList<>());

    CasePublisher(S3TestServer server, String caseId) {
        this(server, ExpectedCase.load(caseId), server.createBucket());
    }

    private CasePublisher(S3TestServer server, ExpectedCase expected, BucketContents bucket) {
        this.server = server;
        this.expected = expected;
        this.bucket = bucket;
    }

    /** A second publisher of the same case on the same bucket, with events of its own: a concurrent pipeline. */
    CasePublisher onSameBucket() {
        return new CasePublisher(this.server, this.expected, this.bucket);
    }

    /** A publisher of a test's own releases ({@link #publish(Path, UnaryOperator)}), which has no expected files. */
    static CasePublisher withoutCase(S3TestServer server) {
        return new CasePublisher(server, null, server.createBucket());
    }

    ExpectedCase expected() {
        if (this.expected == null) {
            throw new IllegalStateException("This publisher runs a test's own releases and has no expected files");
        }
        return this.expected;
    }

    BucketContents bucket() {
        return this.bucket;
    }

    /** Events of every run so far, in order. */
    List<PublishEvent> events() {
        return List.copyOf(this.events);
    }

    PublishReport publish(String release) {
        return publish(release, UnaryOperator.identity());
    }

    PublishReport publish(String release, UnaryOperator<CaseSettings> change) {
        return publish(expected().input(release), change);
    }

    /** Publishes the release whose classes and jars are in that folder. */
    PublishReport publish(Path releaseFolder, UnaryOperator<CaseSettings> change) {
        try (URLClassLoader loader = classLoader(releaseFolder)) {
            return publish(loader, change);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Publishes what that class loader holds, as an application launched with it would. */
    PublishReport publish(ClassLoader loader, UnaryOperator<CaseSettings> change) {
        return publish(loader, this.server.endpoint(), this.bucket.name(), change.apply(CaseSettings.defaults()),
                this.events::add);
    }

    /** One run of the real publisher with an SDK client for that endpoint, whichever S3 API serves it. */
    static PublishReport publish(ClassLoader loader, URI endpoint, String bucket, CaseSettings settings,
            PublishListener listener) {
        try (S3Client s3 = S3ClientSettings.defaults()
            .withChecksumCalculation(settings.checksums())
            .withMaxAttempts(settings.maxAttempts())
            .build(endpoint)) {
            StaticAssetPublisher publisher = new StaticAssetPublisher(
                    new ClasspathAssetCollector(loader, settings.locations(), List.of(), List.of()),
                    new S3ObjectStore(s3, bucket, settings.acl(), settings.encryption(), settings.multipartThreshold(),
                            settings.partSize()),
                    settings.toPublishSettings(bucket), listener, settings.clock());
            return publisher.publish();
        }
    }

    PublishException publishFails(String release, UnaryOperator<CaseSettings> change) {
        return publishFails(this.expected.input(release), change);
    }

    PublishException publishFails(Path releaseFolder, UnaryOperator<CaseSettings> change) {
        try {
            publish(releaseFolder, change);
        }
        catch (PublishException ex) {
            return ex;
        }
        throw new AssertionError("The publish of " + releaseFolder + " succeeded but was expected to fail");
    }

    /** The release's {@code classes/} then its {@code jars/*.jar} in file name order, nothing else. */
    static URLClassLoader classLoader(Path releaseFolder) throws IOException {
        List<URL> urls = new ArrayList<>();
        Path classes = releaseFolder.resolve("classes");
        if (Files.isDirectory(classes)) {
            urls.add(url(classes));
        }
        Path jars = releaseFolder.resolve("jars");
        if (Files.isDirectory(jars)) {
            try (Stream<Path> files = Files.list(jars)) {
                for (Path jar : files.filter((file) -> file.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(url(jar));
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        }
        catch (MalformedURLException ex) {
            throw new IllegalArgumentException(path.toString(), ex);
        }
    }
}
