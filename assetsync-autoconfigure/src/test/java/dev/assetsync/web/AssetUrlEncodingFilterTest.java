package dev.assetsync.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestEntry;

import static org.assertj.core.api.Assertions.assertThat;

class AssetUrlEncodingFilterTest {

    private final AssetUrlEncodingFilter filter = new AssetUrlEncodingFilter(new AssetUrls(
            "https://cdn.example.com/static/", new Manifest(new TreeMap<>(Map.of("css/app.css",
                    new ManifestEntry("css/app.0123456789ab.css", 10, "0123456789ab0123456789ab01234567"))))));

    @Test
    void viewsEncodingLinksToPublishedFilesGetTheirPublishedUrls() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/");
        request.setContextPath("/shop");
        AtomicReference<HttpServletResponse> seen = new AtomicReference<>();
        this.filter.doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        seen.set((HttpServletResponse) res);
                    }
                });
        assertThat(seen.get().encodeURL("/shop/css/app.css?v=1"))
            .isEqualTo("https://cdn.example.com/static/css/app.0123456789ab.css?v=1");
        assertThat(seen.get().encodeURL("/shop/orders")).isEqualTo("/shop/orders");
        assertThat(seen.get().encodeURL("/elsewhere/css/app.css")).isEqualTo("/elsewhere/css/app.css");
    }
}
