package dev.assetsync.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.UnusableManifestException;

/**
 * What a CDN in front of the bucket does, on loopback: serves each object at {@code /<key>} with the headers stored
 * on it, fetched with a signed S3 request (the bucket stays private), adds {@code Access-Control-Allow-Origin: *}
 * (fonts and module scripts from another origin need it), and serves the pre-compressed variant the manifest lists
 * when the browser accepts its encoding. Records every request and how it was answered.
 */
final class CdnStandIn implements AutoCloseable {

    private final HttpServer server;

    private final S3Client s3;

    private final String bucket;

    private final Map<String, List<String>> encodingsByKey;

    private final List<Served> served = Collections.synchronizedList(new ArrayList<>());

    private CdnStandIn(HttpServer server, S3Client s3, String bucket, Map<String, List<String>> encodingsByKey) {
        this.server = server;
        this.s3 = s3;
        this.bucket = bucket;
        this.encodingsByKey = encodingsByKey;
    }

    /**
     * @param manifestKey the published manifest, read once, for the compressed variants of each hashed key
     */
    static CdnStandIn start(S3Client s3, String bucket, String prefix, String manifestKey)
            throws IOException, UnusableManifestException {
        Manifest manifest = new ManifestCodec()
            .read(s3.getObjectAsBytes((request) -> request.bucket(bucket).key(manifestKey)).asByteArray());
        Map<String, List<String>> encodings = manifest.entries().values().stream()
            .collect(Collectors.toMap((entry) -> prefix + entry.hashedPath(), (entry) -> entry.encodings(),
                    (first, second) -> first));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CdnStandIn cdn = new CdnStandIn(server, s3, bucket, encodings);
        server.createContext("/", cdn::serve);
        server.start();
        return cdn;
    }

    /** The URL the bucket's key prefix is served at. */
    String url(String prefix) {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/" + prefix;
    }

    List<Served> served() {
        return List.copyOf(this.served);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestURI().getPath().substring(1);
            String encoding = chooseEncoding(key, exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            String objectKey = (encoding == null) ? key : key + (encoding.equals("br") ? ".br" : ".gz");
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            ResponseBytes<GetObjectResponse> object;
            try {
                object = this.s3.getObjectAsBytes((request) -> request.bucket(this.bucket).key(objectKey));
            }
            catch (S3Exception ex) {
                this.served.add(new Served(key, ex.statusCode(), null));
                exchange.sendResponseHeaders(ex.statusCode(), -1);
                return;
            }
            GetObjectResponse head = object.response();
            exchange.getResponseHeaders().set("Content-Type", head.contentType());
            if (head.cacheControl() != null) {
                exchange.getResponseHeaders().set("Cache-Control", head.cacheControl());
            }
            if (head.contentEncoding() != null) {
                exchange.getResponseHeaders().set("Content-Encoding", head.contentEncoding());
            }
            byte[] bytes = object.asByteArrayUnsafe();
            this.served.add(new Served(key, 200, head.contentEncoding()));
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    /** Brotli before gzip, where the browser accepts it and the manifest lists a variant. */
    private String chooseEncoding(String key, String acceptEncoding) {
        List<String> available = this.encodingsByKey.getOrDefault(key, List.of());
        Set<String> accepted = (acceptEncoding == null) ? Set.of() : Arrays.stream(acceptEncoding.split(","))
            .map((token) -> token.split(";")[0].trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
        return List.of("br", "gzip").stream()
            .filter((encoding) -> available.contains(encoding) && accepted.contains(encoding))
            .findFirst()
            .orElse(null);
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    /**
     * One request the stand-in answered.
     *
     * @param key the key asked for
     * @param status the HTTP status sent
     * @param contentEncoding the Content-Encoding of the bytes sent, or null
     */
    record Served(String key, int status, String contentEncoding) {
    }
}
