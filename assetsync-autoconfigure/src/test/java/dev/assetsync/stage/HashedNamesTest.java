package dev.assetsync.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HashedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a.min.js                    | a.min.0123456789ab.js
            js/app.js.map               | js/app.js.0123456789ab.map
            x.js.gz                     | x.js.0123456789ab.gz
            misc/noext                  | misc/noext.0123456789ab
            .htaccess                   | .htaccess.0123456789ab
            conf/.eslintrc.json         | conf/.eslintrc.0123456789ab.json
            dir.v2/readme               | dir.v2/readme.0123456789ab
            IMG/PHOTO.JPG               | IMG/PHOTO.0123456789ab.JPG
            js/main.a17463f1.chunk.js   | js/main.a17463f1.chunk.0123456789ab.js
            img/hero banner.png         | img/hero banner.0123456789ab.png
            """)
    void hashGoesBeforeTheLastExtensionOfTheFileName(String path, String hashed) {
        assertThat(HashedNames.hashedPath(path, "0123456789ab")).isEqualTo(hashed);
    }

    @Test
    void tokenIsTheFirstTwelveHexDigits() {
        assertThat(HashedNames.token("9d3f217f6cfaad7f9d3786af47422d59")).isEqualTo("9d3f217f6cfa");
    }

    @Test
    void tokenNeedsADigest() {
        assertThatIllegalArgumentException().isThrownBy(() -> HashedNames.token("abc"));
    }

    @Test
    void pathNames() {
        assertThat(PathNames.folder("css/parts/a.css")).isEqualTo("css/parts");
        assertThat(PathNames.folder("a.css")).isEmpty();
        assertThat(PathNames.fileName("css/parts/a.css")).isEqualTo("a.css");
        assertThat(PathNames.extension("img/Photo.Png")).isEqualTo("png");
        assertThat(PathNames.extension(".htaccess")).isEmpty();
        assertThat(PathNames.extensionStart("a.b.c")).isEqualTo(3);
    }
}
