package dev.assetsync.stage;

/**
 * How to stage a release.
 *
 * @param rewriteJsImports also rewrite relative ES module specifiers in scripts
 *                         ({@code assetsync.rewrite-js-imports})
 * @param parallelism number of threads that read, hash and write files
 */
public record StageOptions(boolean rewriteJsImports, int parallelism) {

    public StageOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
    }
}
