package dev.assetsync.stage;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to stage a release.
 *
 * @param rewriteJsImports also rewrite relative ES module specifiers in scripts
 *                         ({@code assetsync.rewrite-js-imports})
 * @param parallelism number of threads that read, hash and write files
 * @param encodings pre-compressed variants to make of each compressible file ({@code assetsync.compression})
 */
public record StageOptions(boolean rewriteJsImports, int parallelism, Set<Encoding> encodings) {

    public StageOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        encodings = encodings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(encodings));
    }

    /** Options without compressed variants. */
    public StageOptions(boolean rewriteJsImports, int parallelism) {
        this(rewriteJsImports, parallelism, Set.of());
    }
}
