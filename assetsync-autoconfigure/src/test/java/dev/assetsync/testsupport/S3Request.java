package dev.assetsync.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the recording proxy saw it, read as a path-style S3 request.
 *
 * @param method    HTTP method
 * @param rawPath   request path exactly as sent, still percent-encoded
 * @param rawQuery  query string exactly as sent (without {@code ?}), empty if none
 * @param bucket    first path segment, decoded
 * @param key       rest of the path after the bucket, decoded (a {@code +} stays a {@code +}); empty for bucket requests
 * @param query     decoded query parameters in order; a parameter without {@code =} has the value {@code ""}
 * @param headers   header values by name, names compared case-insensitively
 * @param operation what S3 operation this is
 */
public record S3Request(String method, String rawPath, String rawQuery, String bucket, String key,
        Map<String, List<String>> query, Map<String, List<String>> headers, S3Operation operation) {

    public S3Request {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values), S3Request::concat));
        headers = Collections.unmodifiableMap(caseInsensitive);
    }

    /**
     * Reads a request line's method and target plus its header fields.
     *
     * @param target origin-form request target ({@code /bucket/key?query})
     */
    public static S3Request of(String method, String target, Map<String, List<String>> headers) {
        int queryStart = target.indexOf('?');
        String rawPath = queryStart < 0 ? target : target.substring(0, queryStart);
        String rawQuery = queryStart < 0 ? "" : target.substring(queryStart + 1);
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        int slash = path.indexOf('/');
        String bucket = percentDecode(slash < 0 ? path : path.substring(0, slash));
        String key = slash < 0 ? "" : percentDecode(path.substring(slash + 1));
        Map<String, List<String>> query = parseQuery(rawQuery);
        TreeMap<String, List<String>> headerMap = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headerMap.putAll(headers);
        return new S3Request(method, rawPath, rawQuery, bucket, key, query, headers,
                S3Operation.classify(method, key, query, headerMap));
    }

    /** First value of the header, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    /** First value of the query parameter, if present. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the request may change server state: every PUT, POST and DELETE. */
    public boolean isWrite() {
        return method.equals("PUT") || method.equals("POST") || method.equals("DELETE");
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8. Unlike form decoding, {@code +} stays a literal plus: S3 paths
     * written by SDKs carry a real plus as {@code %2B}, and a raw {@code +} must not silently become a space here.
     */
    static String percentDecode(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int high = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (bytes[i] == '%' && low >= 0) {
                decoded.write(high * 16 + low);
                i += 2;
            } else {
                decoded.write(bytes[i]);
            }
        }
        return decoded.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        query.replaceAll((name, values) -> List.copyOf(values));
        return query;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
