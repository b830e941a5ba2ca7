package dev.assetsync.stage.rewrite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceRewriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            css/main.css  | ../img/a+b.png                    | img/a+b.png          | ../img/a%2Bb.0123456789ab.png
            css/main.css  | home%2Bprofile.css                | css/home+profile.css | home%2Bprofile.0123456789ab.css
            css/main.css  | ../img/hero banner.png            | img/hero banner.png  | ../img/hero banner.0123456789ab.png
            css/main.css  | ../img/hero%20banner.png          | img/hero banner.png  | ../img/hero%20banner.0123456789ab.png
            css/main.css  | ../img/100%25.svg                 | img/100%.svg         | ../img/100%25.0123456789ab.svg
            css/main.css  | ../img/logo%20(1).svg             | img/logo (1).svg     | ../img/logo%20(1).0123456789ab.svg
            css/f.css     | ../fonts/demo.eot?#iefix&v=4.7.0  | fonts/demo.eot       | ../fonts/demo.0123456789ab.eot?#iefix&v=4.7.0
            css/f.css     | ../img/sprite.svg#../not/a/path   | img/sprite.svg       | ../img/sprite.0123456789ab.svg#../not/a/path
            css/f.css     | ./parts/../b.css                  | css/b.css            | ./parts/../b.0123456789ab.css
            js/app.js     | app.js.map                        | js/app.js.map        | app.js.0123456789ab.map
            css/f.css     | ../misc/noext                     | misc/noext           | ../misc/noext.0123456789ab
            css/f.css     | ../.htaccess                      | .htaccess            | ../.htaccess.0123456789ab
            """)
    void keepsTheAuthorsTextAndInsertsTheHash(String referrer, String written, String target, String rewritten) {
        assertThat(rewrite(referrer, written, target)).isEqualTo(rewritten);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            css/app.css      | /img/a.png              | img/a.png            | ../img/a.0123456789ab.png
            css/app.css      | /css/b.css?v=2          | css/b.css            | b.0123456789ab.css?v=2
            app.css          | /img/a.png              | img/a.png            | img/a.0123456789ab.png
            a/b/c.css        | /a/x/./y.png            | a/x/y.png            | ../x/y.0123456789ab.png
            a/b/c.css        | /a/b/../../z.png        | z.png                | ../../z.0123456789ab.png
            css/app.css      | /img/hero%20banner.png  | img/hero banner.png  | ../img/hero%20banner.0123456789ab.png
            x.css            | /a:b.png                | a:b.png              | ./a:b.0123456789ab.png
            """)
    void rootRelativeBecomesRelativeToTheReferringFile(String referrer, String written, String target, String rewritten) {
        assertThat(rewrite(referrer, written, target)).isEqualTo(rewritten);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a%2Epng             | a.png             | a.0123456789ab.png
            logo%20(1)%2Esvg    | logo (1).svg      | logo%20%281%29.0123456789ab.svg
            """)
    void nameWhoseExtensionDotIsEncodedIsWrittenAnew(String written, String target, String rewritten) {
        assertThat(rewrite("x.css", written, target)).isEqualTo(rewritten);
    }

    private static String rewrite(String referrer, String written, String target) {
        LocalReference reference = LocalReference.parse(written).orElseThrow();
        assertThat(ReferenceResolver.resolve(referrer, reference)).isEqualTo(target);
        return ReferenceRewriter.rewrite(referrer, reference, target, "0123456789ab");
    }
}
