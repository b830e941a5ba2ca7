package dev.assetsync.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules that fired on one request add up to: the sum of their delays, their hooks, and the first
 * action that replaces forwarding.
 */
record FaultPlan(Duration delay, List<RequestHook> beforeHooks, List<ResponseHook> afterHooks,
        Optional<FaultAction> replacement) {

    /**
     * Every rule sees every request, so counting schedules stay predictable even when an earlier rule
     * already decided the outcome.
     */
    static FaultPlan of(List<FaultRule> rules, S3Request request) {
        Duration delay = Duration.ZERO;
        List<RequestHook> beforeHooks = new ArrayList<>();
        List<ResponseHook> afterHooks = new ArrayList<>();
        Optional<FaultAction> replacement = Optional.empty();
        for (FaultRule rule : rules) {
            if (!rule.fires(request)) {
                continue;
            }
            FaultAction action = rule.action();
            if (action instanceof FaultAction.Delay pause) {
                delay = delay.plus(pause.duration());
            } else if (action instanceof FaultAction.BeforeForwarding before) {
                beforeHooks.add(before.hook());
            } else if (action instanceof FaultAction.AfterResponse after) {
                afterHooks.add(after.hook());
            } else if (replacement.isEmpty()) {
                replacement = Optional.of(action);
            }
        }
        return new FaultPlan(delay, List.copyOf(beforeHooks), List.copyOf(afterHooks), replacement);
    }
}
