package dev.assetsync.stage.rewrite;

/**
 * A reference found in a stylesheet or script.
 *
 * @param start byte offset of the first byte of the reference text (after any opening quote)
 * @param end byte offset just after the reference text (before any closing quote)
 * @param line 1-based line of {@code start}
 * @param written the reference text, decoded as UTF-8
 */
public record FoundReference(int start, int end, int line, String written) {
}
