package dev.assetsync.testsupport;

/**
 * A request that went through the recording proxy and how it ended.
 *
 * @param sequence arrival order at the proxy since it started; {@link RequestLog#clear()} does not reset it
 * @param request  what was asked
 * @param status   final HTTP status the client received, or {@link #NO_RESPONSE}
 * @param injected whether the response came from a fault rule instead of the S3 server
 */
public record RecordedRequest(long sequence, S3Request request, int status, boolean injected) {

    /** Status of a request whose connection was cut before a response was sent. */
    public static final int NO_RESPONSE = 0;

    public S3Operation operation() {
        return request.operation();
    }

    public String key() {
        return request.key();
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
