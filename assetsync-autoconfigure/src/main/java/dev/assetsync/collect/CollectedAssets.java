package dev.assetsync.collect;

import java.util.List;

/** The result of collection: the winning assets sorted by path, shadowed duplicates, per-location totals. */
public record CollectedAssets(List<CollectedAsset> assets, List<ShadowedAsset> shadowed,
        List<LocationSummary> locations) {

    public CollectedAssets {
        assets = List.copyOf(assets);
        shadowed = List.copyOf(shadowed);
        locations = List.copyOf(locations);
    }
}
