package dev.assetsync.collect;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One entry of the classpath: a folder of classes and resources, or an archive (jar). */
interface ClasspathRoot {

    /** Names the root in origins, e.g. {@code theme.jar}. */
    String label();

    /**
     * Lists, in one pass over the root, the files below each of the given folders.
     *
     * @param prefixes folders below the root, '/'-terminated, or empty for the whole root
     * @return for each prefix, its files with paths relative to that prefix
     */
    Map<String, List<FoundFile>> list(Collection<String> prefixes);
}
