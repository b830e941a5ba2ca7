package dev.assetsync.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Versions of the WebJars the page links, which are part of their paths ({@code /webjars/bootstrap/5.3.8/...}).
 * The build writes them into application.yml from the pom, so that the two never disagree.
 *
 * @param bootstrap version of {@code org.webjars.npm:bootstrap}
 * @param bootstrapIcons version of {@code org.webjars.npm:bootstrap-icons}
 */
@ConfigurationProperties("sample.webjars")
public record WebJarVersions(String bootstrap, String bootstrapIcons) {
}
