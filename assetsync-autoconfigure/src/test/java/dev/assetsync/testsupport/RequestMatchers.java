package dev.assetsync.testsupport;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/** Predicates over {@link S3Request}s for {@link FaultRule}s. Combine them with {@link Predicate#and}. */
public final class RequestMatchers {

    private RequestMatchers() {
    }

    public static Predicate<S3Request> anyRequest() {
        return request -> true;
    }

    public static Predicate<S3Request> operation(S3Operation first, S3Operation... more) {
        EnumSet<S3Operation> operations = EnumSet.of(first, more);
        return request -> operations.contains(request.operation());
    }

    /** Requests for exactly this (decoded) key. */
    public static Predicate<S3Request> key(String key) {
        return request -> request.key().equals(key);
    }

    public static Predicate<S3Request> keyStartsWith(String prefix) {
        return request -> request.key().startsWith(prefix);
    }

    public static Predicate<S3Request> writes() {
        return S3Request::isWrite;
    }

    public static Predicate<S3Request> hasHeader(String name) {
        return request -> request.hasHeader(name);
    }

    /** Requests carrying any header whose name starts with the prefix, ignoring case. */
    public static Predicate<S3Request> hasHeaderStartingWith(String prefix) {
        return request -> request.headers().keySet().stream()
                .anyMatch(name -> name.regionMatches(true, 0, prefix, 0, prefix.length()));
    }

    /** Requests with a canned ACL header ({@code x-amz-acl}). */
    public static Predicate<S3Request> aclHeader() {
        return hasHeader("x-amz-acl");
    }

    /**
     * Requests carrying flexible-checksum headers or trailers: {@code x-amz-checksum-*} (this includes
     * {@code x-amz-checksum-mode} on GetObject), {@code x-amz-sdk-checksum-algorithm}, or an
     * {@code x-amz-trailer} that announces a checksum.
     */
    public static Predicate<S3Request> checksumHeaders() {
        return hasHeaderStartingWith("x-amz-checksum-")
                .or(hasHeader("x-amz-sdk-checksum-algorithm"))
                .or(request -> request.headers().getOrDefault("x-amz-trailer", List.of()).stream()
                        .anyMatch(value -> value.toLowerCase().contains("x-amz-checksum-")));
    }
}
