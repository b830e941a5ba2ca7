package dev.assetsync.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the publish profile ({@code assetsync.publish-profile}, "publish" by default) is active. */
class OnPublishProfileCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return publishProfileActive(context.getEnvironment())
                ? ConditionOutcome.match("publish profile '" + profile(context.getEnvironment()) + "' is active")
                : ConditionOutcome.noMatch("publish profile '" + profile(context.getEnvironment())
                        + "' is not active");
    }

    static boolean publishProfileActive(Environment environment) {
        return environment.matchesProfiles(profile(environment));
    }

    static String profile(Environment environment) {
        return environment.getProperty("assetsync.publish-profile", "publish");
    }
}
