package dev.assetsync.stage.rewrite;

/** Byte classes shared by the CSS and JS scanners; bytes of multi-byte UTF-8 characters count as name bytes. */
final class Bytes {

    private Bytes() {
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
    }

    /** Bytes that may appear in a CSS identifier or a JS identifier name. */
    static boolean isNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '_' || b == '-' || b == '$' || b < 0;
    }

    /** Bytes of a JS identifier name (or number); unlike CSS, {@code -} is an operator. */
    static boolean isJsNameByte(byte b) {
        return b != '-' && isNameByte(b);
    }

    /** Case-insensitive ASCII comparison of {@code content[from, to)} with a lower-case word. */
    static boolean equalsIgnoreCase(byte[] content, int from, int to, String lowerCaseWord) {
        if (to - from != lowerCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            int b = content[from + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] content, int at, String ascii) {
        if (at < 0 || at + ascii.length() > content.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (content[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Index of the quote that closes the string opened at {@code quoteAt}, or of the unescaped newline or end of
     * content that cut it short (never a quote, so callers can tell the two apart).
     */
    static int stringEnd(byte[] content, int quoteAt) {
        byte quote = content[quoteAt];
        int i = quoteAt + 1;
        while (i < content.length) {
            byte b = content[i];
            if (b == quote || b == '\n') {
                return i;
            }
            i += b == '\\' ? 2 : 1;
        }
        return content.length;
    }

    static boolean isClosedAt(byte[] content, int quoteAt, int end) {
        return end < content.length && content[end] == content[quoteAt];
    }

    /** Index after the string opened at {@code quoteAt}. */
    static int skipString(byte[] content, int quoteAt) {
        int end = stringEnd(content, quoteAt);
        return isClosedAt(content, quoteAt, end) ? end + 1 : end;
    }

    /** Index after the {@code *}{@code /} that closes the block comment whose body starts at {@code from}. */
    static int skipBlockComment(byte[] content, int from) {
        for (int i = from; i + 1 < content.length; i++) {
            if (content[i] == '*' && content[i + 1] == '/') {
                return i + 2;
            }
        }
        return content.length;
    }
}
