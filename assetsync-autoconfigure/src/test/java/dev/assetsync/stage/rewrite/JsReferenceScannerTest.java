package dev.assetsync.stage.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsReferenceScannerTest {

    private final JsReferenceScanner defaults = new JsReferenceScanner(false);

    private final JsReferenceScanner withImports = new JsReferenceScanner(true);

    @Test
    void onlyTheTrailingSourceMapCommentCounts() {
        String js = """
                (function () {
                  var note = "//# sourceMappingURL=not-a-real-reference.js.map";
                  var css = "url(../img/none.png)";
                })();
                //# sourceMappingURL=app.js.map
                """;

        assertThat(found(defaults, js)).containsExactly("5 app.js.map");
    }

    @Test
    void sourceMapCommentVariants() {
        assertThat(found(defaults, "a();\n//@ sourceMappingURL=old.js.map")).containsExactly("2 old.js.map");
        assertThat(found(defaults, "a();\n  //# sourceMappingURL=indented.map  \r\n\r\n")).containsExactly("2 indented.map");
        assertThat(found(defaults, "a();\n/*# sourceMappingURL=block.map */\n")).containsExactly("2 block.map");
        assertThat(found(defaults, "a();\n//# sourceMappingURL=a.map\n//# sourceURL=webpack://app/a.js\n"))
                .containsExactly("2 a.map");
        assertThat(found(defaults, "a();\n//# sourceMappingURL=a.map\nb();\n")).isEmpty();
        assertThat(found(defaults, "//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ=="))
                .containsExactly("1 data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==");
    }

    @Test
    void importsAreIgnoredByDefault() {
        assertThat(found(defaults, "import { helper } from \"./helper.mjs\";\nimport('./lazy.js');\n")).isEmpty();
    }

    @Test
    void moduleSpecifiersInRealModuleCode() {
        String js = """
                import { a as b, c } from './chunk-abc.js';
                import * as ns from "../lib/ns.mjs";
                import def, { x } from './def.js';
                import './side-effect.js';
                import 'lodash';
                import React from "react";
                import{min}from"./min.js";import{max}from"./max.js"
                export { y } from './y.js';
                export * from "./all.js";
                export * as z from './z.js';
                export const notAnImport = 1;
                export { notAnImport as alias };
                const lazy = () => import('./lazy.js');
                const data = import("./data.json", { with: { type: "json" } });
                const computed = import(`./tpl-${name}.js`);
                const worker = new URL('./worker.js', import.meta.url);
                const s = "import x from './in-string.js'";
                // import y from './in-comment.js';
                /* export * from './in-block-comment.js' */
                const t = `import q from './in-template.js' ${ fn({ a: "import('./nested.js')" }) } export * from './tail.js'`;
                const re = /import\\('.\\/in-regex.js'\\)/g;
                const ratio = total / count / 2; import('./after-division.js');
                obj.import('./method-call.js');
                const cdn = import('https://cdn.example.com/x.js');
                const rooted = import('/js/rooted.js');
                const escaped = import('./\\u0061.js');
                //# sourceMappingURL=main.js.map
                """;

        assertThat(found(withImports, js)).containsExactly(
                "1 ./chunk-abc.js", "2 ../lib/ns.mjs", "3 ./def.js", "4 ./side-effect.js", "7 ./min.js", "7 ./max.js",
                "8 ./y.js", "9 ./all.js", "10 ./z.js", "13 ./lazy.js", "14 ./data.json", "22 ./after-division.js",
                "25 /js/rooted.js", "27 main.js.map");
    }

    @Test
    void minifiedBundleWithRegexAndTemplates() {
        String js = "var e=/[/'\"]/g,t=`a${`b${\"}\"}`}`;import(\"./chunk-1.js\").then(function(n){return n.d/2});"
                + "export{e as r}from\"./chunk-2.js\";if(a)/x'/.test(b);import(\"./chunk-3.js\")";

        assertThat(found(withImports, js)).containsExactly("1 ./chunk-1.js", "1 ./chunk-2.js", "1 ./chunk-3.js");
    }

    @Test
    void rangesPointAtTheSpecifierWithoutQuotes() {
        byte[] js = "import a from './a.js';".getBytes(StandardCharsets.UTF_8);

        assertThat(withImports.scan(js)).containsExactly(new FoundReference(15, 21, 1, "./a.js"));
    }

    @Test
    void importFollowingAnExportListWithoutSemicolonIsFoundOnce() {
        assertThat(found(withImports, "export { a }\nimport b from './b.js'\n")).containsExactly("2 ./b.js");
    }

    private static List<String> found(JsReferenceScanner scanner, String js) {
        return scanner.scan(js.getBytes(StandardCharsets.UTF_8)).stream()
                .map(reference -> reference.line() + " " + reference.written())
                .toList();
    }
}
