package dev.assetsync.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLStreamHandler;
import java.net.URLConnection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveRootTest {

    @ParameterizedTest
    @CsvSource({
            "jar:file:/libs/app.jar!/BOOT-INF/classes/, app.jar!/BOOT-INF/classes/",
            "jar:file:/libs/theme.jar!/, theme.jar",
            "jar:nested:/srv/app.jar/!BOOT-INF/lib/theme-1.0.jar!/, app.jar!/BOOT-INF/lib/theme-1.0.jar",
            "jar:nested:/srv/app.jar/!BOOT-INF/classes/!/, app.jar!/BOOT-INF/classes/",
            "jar:file:/my%20libs/a%2Bb.jar!/, a+b.jar" })
    void labelsNameTheArchiveAndTheFolderInsideIt(String url, String label) throws MalformedURLException {
        // nested: needs Spring Boot's handler to open, not to be parsed.
        URL parsed = new URL(null, url, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                throw new UnsupportedOperationException();
            }
        });

        assertThat(ArchiveRoot.labelOf(parsed)).isEqualTo(label);
    }
}
