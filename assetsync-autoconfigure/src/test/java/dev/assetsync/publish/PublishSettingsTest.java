package dev.assetsync.publish;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.assetsync.stage.Encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
            .withMessage("assetsync.bucket is not set, so there is nowhere to publish.")
            .satisfies((ex) -> assertThat(ex.getAction()).startsWith("Set assetsync.bucket"));
    }

    @Test
    void refusesAnImmutableCacheControlForCopiesUnderOriginalNames() {
        assertThatExceptionOfType(PublishException.class)
            .isThrownBy(() -> new PublishSettings("b", "", "m.json", null, false, false, false, false, false, false,
                    "h", "public, max-age=31536000, Immutable", 1, PruneSettings.OFF, Set.of()))
            .withMessageContaining("assetsync.cache-control.unhashed");
    }

    @Test
    void brotliWithoutItsLibraryNamesTheSettingAndTheDependency() throws Exception {
        // The main classes alone, without brotli4j, as in an application that does not depend on it.
        URL classes = PublishSettings.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutBrotli = new URLClassLoader(new URL[] { classes },
                ClassLoader.getPlatformClassLoader())) {
            Class<?> encoding = withoutBrotli.loadClass(Encoding.class.getName());
            Object brotli = encoding.getField("BROTLI").get(null);
            Object noPruning = withoutBrotli.loadClass(PruneSettings.class.getName()).getField("OFF").get(null);
            Constructor<?> constructor = withoutBrotli.loadClass(PublishSettings.class.getName())
                .getConstructors()[0];

            Throwable failure = catchThrowableOfType(InvocationTargetException.class, () -> constructor.newInstance(
                    "b", "", "m.json", null, false, false, false, false, false, false, "h", "u", 1, noPruning,
                    Set.of(brotli)))
                .getCause();

            assertThat(failure.getClass().getName()).isEqualTo(PublishException.class.getName());
            assertThat(failure).hasMessage("assetsync.compression asks for Brotli, but the brotli4j library is not "
                    + "on the classpath.");
            assertThat(failure.getClass().getMethod("getAction").invoke(failure)).isEqualTo("Add the dependency "
                    + "com.aayushatharva.brotli4j:brotli4j (it brings the native library for the build's platform), "
                    + "or set assetsync.compression=gzip.");
        }
    }

    @Test
    void brotliIsAcceptedWithItsLibrary() {
        assertThat(new PublishSettings("b", "", "m.json", null, false, false, false, false, false, false, "h", "u", 1,
                PruneSettings.OFF, Set.of(Encoding.GZIP, Encoding.BROTLI)).compression()).containsExactlyInAnyOrder(Encoding.GZIP,
                        Encoding.BROTLI);
    }
}
