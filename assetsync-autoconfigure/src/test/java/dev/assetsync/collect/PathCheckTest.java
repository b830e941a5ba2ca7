package dev.assetsync.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathCheckTest {

    @ParameterizedTest
    @ValueSource(strings = { "app.css", "css/site.css", "webjars/demo/1.2.3/css/demo.css", "IMG/PHOTO.JPG",
            "a b/c+d@e%20.txt", ".well-known/security.txt", "meta-inf/x.txt", "WEB-INF.txt" })
    void ordinaryPathsArePublishedAsTheyAre(String path) {
        assertThat(PathCheck.of(path)).isEqualTo(new PathCheck.Publishable(path));
    }

    @ParameterizedTest
    @CsvSource({ "WEB-INF/web.xml", "META-INF/inner.txt", "webjars/x/META-INF/MANIFEST.MF", "a/WEB-INF/b/c.txt" })
    void protectedFoldersAreRoutinelyRefused(String path) {
        assertThat(PathCheck.of(path)).isEqualTo(new PathCheck.Refused(
                "it lies in a WEB-INF or META-INF folder, which Spring MVC refuses to serve", true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "../secret.txt", "a/../b.txt", "./a.txt", "a//b.txt", "/a.txt" })
    void malformedSegmentsAreRefusedWithAWarning(String path) {
        assertThat(PathCheck.of(path)).isEqualTo(new PathCheck.Refused(
                "its path has an empty, '.' or '..' segment", false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "css\\app.css", "..\\secret.txt" })
    void backslashesAreRefused(String path) {
        assertThat(PathCheck.of(path)).isEqualTo(new PathCheck.Refused("its path contains a backslash", false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "css/café.css", "Ångström/naïve.txt" })
    void pathsAreNormalisedToNfc(String path) {
        String nfd = Normalizer.normalize(path, Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);

        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(PathCheck.of(nfd)).isEqualTo(new PathCheck.Publishable(nfc));
    }
}
