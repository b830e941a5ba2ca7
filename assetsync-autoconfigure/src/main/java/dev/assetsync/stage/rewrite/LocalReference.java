package dev.assetsync.stage.rewrite;

import java.util.Optional;

/**
 * A reference that names a file of this release, split into its path part and the query and fragment after it.
 * Both parts are kept exactly as written.
 *
 * @param path the path part as written ({@code ../fonts/demo.eot}), never empty
 * @param suffix everything from the first {@code ?} or {@code #} on ({@code ?#iefix&v=4.7.0}), or {@code ""}
 */
public record LocalReference(String path, String suffix) {

    /**
     * Parses a written reference; empty for references that are not files of this release and stay byte for
     * byte: {@code data:} and any other {@code scheme:} URL, protocol-relative {@code //host/...},
     * fragment-only {@code #id}, query-only and empty references, and references with CSS/JS escapes
     * ({@code \}), which would have to be unescaped before they could be looked up.
     */
    public static Optional<LocalReference> parse(String written) {
        if (written.isEmpty() || written.startsWith("//") || written.indexOf('\\') >= 0 || hasScheme(written)) {
            return Optional.empty();
        }
        int suffixStart = firstIndexOf(written, '?', '#');
        String path = written.substring(0, suffixStart);
        return path.isEmpty() ? Optional.empty() : Optional.of(new LocalReference(path, written.substring(suffixStart)));
    }

    /** Written as {@code /img/a.png}: resolved against the static root instead of the referring file. */
    public boolean rootRelative() {
        return path.startsWith("/");
    }

    /** RFC 3986 scheme: a letter, then letters, digits, {@code + - .}, then {@code :} before any {@code / ? #}. */
    private static boolean hasScheme(String written) {
        if (!isAsciiLetter(written.charAt(0))) {
            return false;
        }
        for (int i = 1; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int firstIndexOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return s.length();
    }
}
