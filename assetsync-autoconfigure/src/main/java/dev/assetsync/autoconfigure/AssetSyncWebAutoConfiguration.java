package dev.assetsync.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.assetsync.collect.AssetCollector;
import dev.assetsync.manifest.Manifest;
import dev.assetsync.stage.StageOptions;
import dev.assetsync.stage.Stager;
import dev.assetsync.web.AssetUrlEncodingFilter;
import dev.assetsync.web.AssetUrls;
import dev.assetsync.web.PublicUrl;

/**
 * Links from the running application to the published files, when {@code assetsync.public-url} is set: the
 * application computes its release's hashed names from its own classpath at startup, with the publisher's code and
 * without any request to S3, and its views link to the published URLs. Without it, the {@link AssetUrls} bean is
 * still there, so that templates using it work in development too, and leaves every link as Spring serves it.
 */
@AutoConfiguration(after = AssetSyncAutoConfiguration.class)
@ConditionalOnBooleanProperty("assetsync.enabled")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ Filter.class, OncePerRequestFilter.class })
public class AssetSyncWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AssetUrls assetUrls(ObjectProvider<AssetCollector> assetCollector, AssetSyncProperties properties) {
        if (properties.getPublicUrl() == null) {
            return AssetUrls.servedByApplication();
        }
        String publicUrl;
        try {
            publicUrl = PublicUrl.normalise(properties.getPublicUrl());
        }
        catch (IllegalArgumentException ex) {
            throw new AssetSyncConfigurationException(ex.getMessage() + ".", "Set assetsync.public-url to where "
                    + "the bucket prefix is served, such as https://cdn.example.com/static/, or remove it to "
                    + "serve the files from the application.", ex);
        }
        return new AssetUrls(publicUrl, releaseManifest(assetCollector.getObject(), properties.isRewriteJsImports()));
    }

    @Bean
    @ConditionalOnProperty("assetsync.public-url")
    @ConditionalOnMissingBean(AssetUrlEncodingFilter.class)
    FilterRegistrationBean<AssetUrlEncodingFilter> assetUrlEncodingFilter(AssetUrls assetUrls) {
        FilterRegistrationBean<AssetUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new AssetUrlEncodingFilter(assetUrls));
        // Early, so that the wrapper is in place before any view encodes a URL.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    private static Manifest releaseManifest(AssetCollector assetCollector, boolean rewriteJsImports) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("assetsync-urls-");
            return Manifest.of(new Stager(new StageOptions(rewriteJsImports, Runtime.getRuntime()
                .availableProcessors())).stage(assetCollector.collect().assets(), staging).files());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot compute the hashed names of the static files", ex);
        }
        finally {
            deleteStaging(staging);
        }
    }

    private static void deleteStaging(Path staging) {
        if (staging != null) {
            try {
                FileSystemUtils.deleteRecursively(staging);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot remove the temporary folder " + staging, ex);
            }
        }
    }
}
