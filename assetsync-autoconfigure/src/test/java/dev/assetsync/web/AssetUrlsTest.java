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
                    "fonts/f.eot", new ManifestEntry("fonts/f.fedcba987654.eot", 3, "fedcba987654fedcba987654fedcba98"),
                    "img/a+b c.png", new ManifestEntry("img/a+b c.5d41402abc4b.png", 5, "5d41402abc4b2a76b9719d911017c592"),
                    "docs/100%#1.txt", new ManifestEntry("docs/100%#1.9a0364b9e99b.txt", 4, "9a0364b9e99bb480dd25e1f0284c8555")))));

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
    void linksArePercentEncodedAndMatchedDecoded() {
        // S3 reads a raw '+' in a URL path as a space, and '%' or '#' would end or break the path.
        assertThat(this.urls.url("/img/a+b c.png")).isEqualTo("https://cdn.example.com/static/img/a%2Bb%20c.5d41402abc4b.png");
        assertThat(this.urls.url("/img/a%2Bb%20c.png?v=1"))
            .isEqualTo("https://cdn.example.com/static/img/a%2Bb%20c.5d41402abc4b.png?v=1");
        assertThat(this.urls.url("/docs/100%25%231.txt"))
            .isEqualTo("https://cdn.example.com/static/docs/100%25%231.9a0364b9e99b.txt");
    }

    @Test
    void withoutPublicUrlEveryPathStaysAsGiven() {
        assertThat(AssetUrls.servedByApplication().url("/css/app.css")).isEqualTo("/css/app.css");
    }

    @Test
    void unknownPathIsLeftAsGiven() {
        assertThat(this.urls.url("/api/items")).isEqualTo("/api/items");
        assertThat(this.urls.find("css/missing.css")).isEmpty();
    }
}
