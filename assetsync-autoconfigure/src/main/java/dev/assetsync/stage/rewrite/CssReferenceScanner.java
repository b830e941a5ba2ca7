package dev.assetsync.stage.rewrite;

import java.util.List;

/**
 * Finds the references of a stylesheet: every {@code url(...)} (quoted or not, any case, whitespace and line
 * breaks inside the parentheses), {@code @import "x"} / {@code @import 'x'} (the {@code @import url(x)} form is
 * an ordinary url()), and the trailing {@code /*# sourceMappingURL=x *}{@code /}. Text inside comments and
 * inside strings that are not such an argument is skipped, as the browser never loads it.
 *
 * <p>A hand-written single pass over the bytes: linear on minified one-line files, and it never decodes the file,
 * so non-ASCII bytes and the BOM are untouched.
 */
public final class CssReferenceScanner implements ReferenceScanner {

    @Override
    public List<FoundReference> scan(byte[] css) {
        ReferenceRanges out = new ReferenceRanges(css);
        int i = 0;
        while (i < css.length) {
            byte b = css[i];
            if (b == '/' && i + 1 < css.length && css[i + 1] == '*') {
                i = Bytes.skipBlockComment(css, i + 2);
            }
            else if (b == '"' || b == '\'') {
                i = Bytes.skipString(css, i);
            }
            else if (b == '@') {
                int nameEnd = nameEnd(css, i + 1);
                i = Bytes.equalsIgnoreCase(css, i + 1, nameEnd, "import") ? importArgument(css, nameEnd, out) : nameEnd;
            }
            else if (b == '\\') {
                i += 2;
            }
            else if (Bytes.isNameByte(b)) {
                int nameEnd = nameEnd(css, i);
                boolean urlFunction = nameEnd < css.length && css[nameEnd] == '('
                        && Bytes.equalsIgnoreCase(css, i, nameEnd, "url");
                i = urlFunction ? urlArgument(css, nameEnd + 1, out) : nameEnd;
            }
            else {
                i++;
            }
        }
        TrailingSourceMap.find(css, false, out);
        return out.toReferences();
    }

    /** After {@code @import}: a string argument is a reference; anything else (a url(), garbage) is left to the main loop. */
    private static int importArgument(byte[] css, int from, ReferenceRanges out) {
        int i = from;
        while (i < css.length) {
            if (Bytes.isWhitespace(css[i])) {
                i++;
            }
            else if (css[i] == '/' && i + 1 < css.length && css[i + 1] == '*') {
                i = Bytes.skipBlockComment(css, i + 2);
            }
            else {
                break;
            }
        }
        if (i < css.length && (css[i] == '"' || css[i] == '\'')) {
            return quoted(css, i, out);
        }
        return i;
    }

    /** Argument of {@code url(}: quoted or raw, whitespace around it is not part of the reference. */
    private static int urlArgument(byte[] css, int from, ReferenceRanges out) {
        int i = from;
        while (i < css.length && Bytes.isWhitespace(css[i])) {
            i++;
        }
        if (i < css.length && (css[i] == '"' || css[i] == '\'')) {
            return quoted(css, i, out);
        }
        int start = i;
        while (i < css.length) {
            byte b = css[i];
            if (b == '\\') {
                i += 2;
            }
            else if (b == ')' || b == '"' || b == '\'' || b == '(' || Bytes.isWhitespace(b)) {
                break;
            }
            else {
                i++;
            }
        }
        int end = Math.min(i, css.length);
        out.add(start, end);
        return end;
    }

    private static int quoted(byte[] css, int quoteAt, ReferenceRanges out) {
        int end = Bytes.stringEnd(css, quoteAt);
        if (!Bytes.isClosedAt(css, quoteAt, end)) {
            return end;
        }
        out.add(quoteAt + 1, end);
        return end + 1;
    }

    private static int nameEnd(byte[] css, int from) {
        int i = from;
        while (i < css.length && Bytes.isNameByte(css[i])) {
            i++;
        }
        return i;
    }
}
