package dev.assetsync.stage.rewrite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Percent-decoding for lookup and percent-encoding for the rare reference that has to be written anew. */
public final class PercentCoding {

    private static final String HEX = "0123456789ABCDEF";

    private PercentCoding() {
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8 and normalises to NFC, the form logical paths are in. A {@code %}
     * that does not start a valid sequence stays as it is (authors write {@code 100%.svg}); {@code +} is not a
     * space in a URL path.
     */
    public static String decode(String written) {
        if (written.indexOf('%') < 0) {
            return Normalizer.normalize(written, Normalizer.Form.NFC);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(written.length());
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c == '%' && i + 2 < written.length() && hex(written.charAt(i + 1)) >= 0 && hex(written.charAt(i + 2)) >= 0) {
                bytes.write(hex(written.charAt(i + 1)) * 16 + hex(written.charAt(i + 2)));
                i += 3;
            }
            else {
                int next = written.offsetByCodePoints(i, 1);
                bytes.writeBytes(written.substring(i, next).getBytes(StandardCharsets.UTF_8));
                i = next;
            }
        }
        return Normalizer.normalize(bytes.toString(StandardCharsets.UTF_8), Normalizer.Form.NFC);
    }

    /**
     * Encodes one path segment so it survives unquoted in CSS and as a URL path on S3: unreserved characters,
     * non-ASCII characters and {@code ! $ & * , ; = : @} stay; everything else, including space, quotes,
     * parentheses, {@code %} and {@code +}, becomes {@code %XX}.
     */
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 8);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= 0x80 || isAllowed(c)) {
                out.append(c);
            }
            else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&*,;=:@".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return HEX.indexOf(Character.toUpperCase(c));
    }
}
