package dev.assetsync.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a start with the publish profile a short job: no web server, added as the lowest-precedence source so that
 * an application's own setting wins. A start with the publish profile but without {@code assetsync.enabled} fails at
 * once, naming both.
 */
class PublishProfileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!OnPublishProfileCondition.publishProfileActive(environment)) {
            return;
        }
        if (!environment.getProperty("assetsync.enabled", Boolean.class, false)) {
            // Without this the job would start the ordinary application, web server included, and a deploy step
            // would wait for it for ever.
            throw new AssetSyncConfigurationException("The publish profile '"
                    + OnPublishProfileCondition.profile(environment) + "' is active but assetsync.enabled is not "
                    + "true, so this start would publish nothing and run as the ordinary application.",
                    "Set assetsync.enabled=true in application.yml (or --assetsync.enabled=true), or start without "
                            + "the publish profile. If the profile means something else in this application, name "
                            + "another one with assetsync.publish-profile.", null);
        }
        environment.getPropertySources().addLast(new MapPropertySource("assetsyncPublishJob",
                Map.of("spring.main.web-application-type", "none")));
    }

    @Override
    public int getOrder() {
        // After the config data (application.yml and profiles) is loaded, so that the profile and setting are known.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
