package dev.assetsync.collect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Picks, for each logical path, the file Spring MVC would serve: sources are added in search order
 * (locations in configured order; inside a location, classpath roots in classpath order) and the
 * first file found for a path wins; every later one is recorded as shadowed.
 *
 * <p>Unicode spelling: within one location, every file of a logical path must have the same raw
 * spelling. Two files of one location whose names differ but normalise (NFC) to the same logical path,
 * in one root or in two roots, make collection fail: Spring MVC would serve either depending on how a
 * browser spells the request, so no single file can rightly take the key. The same raw spelling in two
 * roots of one location, or any spelling in two different locations, is ordinary shadowing: the order
 * of locations and roots decides.
 */
final class FirstFoundWins {

    private static final Log log = LogFactory.getLog(FirstFoundWins.class);

    private final AssetPathFilter filter;
    private final List<String> locations = new ArrayList<>();
    private final Map<String, Winner> winners = new TreeMap<>();
    private final List<ShadowedAsset> shadowed = new ArrayList<>();
    private Map<String, Spelling> spellingsInLocation = new HashMap<>();

    FirstFoundWins(AssetPathFilter filter) {
        this.filter = filter;
    }

    /** Starts the next location; the sources added until the next call belong to it. */
    void startLocation(String location) {
        locations.add(location);
        spellingsInLocation = new HashMap<>();
    }

    /**
     * Adds the files of the current location found in one source.
     *
     * @param origin names the location and source for people
     */
    void add(String origin, List<FoundFile> files) {
        if (locations.isEmpty()) {
            throw new IllegalStateException("startLocation must be called before add");
        }
        for (FoundFile file : files) {
            PathCheck check = PathCheck.of(file.relativePath());
            if (check instanceof PathCheck.Refused refused) {
                String message = "Not publishing '" + file.relativePath() + "' from " + origin + ": " + refused.reason();
                if (refused.routine()) {
                    log.debug(message);
                }
                else {
                    log.warn(message);
                }
            }
            else {
                accept(((PathCheck.Publishable) check).logicalPath(), origin, file);
            }
        }
    }

    private void accept(String path, String origin, FoundFile file) {
        if (!filter.accepts(path)) {
            return;
        }
        Spelling spelling = new Spelling(file.relativePath(), origin);
        Spelling first = spellingsInLocation.putIfAbsent(path, spelling);
        if (first != null && !first.raw().equals(spelling.raw())) {
            throw new AssetCollectionException("Two files in " + currentLocation() + " would both be published as '"
                    + path + "' (their names differ only in Unicode normalisation): " + first + " and " + spelling
                    + ". Rename one of them.");
        }
        Winner winner = winners.get(path);
        if (winner == null) {
            winners.put(path, new Winner(new CollectedAsset(path, origin, file.content()), currentLocation(),
                    file.size()));
        }
        else {
            shadowed.add(new ShadowedAsset(path, origin, winner.asset().origin()));
        }
    }

    CollectedAssets result() {
        List<LocationSummary> summaries = locations.stream().distinct().map(this::summary).toList();
        List<ShadowedAsset> sortedShadowed = new ArrayList<>(shadowed);
        sortedShadowed.sort(Comparator.comparing(ShadowedAsset::path));
        return new CollectedAssets(winners.values().stream().map(Winner::asset).toList(), sortedShadowed, summaries);
    }

    private LocationSummary summary(String location) {
        List<Winner> published = winners.values().stream().filter(w -> w.location().equals(location)).toList();
        return new LocationSummary(location, published.size(), published.stream().mapToLong(Winner::size).sum());
    }

    private String currentLocation() {
        return locations.get(locations.size() - 1);
    }

    private record Winner(CollectedAsset asset, String location, long size) {
    }

    private record Spelling(String raw, String origin) {

        /** Shows the raw name with non-ASCII characters escaped, so the two spellings visibly differ. */
        @Override
        public String toString() {
            StringBuilder escaped = new StringBuilder();
            raw.chars().forEach(c -> escaped.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
            return "'" + escaped + "' from " + origin;
        }
    }
}
