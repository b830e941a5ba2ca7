package dev.assetsync.stage.rewrite;

import java.util.List;

/**
 * Finds the references of a script: the trailing {@code //# sourceMappingURL=x} comment, and with
 * {@code rewriteImports} the relative and root-relative ES module specifiers ({@link JsImportScanner}).
 */
public final class JsReferenceScanner implements ReferenceScanner {

    private final boolean rewriteImports;

    public JsReferenceScanner(boolean rewriteImports) {
        this.rewriteImports = rewriteImports;
    }

    @Override
    public List<FoundReference> scan(byte[] js) {
        ReferenceRanges out = new ReferenceRanges(js);
        if (rewriteImports) {
            new JsImportScanner(js, out).run();
        }
        TrailingSourceMap.find(js, true, out);
        return out.toReferences();
    }
}
