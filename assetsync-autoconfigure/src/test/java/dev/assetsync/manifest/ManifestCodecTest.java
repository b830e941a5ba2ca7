package dev.assetsync.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ManifestCodecTest {

    private final ManifestCodec codec = new ManifestCodec();

    private static Manifest sample() {
        Map<String, ManifestEntry> entries = new TreeMap<>();
        entries.put("js/app.js", new ManifestEntry("js/app.67129164e004.js", 12, "67129164e004c3f0dc3ae34d1b32ae04"));
        entries.put("css/app.css", new ManifestEntry("css/app.d68818d4ff81.css", 51,
                "d68818d4ff8100f3a6ddd6c2e8b3ab04"));
        return new Manifest(new TreeMap<>(entries));
    }

    @Test
    void writesSortedStableJsonWithUnixLineEndings() {
        String json = new String(this.codec.write(sample()), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("""
                {
                  "version" : 1,
                  "paths" : {
                    "css/app.css" : "css/app.d68818d4ff81.css",
                    "js/app.js" : "js/app.67129164e004.js"
                  },
                  "files" : {
                    "css/app.d68818d4ff81.css" : {
                      "size" : 51,
                      "md5" : "d68818d4ff8100f3a6ddd6c2e8b3ab04"
                    },
                    "js/app.67129164e004.js" : {
                      "size" : 12,
                      "md5" : "67129164e004c3f0dc3ae34d1b32ae04"
                    }
                  }
                }
                """);
    }

    @Test
    void readsWhatItWrites() throws UnusableManifestException {
        assertThat(this.codec.read(this.codec.write(sample()))).isEqualTo(sample());
    }

    @Test
    void listsCompressedVariantsSortedAndReadsThemBack() throws UnusableManifestException {
        Manifest manifest = new Manifest(new TreeMap<>(Map.of("css/app.css", new ManifestEntry(
                "css/app.d68818d4ff81.css", 51, "d68818d4ff8100f3a6ddd6c2e8b3ab04", List.of("gzip", "br")))));

        String json = new String(this.codec.write(manifest), StandardCharsets.UTF_8);

        assertThat(json).contains("""
                    "css/app.d68818d4ff81.css" : {
                      "size" : 51,
                      "md5" : "d68818d4ff8100f3a6ddd6c2e8b3ab04",
                      "encodings" : [ "br", "gzip" ]
                    }
                """);
        assertThat(this.codec.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(manifest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "gzip"
            [ 1 ]
            { "gzip" : 1 }
            """)
    void refusesEncodingsThatAreNotAListOfNames(String encodings) {
        byte[] bytes = ("{\"version\": 1, \"paths\": {\"a.css\": \"a.0123456789ab.css\"}, \"files\": "
                + "{\"a.0123456789ab.css\": {\"size\": 1, \"md5\": \"0123456789ab0123456789ab01234567\", "
                + "\"encodings\": " + encodings + "}}}").getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(UnusableManifestException.class).isThrownBy(() -> this.codec.read(bytes))
            .withMessage("hashed path 'a.0123456789ab.css' has encodings that are not a list of names");
    }

    @Test
    void keepsKeysWithSpacesPlusAndNonAscii() throws UnusableManifestException {
        Manifest manifest = new Manifest(new TreeMap<>(Map.of("img/hero banner+1 café.png",
                new ManifestEntry("img/hero banner+1 café.c48240b00185.png", 3, "c48240b0018500000000000000000000"))));
        assertThat(this.codec.read(this.codec.write(manifest))).isEqualTo(manifest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a-truncated.json  | it is truncated
            b-empty.json      | it is empty
            c-wrong-shape.json| it has the wrong shape: no 'paths' object
            d-not-json.json   | it is not JSON
            """)
    void namesWhyACorruptManifestIsUnusable(String file, String reason) throws IOException {
        byte[] bytes = caseFile("C18-remote-manifest-corrupt/input/corrupt-manifests/" + file);
        assertThatExceptionOfType(UnusableManifestException.class).isThrownBy(() -> this.codec.read(bytes))
            .withMessageStartingWith(reason);
    }

    @Test
    void refusesAnotherFormatVersion() {
        byte[] bytes = "{\"version\": 2, \"paths\": {}, \"files\": {}}".getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(UnusableManifestException.class).isThrownBy(() -> this.codec.read(bytes))
            .withMessage("its format version 2 is not the supported version 1");
    }

    @Test
    void refusesAPathWhoseFileIsNotListed() {
        byte[] bytes = "{\"version\": 1, \"paths\": {\"a.css\": \"a.0123456789ab.css\"}, \"files\": {}}"
            .getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(UnusableManifestException.class).isThrownBy(() -> this.codec.read(bytes))
            .withMessage("hashed path 'a.0123456789ab.css' has no valid size and md5");
    }

    @ParameterizedTest
    @ValueSource(strings = { "../x.css", "/x.css", "a//x.css", "a/./x.css", "a\\\\x.css", "" })
    void refusesPathsThatAreNotPlainRelativeOnes(String path) {
        String logical = "{\"version\": 1, \"paths\": {\"" + path + "\": \"x.0123456789ab.css\"}, \"files\": "
                + "{\"x.0123456789ab.css\": {\"size\": 1, \"md5\": \"0123456789ab0123456789ab01234567\"}}}";
        assertThatExceptionOfType(UnusableManifestException.class)
            .isThrownBy(() -> this.codec.read(logical.getBytes(StandardCharsets.UTF_8)))
            .withMessageEndingWith("' is not a relative path below the prefix");
        String hashed = "{\"version\": 1, \"paths\": {\"x.css\": \"" + path + "\"}, \"files\": "
                + "{\"" + path + "\": {\"size\": 1, \"md5\": \"0123456789ab0123456789ab01234567\"}}}";
        assertThatExceptionOfType(UnusableManifestException.class)
            .isThrownBy(() -> this.codec.read(hashed.getBytes(StandardCharsets.UTF_8)))
            .withMessageEndingWith("' is not a relative path below the prefix");
    }

    private static byte[] caseFile(String path) throws IOException {
        try (InputStream in = ManifestCodecTest.class.getResourceAsStream("/cases/" + path)) {
            return in.readAllBytes();
        }
    }
}
