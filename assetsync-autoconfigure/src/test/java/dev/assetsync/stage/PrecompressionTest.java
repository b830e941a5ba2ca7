package dev.assetsync.stage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrecompressionTest {

    @ParameterizedTest
    @ValueSource(strings = { "css/app.css", "js/app.mjs", "img/logo.svg", "fonts/mark.ttf", "fonts/mark.eot",
            "data/app.json", "app.js.map", "index.html", "favicon.ico", "wasm/lib.wasm", "LICENSE" })
    void textAndUncompressedBinariesAreCompressible(String path) {
        assertThat(Precompression.isCompressible(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "img/a.png", "img/a.JPG", "img/a.jpeg", "img/a.gif", "img/a.webp", "img/a.avif",
            "fonts/a.woff", "fonts/a.woff2", "dl/a.zip", "js/app.js.gz", "js/app.js.br", "media/a.mp4",
            "media/a.webm", "media/a.mp3", "media/a.ogg" })
    void typesThatAreCompressedAlreadyAreNot(String path) {
        assertThat(Precompression.isCompressible(path)).isFalse();
    }
}
