package dev.assetsync.stage.rewrite;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "data:image/png;base64,iVBORw0KGgo=", "DATA:font/woff2;base64,AAAA",
            "https://fonts.example.com/css?family=Demo", "http://x/y.png", "mailto:a@b.c", "//cdn.example.com/reset.css",
            "#star", "?v=1", "?#iefix", "a\\(b.png" })
    void leftAlone(String written) {
        assertThat(LocalReference.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../fonts/demo.eot?#iefix&v=4.7.0   | ../fonts/demo.eot  | ?#iefix&v=4.7.0
            ../img/sprite.svg#../not/a/path    | ../img/sprite.svg  | #../not/a/path
            demo.woff?v=4.7.0#x                | demo.woff          | ?v=4.7.0#x
            icon@2x.png                        | icon@2x.png        | ''
            /img/a.png                         | /img/a.png         | ''
            100%25.svg                         | 100%25.svg         | ''
            c++/a.png                          | c++/a.png          | ''
            """)
    void pathAndSuffixSplitAtTheFirstQueryOrFragment(String written, String path, String suffix) {
        assertThat(LocalReference.parse(written)).isEqualTo(Optional.of(new LocalReference(path, suffix)));
    }

    @ParameterizedTest
    @CsvSource({ "/img/a.png, true", "img/a.png, false", "../img/a.png, false" })
    void rootRelative(String written, boolean rootRelative) {
        assertThat(LocalReference.parse(written).orElseThrow().rootRelative()).isEqualTo(rootRelative);
    }
}
