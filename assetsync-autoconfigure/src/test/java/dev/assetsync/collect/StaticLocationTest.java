package dev.assetsync.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StaticLocationTest {

    @ParameterizedTest
    @CsvSource({ "classpath:/static/, static/", "classpath:static, static/", "classpath:/static, static/",
            "classpath:META-INF/resources/, META-INF/resources/", "classpath:/, ''", "classpath:, ''" })
    void classpathLocationsNameAFolderBelowEachRoot(String location, String prefix) {
        StaticLocation parsed = StaticLocation.parse(location);

        assertThat(parsed).isEqualTo(new StaticLocation.Classpath(prefix));
        assertThat(parsed.display()).isEqualTo("classpath:/" + prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:/srv/web/", "file:/srv/web", "file:///srv/web/", "file:/srv/x/../web" })
    void absoluteFileLocations(String location) {
        StaticLocation parsed = StaticLocation.parse(location);

        assertThat(parsed).isEqualTo(new StaticLocation.Folder(Path.of("/srv/web")));
        assertThat(parsed.display()).isEqualTo("file:/srv/web/");
    }

    @Test
    void relativeFileLocationIsRelativeToTheWorkingDirectory() {
        assertThat(StaticLocation.parse("file:web/dist/"))
                .isEqualTo(new StaticLocation.Folder(Path.of("web/dist").toAbsolutePath()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/static/", "classpath*:/static/", "https://cdn.example.com/", "servlet-context:/" })
    void otherLocationsAreRejected(String location) {
        assertThatThrownBy(() -> StaticLocation.parse(location))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Static location '" + location + "' is not supported: use a classpath: or file: location");
    }
}
