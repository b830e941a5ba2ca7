package dev.assetsync.stage;

/**
 * A reference in a stylesheet or script to a file that was not collected.
 *
 * @param file logical path of the referring file
 * @param line 1-based line of the reference
 * @param written the reference as written (path part, before any query or fragment)
 * @param resolved the logical path it resolves to
 */
public record ReferenceProblem(String file, int line, String written, String resolved) {

    /** {@code css/app.css:2 ../img/missing.png (img/missing.png)} */
    @Override
    public String toString() {
        return file + ":" + line + " " + written + " (" + resolved + ")";
    }
}
