package dev.assetsync.collect;

import static dev.assetsync.collect.CaseInputs.toUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathAssetCollectorTest {

    private static final String CAFE_NFC = Normalizer.normalize("café.css", Normalizer.Form.NFC);
    private static final String CAFE_NFD = Normalizer.normalize("café.css", Normalizer.Form.NFD);

    @TempDir
    Path temp;

    @Test
    void includeAndExcludePatternsSelectByLogicalPath() throws IOException {
        Path classes = write(temp.resolve("classes"), Map.of("static/css/app.css", "a", "static/css/app.css.map", "m",
                "static/js/app.js", "j", "public/robots.txt", "r"));

        CollectedAssets collected = collect(List.of(classes),
                ClasspathAssetCollector.DEFAULT_LOCATIONS, List.of("css/**", "robots.txt"), List.of("**/*.map"));

        assertThat(collected.assets()).extracting(CollectedAsset::path).containsExactly("css/app.css", "robots.txt");
        assertThat(collected.locations()).extracting(LocationSummary::location, LocationSummary::files,
                LocationSummary::bytes).contains(tuple("classpath:/static/", 1, 1L), tuple("classpath:/public/", 1, 1L));
    }

    @Test
    void classpathLocationsWithoutSlashesNameTheSameFolders() throws IOException {
        Path classes = write(temp.resolve("classes"), Map.of("static/a.txt", "a", "public/b.txt", "b"));

        CollectedAssets collected = collect(List.of(classes), List.of("classpath:static", "classpath:/public"),
                List.of(), List.of());

        assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin).containsExactly(
                tuple("a.txt", "classpath:/static/ (" + classes + ")"),
                tuple("b.txt", "classpath:/public/ (" + classes + ")"));
    }

    @Test
    void namesThatNormaliseAlikeInOneFolderFailNamingBoth() throws IOException {
        Path classes = write(temp.resolve("classes"), Map.of("static/css/" + CAFE_NFC, "nfc", "static/css/" + CAFE_NFD, "nfd"));

        assertThatThrownBy(() -> collect(List.of(classes), List.of("classpath:/static/"), List.of(), List.of()))
                .isInstanceOf(AssetCollectionException.class)
                .hasMessageContaining("in classpath:/static/ would both be published as 'css/" + CAFE_NFC + "'")
                .hasMessageContaining("'css/caf\\u00e9.css' from classpath:/static/ (" + classes + ")")
                .hasMessageContaining("'css/cafe\\u0301.css' from classpath:/static/ (" + classes + ")");
    }

    @Test
    void namesThatNormaliseAlikeInTwoRootsOfOneLocationFailNamingBoth() throws IOException {
        Path classes = write(temp.resolve("classes"), Map.of("static/css/" + CAFE_NFD, "nfd"));
        Path jar = TestJars.write(temp.resolve("theme.jar"), Map.of("static/css/" + CAFE_NFC, "nfc"));

        assertThatThrownBy(() -> collect(List.of(classes, jar), List.of("classpath:/static/"), List.of(), List.of()))
                .isInstanceOf(AssetCollectionException.class)
                .hasMessage("Two files in classpath:/static/ would both be published as 'css/" + CAFE_NFC
                        + "' (their names differ only in Unicode normalisation): 'css/cafe\\u0301.css' from "
                        + "classpath:/static/ (" + classes + ") and 'css/caf\\u00e9.css' from "
                        + "classpath:/static/ (theme.jar). Rename one of them.");
    }

    @Test
    void namesThatNormaliseAlikeInTwoLocationsAreShadowing() throws IOException {
        Path classes = write(temp.resolve("classes"), Map.of("static/" + CAFE_NFD, "nfd", "public/" + CAFE_NFC, "nfc"));

        CollectedAssets collected = collect(List.of(classes), List.of("classpath:/static/", "classpath:/public/"),
                List.of(), List.of());

        assertThat(collected.assets()).singleElement().satisfies(asset -> {
            assertThat(asset.path()).isEqualTo(CAFE_NFC);
            assertThat(new String(CaseInputs.bytes(asset.content()), StandardCharsets.UTF_8)).isEqualTo("nfd");
        });
        assertThat(collected.shadowed()).containsExactly(new ShadowedAsset(CAFE_NFC,
                "classpath:/public/ (" + classes + ")", "classpath:/static/ (" + classes + ")"));
    }

    @Test
    void symbolicLinksAreFollowedOnlyInsideTheLocationFolder() throws IOException {
        Path outside = write(temp.resolve("outside"), Map.of("secret.txt", "secret"));
        Path classes = write(temp.resolve("classes"), Map.of("static/app.css", "app", "static/lib/x.js", "x",
                "public/p.txt", "p"));
        Path staticFolder = classes.resolve("static");
        Files.createSymbolicLink(staticFolder.resolve("alias.css"), Path.of("app.css"));
        Files.createSymbolicLink(staticFolder.resolve("lib2"), Path.of("lib"));
        Files.createSymbolicLink(staticFolder.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(staticFolder.resolve("leaked"), Path.of("../../outside"));
        Files.createSymbolicLink(staticFolder.resolve("sibling"), Path.of("../public"));
        Files.createSymbolicLink(staticFolder.resolve("dangling.txt"), Path.of("missing.txt"));

        CollectedAssets collected = collect(List.of(classes), List.of("classpath:/static/"), List.of(), List.of());

        assertThat(collected.assets()).extracting(CollectedAsset::path, asset -> new String(
                CaseInputs.bytes(asset.content()), StandardCharsets.UTF_8)).containsExactly(
                tuple("alias.css", "app"), tuple("app.css", "app"), tuple("lib/x.js", "x"), tuple("lib2/x.js", "x"));
    }

    @Test
    void fileLocationIsSearchedInItsPlaceInTheOrder() throws IOException {
        Path web = write(temp.resolve("web"), Map.of("css/app.css", "from file", "only-file.txt", "f"));
        Path classes = write(temp.resolve("classes"), Map.of("static/css/app.css", "from classpath"));

        CollectedAssets collected = collect(List.of(classes), List.of("file:" + web, "classpath:/static/"),
                List.of(), List.of());

        assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin, asset -> new String(
                CaseInputs.bytes(asset.content()), StandardCharsets.UTF_8)).containsExactly(
                tuple("css/app.css", "file:" + web + "/", "from file"),
                tuple("only-file.txt", "file:" + web + "/", "f"));
        assertThat(collected.shadowed()).containsExactly(new ShadowedAsset("css/app.css",
                "classpath:/static/ (" + classes + ")", "file:" + web + "/"));
        assertThat(collected.locations()).containsExactly(new LocationSummary("file:" + web + "/", 2, 10),
                new LocationSummary("classpath:/static/", 0, 0));
    }

    @Test
    void missingFileLocationPublishesNothingFromIt() throws IOException {
        CollectedAssets collected = collect(List.of(), List.of("file:" + temp.resolve("absent")), List.of(), List.of());

        assertThat(collected.assets()).isEmpty();
        assertThat(collected.locations()).containsExactly(new LocationSummary("file:" + temp.resolve("absent") + "/", 0, 0));
    }

    @Test
    void unreadableJarFailsNamingIt() throws IOException {
        Path jar = Files.writeString(temp.resolve("broken.jar"), "not a zip");

        assertThatThrownBy(() -> collect(List.of(jar), ClasspathAssetCollector.DEFAULT_LOCATIONS, List.of(), List.of()))
                .isInstanceOf(AssetCollectionException.class)
                .hasMessageStartingWith("Cannot list jar " + jar + ": ");
    }

    @Test
    void unsupportedLocationIsRejected() {
        assertThatThrownBy(() -> new ClasspathAssetCollector(getClass().getClassLoader(), List.of("/static/"),
                List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Static location '/static/' is not supported: use a classpath: or file: location");
    }

    @Test
    void jarUrlRootMayBeAFolderInsideAJar() throws IOException {
        Path app = TestJars.write(temp.resolve("app.jar"), Map.of("BOOT-INF/classes/static/a.css", "a",
                "BOOT-INF/classes/static/WEB-INF/web.xml", "w", "static/outside-the-root.css", "o"));
        URL classesInJar = new URL("jar:" + toUrl(app) + "!/BOOT-INF/classes/");

        try (URLClassLoader loader = new URLClassLoader(new URL[] { classesInJar }, ClassLoader.getPlatformClassLoader())) {
            CollectedAssets collected = new ClasspathAssetCollector(loader, List.of("classpath:/static/"), List.of(),
                    List.of(), "").collect();

            assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin,
                    asset -> CaseInputs.bytes(asset.content()).length)
                    .containsExactly(tuple("a.css", "classpath:/static/ (app.jar!/BOOT-INF/classes/)", 1));
        }
    }

    @Test
    void jarEntriesThatWouldLeaveTheLocationAreNeverPublished() throws IOException {
        Path jar = TestJars.write(temp.resolve("lib.jar"), Map.of("static/ok.css", "ok", "static/../escape.css", "e",
                "static/css/../../up.css", "u", "static/a\\b.css", "b", "static//double.css", "d",
                "static/./dot.css", "t"));

        CollectedAssets collected = collect(List.of(jar), List.of("classpath:/static/"), List.of(), List.of());

        assertThat(collected.assets()).extracting(CollectedAsset::path).containsExactly("ok.css");
    }

    @Test
    void extractedBootLayoutReachesLibrariesThroughTheManifestClassPath() throws IOException {
        Path app = TestJars.write(temp.resolve("app/app.jar"), "lib/theme.jar lib/missing.jar",
                Map.of("static/index.html", "<html>", "dev/App.class", "c"));
        TestJars.write(temp.resolve("app/lib/theme.jar"), Map.of("META-INF/resources/css/theme.css", "t",
                "static/index.html", "shadowed"));

        CollectedAssets collected = new ClasspathAssetCollector(ClassLoader.getSystemClassLoader(),
                ClasspathAssetCollector.DEFAULT_LOCATIONS, List.of(), List.of(), app.toString()).collect();

        assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin).containsExactly(
                tuple("css/theme.css", "classpath:/META-INF/resources/ (theme.jar)"),
                tuple("index.html", "classpath:/static/ (app.jar)"));
        assertThat(collected.shadowed()).containsExactly(new ShadowedAsset("index.html",
                "classpath:/static/ (theme.jar)", "classpath:/static/ (app.jar)"));
    }

    private static CollectedAssets collect(List<Path> roots, List<String> locations, List<String> includes,
            List<String> excludes) throws IOException {
        URL[] urls = roots.stream().map(CaseInputs::toUrl).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            return new ClasspathAssetCollector(loader, locations, includes, excludes, "").collect();
        }
    }

    private static Path write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }
}
