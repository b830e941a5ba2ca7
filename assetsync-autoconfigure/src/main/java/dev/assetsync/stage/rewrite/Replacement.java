package dev.assetsync.stage.rewrite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * New text for the byte range {@code [start, end)} of a file.
 *
 * @param text written as UTF-8
 */
public record Replacement(int start, int end, String text) {

    /**
     * Applies non-overlapping replacements given in byte order. Bytes outside the replaced ranges are copied as
     * they are, so line endings, BOM and every non-ASCII byte stay identical.
     */
    public static byte[] applyAll(byte[] content, List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return content;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16 * replacements.size());
        int copied = 0;
        for (Replacement replacement : replacements) {
            if (replacement.start() < copied) {
                throw new IllegalArgumentException("Replacements overlap or are out of order at byte " + replacement.start());
            }
            out.write(content, copied, replacement.start() - copied);
            out.writeBytes(replacement.text().getBytes(StandardCharsets.UTF_8));
            copied = replacement.end();
        }
        out.write(content, copied, content.length - copied);
        return out.toByteArray();
    }
}
