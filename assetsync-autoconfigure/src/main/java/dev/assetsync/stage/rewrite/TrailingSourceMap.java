package dev.assetsync.stage.rewrite;

/**
 * The {@code sourceMappingURL} comment at the very end of a file. Only a comment that nothing but whitespace
 * (or, in scripts, other line comments) follows is a reference: the same text earlier in the file sits in a
 * string or in a bundle concatenated from several files, and browsers only use the last one.
 */
final class TrailingSourceMap {

    private static final String KEY = "sourceMappingURL=";

    private TrailingSourceMap() {
    }

    /**
     * Adds the URL of the trailing {@code /*# sourceMappingURL=x *}{@code /} comment, or with
     * {@code lineComments} also of a trailing {@code //# sourceMappingURL=x} line ({@code @} instead of
     * {@code #} is the older spelling).
     */
    static void find(byte[] content, boolean lineComments, ReferenceRanges out) {
        int end = trimEnd(content, content.length);
        if (end >= 4 && content[end - 2] == '*' && content[end - 1] == '/') {
            int open = lastCommentOpen(content, end - 2);
            if (open >= 0) {
                addIfSourceMap(content, open + 2, end - 2, out);
            }
            return;
        }
        while (lineComments && end > 0) {
            int lineStart = lastNewline(content, end) + 1;
            int text = lineStart;
            while (text < end && Bytes.isWhitespace(content[text])) {
                text++;
            }
            if (!Bytes.startsWith(content, text, "//") || addIfSourceMap(content, text + 2, end, out)) {
                return;
            }
            end = trimEnd(content, lineStart);
        }
    }

    /** Comment body {@code [from, to)} of the form {@code # sourceMappingURL=<url>} followed by whitespace only. */
    private static boolean addIfSourceMap(byte[] content, int from, int to, ReferenceRanges out) {
        if (from >= to || (content[from] != '#' && content[from] != '@')) {
            return false;
        }
        int i = from + 1;
        while (i < to && (content[i] == ' ' || content[i] == '\t')) {
            i++;
        }
        if (to - i < KEY.length() || !Bytes.startsWith(content, i, KEY)) {
            return false;
        }
        int urlStart = i + KEY.length();
        int urlEnd = urlStart;
        while (urlEnd < to && !Bytes.isWhitespace(content[urlEnd])) {
            urlEnd++;
        }
        for (int rest = urlEnd; rest < to; rest++) {
            if (!Bytes.isWhitespace(content[rest])) {
                return false;
            }
        }
        out.add(urlStart, urlEnd);
        return true;
    }

    private static int lastCommentOpen(byte[] content, int closeAt) {
        for (int i = closeAt - 2; i >= 0; i--) {
            if (content[i] == '/' && content[i + 1] == '*') {
                return i;
            }
        }
        return -1;
    }

    private static int lastNewline(byte[] content, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int trimEnd(byte[] content, int end) {
        while (end > 0 && Bytes.isWhitespace(content[end - 1])) {
            end--;
        }
        return end;
    }
}
