package dev.assetsync.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start line and header fields of an HTTP/1.1 message, with the exact bytes it was read from so the
 * proxy can forward it unchanged (a rewritten head would break SigV4 signatures).
 */
record HttpHead(String startLine, Map<String, List<String>> fields, byte[] raw) {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    /** Reads up to and including the empty line; empty if the stream ends cleanly before the first byte. */
    static Optional<HttpHead> read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (raw.size() == 0) {
                    return Optional.empty();
                }
                throw new EOFException("Stream ended inside an HTTP head after " + raw.size() + " bytes");
            }
            raw.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (raw.size() > MAX_HEAD_BYTES) {
                throw new IOException("HTTP head longer than " + MAX_HEAD_BYTES + " bytes");
            }
        }
        return Optional.of(parse(raw.toByteArray()));
    }

    static HttpHead parse(byte[] raw) {
        String[] lines = new String(raw, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        return new HttpHead(lines[0], fields, raw);
    }

    String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    String target() {
        String[] parts = startLine.split(" ");
        return parts[1];
    }

    int status() {
        return Integer.parseInt(startLine.split(" ")[1]);
    }

    /** All values of a field, names compared case-insensitively. */
    List<String> values(String name) {
        return fields.entrySet().stream()
                .filter(field -> field.getKey().equalsIgnoreCase(name))
                .flatMap(field -> field.getValue().stream())
                .toList();
    }

    Optional<String> value(String name) {
        return values(name).stream().findFirst();
    }

    /** Whether a comma-separated field such as Connection or Transfer-Encoding lists the token. */
    boolean hasToken(String name, String token) {
        return values(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(item -> item.trim().equalsIgnoreCase(token));
    }
}
