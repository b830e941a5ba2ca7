package dev.assetsync.stage.rewrite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceResolverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            css/app.css          | ../img/a.png              | img/a.png
            css/app.css          | a.css                     | css/a.css
            css/app.css          | ./parts/../b.css          | css/b.css
            app.css              | img/a.png                 | img/a.png
            css/deep/x.css       | /img/a.png                | img/a.png
            css/x.css            | /../img/a.png             | img/a.png
            css/main.css         | ../img/hero%20banner.png  | img/hero banner.png
            css/main.css         | home%2Bprofile.css        | css/home+profile.css
            css/main.css         | ../img/a+b.png            | img/a+b.png
            css/main.css         | ../img/100%25.svg         | img/100%.svg
            css/main.css         | ../img/100%.svg           | img/100%.svg
            css/main.css         | ../img/caf%C3%A9.png      | img/café.png
            css/main.css         | %2e%2e/img/a.png          | img/a.png
            css/a.css            | ../../x.png               | ../x.png
            css/a.css            | ../../../x/../y.png       | ../../y.png
            css/a.css            | ../img/                   | img/
            css/a.css            | ..                        | ''
            webjars/demo/1.2.3/css/demo.css | ../fonts/demo.eot | webjars/demo/1.2.3/fonts/demo.eot
            """)
    void resolvesAgainstTheReferringFileOrTheRoot(String referrer, String written, String resolved) {
        LocalReference reference = LocalReference.parse(written).orElseThrow();
        assertThat(ReferenceResolver.resolve(referrer, reference)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @CsvSource({ "e\u0301.png", "e%CC%81.png" })
    void decomposedNamesAreNormalisedToNfc(String written) {
        assertThat(ReferenceResolver.resolve("a.css", LocalReference.parse(written).orElseThrow())).isEqualTo("\u00e9.png");
    }
}
