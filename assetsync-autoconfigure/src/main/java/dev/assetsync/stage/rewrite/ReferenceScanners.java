package dev.assetsync.stage.rewrite;

import java.util.Optional;

import dev.assetsync.stage.PathNames;

/** Which files are rewritten: stylesheets and scripts only; HTML, JSON, SVG and binaries never. */
public final class ReferenceScanners {

    private static final ReferenceScanner CSS = new CssReferenceScanner();

    private ReferenceScanners() {
    }

    /** The scanner for a logical path, empty for files that are published as they are. */
    public static Optional<ReferenceScanner> forPath(String path, boolean rewriteJsImports) {
        return switch (PathNames.extension(path)) {
            case "css" -> Optional.of(CSS);
            case "js", "mjs", "cjs" -> Optional.of(new JsReferenceScanner(rewriteJsImports));
            default -> Optional.empty();
        };
    }
}
