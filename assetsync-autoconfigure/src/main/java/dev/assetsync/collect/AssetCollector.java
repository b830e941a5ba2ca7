package dev.assetsync.collect;

import java.io.IOException;

/** Finds the static files of the application. */
@FunctionalInterface
public interface AssetCollector {

    CollectedAssets collect() throws IOException;
}
