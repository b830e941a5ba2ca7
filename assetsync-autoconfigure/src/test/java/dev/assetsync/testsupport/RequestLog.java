package dev.assetsync.testsupport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-safe log of the requests that went through a {@link RecordingProxy}, in arrival order.
 * Requests that were still in flight when {@link #clear()} ran are not logged when they finish.
 */
public final class RequestLog {

    private final AtomicLong lastSequence = new AtomicLong();
    private final List<RecordedRequest> entries = new ArrayList<>();
    private long firstKept = 1;

    /** Every logged request, in arrival order. */
    public synchronized List<RecordedRequest> requests() {
        return entries.stream().sorted(Comparator.comparingLong(RecordedRequest::sequence)).toList();
    }

    public List<RecordedRequest> requests(S3Operation operation) {
        return requests().stream().filter(r -> r.operation() == operation).toList();
    }

    /** Number of requests of that operation, failed attempts and retries included. */
    public long count(S3Operation operation) {
        return requests(operation).size();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Every mutating request (PUT, POST, DELETE), whatever its outcome. */
    public List<RecordedRequest> writes() {
        return requests().stream().filter(r -> r.request().isWrite()).toList();
    }

    /**
     * Keys that were successfully written, in arrival order: PutObject, CopyObject destinations and
     * completed multipart uploads. A key written twice appears twice; failed attempts do not appear.
     */
    public List<String> keysWritten() {
        return requests().stream()
                .filter(r -> r.succeeded() && switch (r.operation()) {
                    case PUT_OBJECT, COPY_OBJECT, COMPLETE_MULTIPART_UPLOAD -> true;
                    default -> false;
                })
                .map(RecordedRequest::key)
                .toList();
    }

    public synchronized void clear() {
        entries.clear();
        firstKept = lastSequence.get() + 1;
    }

    long nextSequence() {
        return lastSequence.incrementAndGet();
    }

    synchronized RecordedRequest add(long sequence, S3Request request, int status, boolean injected) {
        RecordedRequest recorded = new RecordedRequest(sequence, request, status, injected);
        if (sequence >= firstKept) {
            entries.add(recorded);
        }
        return recorded;
    }
}
