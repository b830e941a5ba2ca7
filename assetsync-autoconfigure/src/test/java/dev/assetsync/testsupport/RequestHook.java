package dev.assetsync.testsupport;

/** Runs on the proxy's connection thread after a matching request's head was read, before it is forwarded. */
@FunctionalInterface
public interface RequestHook {

    /**
     * May block, e.g. on a barrier shared by two clients, so that both requests reach S3 only once both
     * have arrived.
     */
    void beforeForwarding(S3Request request) throws Exception;
}
