package dev.assetsync.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks and normalises {@code assetsync.public-url}: an absolute http(s) URL, or a path on the same host. */
public final class PublicUrl {

    private PublicUrl() {
    }

    /**
     * @return the URL ending with '/'
     * @throws IllegalArgumentException with a message naming the setting when it is not usable
     */
    public static String normalise(String publicUrl) {
        String problem = problem(publicUrl);
        if (problem != null) {
            throw new IllegalArgumentException("assetsync.public-url '" + publicUrl + "' " + problem);
        }
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    private static String problem(String publicUrl) {
        if (publicUrl.isBlank()) {
            return "is empty";
        }
        URI uri;
        try {
            uri = new URI(publicUrl);
        }
        catch (URISyntaxException ex) {
            return "is not a URL (" + ex.getReason() + ")";
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return "has a query or fragment; give the folder the prefix is served from";
        }
        if (uri.isAbsolute()) {
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return (web && uri.getHost() != null) ? null : "is not an http(s) URL with a host";
        }
        return publicUrl.startsWith("/") ? null : "is neither an http(s) URL nor a path starting with '/'";
    }
}
