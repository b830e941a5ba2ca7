package dev.assetsync.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a start with the publish profile a short job: no web server. Added as the lowest-precedence source, so an
 * application's own setting wins.
 */
class PublishProfileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("assetsync.enabled", Boolean.class, false)
                && OnPublishProfileCondition.publishProfileActive(environment)) {
            environment.getPropertySources().addLast(new MapPropertySource("assetsyncPublishJob",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }

    @Override
    public int getOrder() {
        // After the config data (application.yml and profiles) is loaded, so that the profile and setting are known.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
