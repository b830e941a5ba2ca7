package dev.assetsync.prune;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One object of the release history: a copy of a manifest as it was published, kept under
 * {@code <history folder><sequence>-<md5 of the manifest>.json}. The sequence, zero-padded, makes the names sort in
 * publish order without a timestamp in the manifest; the MD5 keeps two publishers that picked the same sequence from
 * overwriting each other.
 *
 * @param key full key of the copy
 * @param sequence position in the history, 1 for the first release recorded
 * @param md5 lower-case hex MD5 of the manifest's bytes
 */
public record ReleaseRecord(String key, long sequence, String md5) {

    /** Newest first; two publishers that took the same sequence are ordered by key, so always the same way. */
    public static final Comparator<ReleaseRecord> NEWEST_FIRST = Comparator.comparingLong(ReleaseRecord::sequence)
        .thenComparing(ReleaseRecord::key)
        .reversed();

    private static final Pattern NAME = Pattern.compile("(\\d{10})-([0-9a-f]{32})\\.json");

    /** The folder (key prefix) of the history of the manifest with that key. */
    public static String folder(String manifestKey) {
        int dot = manifestKey.lastIndexOf('.');
        int slash = manifestKey.lastIndexOf('/');
        String base = (dot > slash + 1) ? manifestKey.substring(0, dot) : manifestKey;
        return base + "-releases/";
    }

    /** The record of a key in the history folder; empty for a key that is not one (it is then left alone). */
    public static Optional<ReleaseRecord> parse(String folder, String key) {
        if (!key.startsWith(folder)) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(key.substring(folder.length()));
        return name.matches() ? Optional.of(new ReleaseRecord(key, Long.parseLong(name.group(1)), name.group(2)))
                : Optional.empty();
    }

    /** The record that follows the existing ones, for a manifest with that MD5. */
    public static ReleaseRecord next(String folder, List<ReleaseRecord> existing, String md5) {
        long sequence = existing.stream().mapToLong(ReleaseRecord::sequence).max().orElse(0) + 1;
        return new ReleaseRecord(folder + String.format("%010d-%s.json", sequence, md5), sequence, md5);
    }
}
