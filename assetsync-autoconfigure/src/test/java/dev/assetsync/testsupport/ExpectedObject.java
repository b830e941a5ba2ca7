package dev.assetsync.testsupport;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a case's {@code stepN-bucket.tsv}. An empty value was {@code *} in the file: not checked.
 *
 * @param key      relative to the publish prefix, or the whole key if {@code absolute}
 * @param absolute the row was marked {@code (absolute)}: the key lies outside the prefix
 */
public record ExpectedObject(String key, boolean absolute, OptionalLong size, Optional<String> md5,
        Optional<String> contentType, Optional<String> cacheControl) {

    private static final String ABSOLUTE_MARK = "(absolute) ";
    private static final String UNCHECKED = "*";

    /** Parses a tab-separated row: key, size, md5, content-type, cache-control. */
    static ExpectedObject parse(String row) {
        String[] columns = row.split("\t", -1);
        if (columns.length != 5) {
            throw new IllegalArgumentException("Expected 5 tab-separated columns in bucket row: " + row);
        }
        boolean absolute = columns[0].startsWith(ABSOLUTE_MARK);
        String key = absolute ? columns[0].substring(ABSOLUTE_MARK.length()) : columns[0];
        OptionalLong size = columns[1].equals(UNCHECKED) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(columns[1]));
        return new ExpectedObject(key, absolute, size, checked(columns[2]), checked(columns[3]), checked(columns[4]));
    }

    /** The key in the bucket for a publish with this prefix. */
    public String fullKey(String prefix) {
        return absolute ? key : prefix + key;
    }

    private static Optional<String> checked(String column) {
        return column.equals(UNCHECKED) ? Optional.empty() : Optional.of(column);
    }
}
