package dev.assetsync.collect;

import java.io.IOException;
import java.io.InputStream;

/** Opens the bytes of one collected asset; may be called more than once. */
@FunctionalInterface
public interface AssetContent {

    InputStream open() throws IOException;
}
