package dev.assetsync.testsupport;

/** Runs on the proxy's connection thread after a matching request's response was sent to the client. */
@FunctionalInterface
public interface ResponseHook {

    /** May block (await a latch or barrier) to hold the client's next request on this connection. */
    void afterResponse(RecordedRequest exchange) throws Exception;
}
