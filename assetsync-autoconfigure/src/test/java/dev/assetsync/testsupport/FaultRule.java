package dev.assetsync.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A request predicate, a schedule over the matching requests, and the action taken when the schedule fires.
 * Each rule counts its own matches: {@code everyNth(7)} fires on the 7th, 14th, … matching request.
 *
 * <pre>{@code
 * FaultRule.when(RequestMatchers.operation(S3Operation.PUT_OBJECT)).everyNth(7).respond(503, "SlowDown", "Reduce your request rate.")
 * }</pre>
 */
public final class FaultRule {

    private final Predicate<S3Request> matcher;
    private final IntPredicate schedule;
    private final FaultAction action;
    private final AtomicInteger matches = new AtomicInteger();

    private FaultRule(Predicate<S3Request> matcher, IntPredicate schedule, FaultAction action) {
        this.matcher = matcher;
        this.schedule = schedule;
        this.action = action;
    }

    public static Builder when(Predicate<S3Request> matcher) {
        return new Builder(matcher);
    }

    /** How many requests matched the predicate so far, whether or not the schedule fired. */
    public int matchCount() {
        return matches.get();
    }

    public FaultAction action() {
        return action;
    }

    /** Counts the request if it matches and tells whether the action applies to it. */
    boolean fires(S3Request request) {
        return matcher.test(request) && schedule.test(matches.incrementAndGet());
    }

    /** Chooses when the rule fires (default: on every match) and what it does. */
    public static final class Builder {

        private final Predicate<S3Request> matcher;
        private IntPredicate schedule = match -> true;

        private Builder(Predicate<S3Request> matcher) {
            this.matcher = matcher;
        }

        public Builder always() {
            schedule = match -> true;
            return this;
        }

        /** Fires on the first {@code times} matches only. */
        public Builder firstTimes(int times) {
            schedule = match -> match <= times;
            return this;
        }

        /** Fires on every {@code n}th match: n, 2n, 3n, … */
        public Builder everyNth(int n) {
            schedule = match -> match % n == 0;
            return this;
        }

        /** Fires on the {@code n}th match only. */
        public Builder onlyNth(int n) {
            schedule = match -> match == n;
            return this;
        }

        public FaultRule respond(int status, String code, String message) {
            return then(new FaultAction.ErrorResponse(status, code, message));
        }

        public FaultRule delay(Duration duration) {
            return then(new FaultAction.Delay(duration));
        }

        public FaultRule beforeForwarding(RequestHook hook) {
            return then(new FaultAction.BeforeForwarding(hook));
        }

        public FaultRule afterResponse(ResponseHook hook) {
            return then(new FaultAction.AfterResponse(hook));
        }

        public FaultRule dropConnection() {
            return then(new FaultAction.DropConnection());
        }

        public FaultRule loseResponse() {
            return then(new FaultAction.LoseResponse());
        }

        public FaultRule stopProxy() {
            return then(new FaultAction.StopProxy());
        }

        public FaultRule then(FaultAction action) {
            return new FaultRule(matcher, schedule, action);
        }
    }
}
