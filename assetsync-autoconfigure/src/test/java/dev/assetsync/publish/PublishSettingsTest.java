package dev.assetsync.publish;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PublishSettingsTest {

    private static PublishSettings withPrefix(String prefix) {
        return new PublishSettings("assets", prefix, "assetsync-manifest.json", null, false, false, false, false,
                false, false, "public, max-age=31536000, immutable", "public, max-age=60", 8,
                PruneSettings.OFF, Set.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null          | ''
            ''            | ''
            /             | ''
            static        | static/
            static/       | static/
            /static/      | static/
            a/b c+d/      | a/b c+d/
            """)
    void normalisesThePrefix(String prefix, String expected) {
        assertThat(withPrefix(prefix).prefix()).isEqualTo(expected);
        assertThat(withPrefix(prefix).manifestKey()).isEqualTo(expected + "assetsync-manifest.json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "../static/", "static//x/", "a\\b/", "static/./x", "  " })
    void refusesAPrefixThatIsNotAKeyPrefix(String prefix) {
        assertThatExceptionOfType(PublishException.class).isThrownBy(() -> withPrefix(prefix))
            .withMessage("assetsync.prefix '" + prefix + "' is not a usable key prefix.");
    }

    @Test
    void refusesAMissingBucketNamingTheSetting() {
        assertThatExceptionOfType(PublishException.class)
            .isThrownBy(() -> new PublishSettings(" ", "", "m.json", null, false, false, false, false, false, false,
                    "h", "u", 1, PruneSettings.OFF, Set.of()))
            .withMessage("No bucket is set.")
            .satisfies((ex) -> assertThat(ex.getAction()).startsWith("Set assetsync.bucket"));
    }

    @Test
    void refusesAnImmutableCacheControlForCopiesUnderOriginalNames() {
        assertThatExceptionOfType(PublishException.class)
            .isThrownBy(() -> new PublishSettings("b", "", "m.json", null, false, false, false, false, false, false,
                    "h", "public, max-age=31536000, Immutable", 1, PruneSettings.OFF, Set.of()))
            .withMessageContaining("assetsync.cache-control.unhashed");
    }
}
