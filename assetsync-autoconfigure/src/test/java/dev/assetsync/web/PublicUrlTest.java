package dev.assetsync.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({ "https://cdn.example.com/static, https://cdn.example.com/static/",
            "https://cdn.example.com/static/, https://cdn.example.com/static/",
            "http://127.0.0.1:9090/assets/static/, http://127.0.0.1:9090/assets/static/", "/static, /static/" })
    void acceptsHttpUrlsAndPaths(String given, String normalised) {
        assertThat(PublicUrl.normalise(given)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cdn.example.com/static    | is neither an http(s) URL nor a path starting with '/'
            ftp://cdn.example.com/x/  | is not an http(s) URL with a host
            https://cdn/x?v=1         | has a query or fragment; give the folder the prefix is served from
            https://cdn example.com/  | is not a URL (Illegal character in authority)
            """)
    void refusesWhatIsNotAUrlNamingTheSetting(String given, String problem) {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicUrl.normalise(given))
            .withMessage("assetsync.public-url '" + given + "' " + problem);
    }
}
