package dev.assetsync.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns links to static files into their published URLs wherever a view encodes URLs through the response, as
 * Spring's own {@code ResourceUrlEncodingFilter} does for its resource chain: a Thymeleaf {@code @{/css/app.css}}
 * renders {@code https://cdn.example.com/static/css/app.0123456789ab.css}, so templates stay unchanged.
 */
public class AssetUrlEncodingFilter extends OncePerRequestFilter {

    private final AssetUrls assetUrls;

    public AssetUrlEncodingFilter(AssetUrls assetUrls) {
        this.assetUrls = assetUrls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new PublishedUrlResponse(request.getContextPath(), response));
    }

    private final class PublishedUrlResponse extends HttpServletResponseWrapper {

        private final String contextPath;

        PublishedUrlResponse(String contextPath, HttpServletResponse response) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            if (url.startsWith(this.contextPath + "/")) {
                return AssetUrlEncodingFilter.this.assetUrls.find(url.substring(this.contextPath.length()))
                    .orElseGet(() -> super.encodeURL(url));
            }
            return super.encodeURL(url);
        }
    }
}
