package dev.assetsync.web;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestEntry;

import static org.assertj.core.api.Assertions.assertThat;

class AssetUrlsTest {

    private final AssetUrls urls = new AssetUrls("https://cdn.example.com/static/", new Manifest(new TreeMap<>(
            Map.of("css/app.css", new ManifestEntry("css/app.0123456789ab.css", 10, "0123456789ab0123456789ab01234567"),
                    "fonts/f.eot", new ManifestEntry("fonts/f.fedcba987654.eot", 3, "fedcba987654fedcba987654fedcba98")))));

    @Test
    void publishedPathBecomesItsHashedUrl() {
        assertThat(this.urls.url("css/app.css")).isEqualTo("https://cdn.example.com/static/css/app.0123456789ab.css");
        assertThat(this.urls.url("/css/app.css")).isEqualTo("https://cdn.example.com/static/css/app.0123456789ab.css");
    }

    @Test
    void queryAndFragmentAreKept() {
        assertThat(this.urls.url("/fonts/f.eot?#iefix"))
            .isEqualTo("https://cdn.example.com/static/fonts/f.fedcba987654.eot?#iefix");
    }

    @Test
    void unknownPathIsLeftAsGiven() {
        assertThat(this.urls.url("/api/items")).isEqualTo("/api/items");
        assertThat(this.urls.find("css/missing.css")).isEmpty();
    }
}
