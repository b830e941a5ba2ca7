package dev.assetsync.stage.rewrite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PercentCodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hero%20banner.png   | hero banner.png
            a+b.png             | a+b.png
            a%2Bb.png           | a+b.png
            caf%C3%A9           | café
            caf%c3%a9           | café
            100%.svg            | 100%.svg
            50%zz               | 50%zz
            end%4               | end%4
            end%                | end%
            """)
    void decodesValidSequencesAsUtf8AndKeepsTheRest(String written, String decoded) {
        assertThat(PercentCoding.decode(written)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a.0123456789ab.png       | a.0123456789ab.png
            logo (1).svg             | logo%20%281%29.svg
            a+b'c"d%e#f?g.png        | a%2Bb%27c%22d%25e%23f%3Fg.png
            café@2x~!$&*,;=:.png     | café@2x~!$&*,;=:.png
            """)
    void encodesWhatCssOrS3WouldMisread(String segment, String encoded) {
        assertThat(PercentCoding.encodeSegment(segment)).isEqualTo(encoded);
    }
}
