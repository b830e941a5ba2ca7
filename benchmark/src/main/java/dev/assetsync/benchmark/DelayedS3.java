package dev.assetsync.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;

/**
 * S3Proxy behind the recording proxy, which counts every request by kind and holds each one back by a set
 * round-trip time before forwarding it, as a distant S3 region would.
 */
final class DelayedS3 implements AutoCloseable {

    private final S3TestServer server = S3TestServer.start();

    private final Duration rtt;

    private final AtomicLong firstRequestNanos = new AtomicLong();

    DelayedS3(Duration rtt) {
        this.rtt = rtt;
        this.server.proxy().addRule(FaultRule.when((request) -> true).beforeForwarding((request) ->
                this.firstRequestNanos.compareAndSet(0, System.nanoTime())));
        if (!rtt.isZero()) {
            this.server.proxy().addRule(FaultRule.when((request) -> true).delay(rtt));
        }
    }

    URI endpoint() {
        return this.server.endpoint();
    }

    Duration rtt() {
        return this.rtt;
    }

    String createBucket() {
        return this.server.createBucket().name();
    }

    /** Forgets the requests so far, before a run. */
    void startCounting() {
        this.server.log().clear();
        this.firstRequestNanos.set(0);
    }

    /** When the first request since {@link #startCounting()} arrived ({@link System#nanoTime()}), or 0. */
    long firstRequestNanos() {
        return this.firstRequestNanos.get();
    }

    /** The requests since {@link #startCounting()} by kind, e.g. {@code PUT_OBJECT=4511}. */
    Map<String, Integer> requestsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (RecordedRequest request : this.server.log().requests()) {
            kinds.merge(kind(request), 1, Integer::sum);
        }
        return kinds;
    }

    /** S3Operation's name, and for what it does not tell apart, the method and query (ListObjects V1, ACLs). */
    private static String kind(RecordedRequest recorded) {
        if (recorded.operation() != S3Operation.OTHER) {
            return recorded.operation().name();
        }
        String query = recorded.request().rawQuery();
        return recorded.request().method() + ((query == null || query.isEmpty()) ? ""
                : "?" + query.replaceAll("=[^&]*", "").replace('&', ','));
    }

    /**
     * Times unsigned requests (S3Proxy answers them with 403 at once) directly and through the delay, and
     * returns the medians in milliseconds: what each request of a client really waits.
     */
    List<Double> measureBareRequest() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<Double> medians = new ArrayList<>();
        for (URI uri : List.of(this.server.directEndpoint(), this.server.endpoint())) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                http.send(HttpRequest.newBuilder(uri.resolve("/no-such-bucket")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            medians.add(Stats.median(millis.subList(2, millis.size())));
        }
        this.server.log().clear();
        return medians;
    }

    @Override
    public void close() throws Exception {
        this.server.close();
    }
}
