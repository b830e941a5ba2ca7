package dev.assetsync.stage.rewrite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CssReferenceScannerTest {

    private final CssReferenceScanner scanner = new CssReferenceScanner();

    @Test
    void urlInEveryQuotingAndSpacing() {
        String css = """
                .a { background: url(a.png); }
                .b { background: url('b.png'); }
                .c { background: url("c.png"); }
                .d { background: url( "d.png" ) no-repeat; }
                .e { background: url(   e.png   ); }
                .f { background-image: URL(f.png), Url(g.png); }
                .h {
                  background: url(
                    "h.png"
                  );
                }
                """;

        assertThat(found(css)).containsExactly(
                "1 a.png", "2 b.png", "3 c.png", "4 d.png", "5 e.png", "6 f.png", "6 g.png", "9 h.png");
    }

    @Test
    void rangesCoverTheTextWithoutQuotesOrPadding() {
        byte[] css = "x{a:url( \"d.png\" );b:url(  e.png  )}".getBytes(StandardCharsets.UTF_8);

        List<FoundReference> references = scanner.scan(css);

        assertThat(references).containsExactly(new FoundReference(10, 15, 1, "d.png"), new FoundReference(27, 32, 1, "e.png"));
    }

    @Test
    void importForms() {
        String css = """
                @import "base.css";
                @import 'grid.css' screen and (min-width: 600px);
                @import url(print.css) print;
                @import url("layers.css") layer(base);
                @IMPORT "upper.css";
                @import /* why */ "commented.css";
                @import url("https://fonts.example.com/css?family=Demo");
                @media print { @import "nested.css"; }
                """;

        assertThat(found(css)).containsExactly("1 base.css", "2 grid.css", "3 print.css", "4 layers.css",
                "5 upper.css", "6 commented.css", "7 https://fonts.example.com/css?family=Demo", "8 nested.css");
    }

    @Test
    void commentsAndStringsAreNotReferences() {
        String css = """
                /*! Demo UI | see url("images/ui-icons.png") */
                /* @import url("does-not-exist.css"); */
                /*
                 * background: url(../img/nowhere.png);
                 */
                .i { width: 1px; /* url(inline-comment.png) */ background: url(../img/icons.png); }
                .q::before { content: "url(../img/not-a-file.png)"; }
                .q::after { content: '@import "nope.css";'; }
                .s::after { content: "it\\"s url(escaped-quote.png)"; }
                .ok { background: url(../img/icons.png) /* trailing url(x.png) */; }
                """;

        assertThat(found(css)).containsExactly("6 ../img/icons.png", "10 ../img/icons.png");
    }

    @Test
    void urlMustBeAFunctionNameOfItsOwn() {
        String css = ".a { --my-url: myurl(a.png); b: x-url(b.png); c: url (c.png); d: image-url(d.png); }";

        assertThat(found(css)).isEmpty();
    }

    @Test
    void onlyTheTrailingSourceMapCommentCounts() {
        String css = "/*# sourceMappingURL=concatenated-part.css.map */\r\n"
                + "body{margin:0}\r\n"
                + "/*# sourceMappingURL=site.css.map */\r\n";

        assertThat(found(css)).containsExactly("3 site.css.map");
    }

    @Test
    void sourceMapCommentVariants() {
        assertThat(found("a{}\n/*@ sourceMappingURL=old.map*/")).containsExactly("2 old.map");
        assertThat(found("a{}\n/*# sourceMappingURL=a.map */\na{}")).isEmpty();
        assertThat(found("a{}\n//# sourceMappingURL=js-style.map\n")).isEmpty();
        assertThat(found("a{}\n/* see sourceMappingURL=x.map */")).isEmpty();
    }

    @Test
    void bomAndNonAsciiBytesDoNotMoveRanges() {
        byte[] css = "\uFEFF/* café — « » */\n.i::before { content: \"→\"; background: url(../img/é.png); }"
                .getBytes(StandardCharsets.UTF_8);

        FoundReference reference = scanner.scan(css).get(0);

        assertThat(reference.written()).isEqualTo("../img/é.png");
        assertThat(new String(css, reference.start(), reference.end() - reference.start(), StandardCharsets.UTF_8))
                .isEqualTo("../img/é.png");
        assertThat(reference.line()).isEqualTo(2);
    }

    @Test
    void truncatedInputEndsTheScan() {
        assertThat(found("a { b: url(\"x.png")).isEmpty();
        assertThat(found("a { b: url(x.png")).containsExactly("1 x.png");
        for (String broken : List.of("/*", "\"", "url(", "@import", "@import \"", "a\\", "url(\\")) {
            assertThatCode(() -> scanner.scan(broken.getBytes(StandardCharsets.UTF_8))).as(broken).doesNotThrowAnyException();
        }
    }

    @Test
    void minifiedMegabyteLineIsScannedInLinearTime() {
        StringBuilder css = new StringBuilder();
        while (css.length() < 1_000_000) {
            css.append(".a{background:url(../img/a.png)}.b{content:\"url(\"}/*url(*/url( url(");
        }
        byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);

        List<FoundReference> references = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> scanner.scan(bytes));

        assertThat(references).extracting(FoundReference::written).contains("../img/a.png");
    }

    private List<String> found(String css) {
        return scanner.scan(css.getBytes(StandardCharsets.UTF_8)).stream()
                .map(reference -> reference.line() + " " + reference.written())
                .toList();
    }
}
