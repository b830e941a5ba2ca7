package dev.assetsync.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypesTest {

    /** The table of C23. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            css/app.css       | text/css; charset=utf-8
            data/config.json  | application/json
            docs/guide.pdf    | application/pdf
            favicon.ico       | image/x-icon
            fonts/f.eot       | application/vnd.ms-fontobject
            fonts/f.otf       | font/otf
            fonts/f.ttf       | font/ttf
            fonts/f.woff      | font/woff
            fonts/f.woff2     | font/woff2
            img/a.png         | image/png
            img/b.jpg         | image/jpeg
            img/b2.jpeg       | image/jpeg
            img/c.gif         | image/gif
            img/d.webp        | image/webp
            img/e.avif        | image/avif
            img/icon.svg      | image/svg+xml
            index.html        | text/html; charset=utf-8
            js/app.js         | text/javascript; charset=utf-8
            js/app.js.map     | application/json
            js/mod.mjs        | text/javascript; charset=utf-8
            media/clip.mp4    | video/mp4
            misc/blob.xyz     | application/octet-stream
            misc/noext        | application/octet-stream
            robots.txt        | text/plain; charset=utf-8
            site.webmanifest  | application/manifest+json
            wasm/mod.wasm     | application/wasm
            """)
    void c23Table(String path, String contentType) {
        assertThat(ContentTypes.forPath(path)).isEqualTo(contentType);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IMG/PHOTO.JPG            | image/jpeg
            img/Photo.Png            | image/png
            CSS/SITE.CSS             | text/css; charset=utf-8
            js/lib.cjs               | text/javascript; charset=utf-8
            js/app.js.gz             | application/gzip
            js/app.js.br             | application/x-brotli
            img/a.5d5d9eef.svg       | image/svg+xml
            img/scan.tif             | image/tiff
            audio/a.mp3              | audio/mpeg
            .htaccess                | application/octet-stream
            dir.with.dots/noext      | application/octet-stream
            """)
    void extensionIsCaseInsensitiveAndOnlyTheLastOneCounts(String path, String contentType) {
        assertThat(ContentTypes.forPath(path)).isEqualTo(contentType);
    }

    @Test
    void unknownTypeIsOctetStream() {
        assertThat(ContentTypes.forPath("a.unknown")).isEqualTo("application/octet-stream");
    }
}
