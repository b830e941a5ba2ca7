package dev.assetsync.collect;

import static dev.assetsync.collect.CaseInputs.bucketMd5s;
import static dev.assetsync.collect.CaseInputs.caseFolder;
import static dev.assetsync.collect.CaseInputs.classLoader;
import static dev.assetsync.collect.CaseInputs.manifestPaths;
import static dev.assetsync.collect.CaseInputs.md5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The collection step of the shared cases C14, C24 and C38. */
class ClasspathAssetCollectorCasesTest {

    private static final String C14 = "C14-same-path-in-several-static-locations";
    private static final String C24 = "C24-case-sensitivity";
    private static final String C38 = "C38-webjar-resources-inside-jars";

    @Test
    void c14DefaultLocationsServeWhatSpringMvcWouldServe() throws IOException {
        Path release = caseFolder(C14).resolve("input/r1");
        String classes = release.resolve("classes").toString();

        CollectedAssets collected = collect(release, ClasspathAssetCollector.DEFAULT_LOCATIONS);

        assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin).containsExactly(
                tuple("css/site.css", "classpath:/META-INF/resources/ (theme.jar)"),
                tuple("img/jar-only.svg", "classpath:/META-INF/resources/ (theme.jar)"),
                tuple("img/logo.svg", "classpath:/static/ (" + classes + ")"),
                tuple("js/override.js", "classpath:/META-INF/resources/ (" + classes + ")"),
                tuple("robots.txt", "classpath:/public/ (" + classes + ")"));
        assertBytesAsInBucket(collected, caseFolder(C14).resolve("expected/step1-bucket.tsv"));
        assertThat(collected.shadowed()).containsExactly(
                new ShadowedAsset("css/site.css", "classpath:/resources/ (" + classes + ")",
                        "classpath:/META-INF/resources/ (theme.jar)"),
                new ShadowedAsset("css/site.css", "classpath:/static/ (" + classes + ")",
                        "classpath:/META-INF/resources/ (theme.jar)"),
                new ShadowedAsset("css/site.css", "classpath:/public/ (" + classes + ")",
                        "classpath:/META-INF/resources/ (theme.jar)"),
                new ShadowedAsset("img/logo.svg", "classpath:/public/ (" + classes + ")",
                        "classpath:/static/ (" + classes + ")"),
                new ShadowedAsset("js/override.js", "classpath:/META-INF/resources/ (theme.jar)",
                        "classpath:/META-INF/resources/ (" + classes + ")"));
        assertThat(collected.locations()).containsExactly(
                new LocationSummary("classpath:/META-INF/resources/", 3, 91 + 123 + 39),
                new LocationSummary("classpath:/resources/", 0, 0),
                new LocationSummary("classpath:/static/", 1, 126),
                new LocationSummary("classpath:/public/", 1, 24));
    }

    @Test
    void c14VariantBOnlyTheConfiguredLocationsPublicFirst() throws IOException {
        Path release = caseFolder(C14).resolve("input/r1");
        String classes = release.resolve("classes").toString();

        CollectedAssets collected = collect(release, List.of("classpath:/public/", "classpath:/static/"));

        assertThat(collected.assets()).extracting(CollectedAsset::path, CollectedAsset::origin).containsExactly(
                tuple("css/site.css", "classpath:/public/ (" + classes + ")"),
                tuple("img/logo.svg", "classpath:/public/ (" + classes + ")"),
                tuple("robots.txt", "classpath:/public/ (" + classes + ")"));
        assertBytesAsInBucket(collected, caseFolder(C14).resolve("expected/variantB-bucket.tsv"));
        assertThat(collected.shadowed()).extracting(ShadowedAsset::path, ShadowedAsset::origin).containsExactly(
                tuple("css/site.css", "classpath:/static/ (" + classes + ")"),
                tuple("img/logo.svg", "classpath:/static/ (" + classes + ")"));
        assertThat(collected.locations()).containsExactly(
                new LocationSummary("classpath:/public/", 3, 71 + 126 + 24),
                new LocationSummary("classpath:/static/", 0, 0));
    }

    @Test
    void c38JarWithoutDirectoryEntriesIsListedAndProtectedFoldersAreSkipped() throws IOException {
        Path release = caseFolder(C38).resolve("input/r1");
        Path jar = release.resolve("jars/webjars-demo-1.2.3.jar");
        try (ZipFile zip = new ZipFile(jar.toFile());
                URLClassLoader loader = classLoader(release)) {
            // The premise of the case: no directory entries, so getResources cannot see the jar's folders.
            assertThat(Collections.list(zip.entries())).noneMatch(ZipEntry::isDirectory);
            assertThat(Collections.list(loader.getResources("static/"))).hasSize(1);
        }

        CollectedAssets collected = collect(release, ClasspathAssetCollector.DEFAULT_LOCATIONS);

        assertThat(collected.assets()).extracting(CollectedAsset::path)
                .containsExactlyElementsOf(manifestPaths(caseFolder(C38).resolve("expected/step1-manifest.tsv")));
        assertThat(collected.assets()).filteredOn(asset -> asset.path().startsWith("webjars/"))
                .extracting(CollectedAsset::origin)
                .containsOnly("classpath:/META-INF/resources/ (webjars-demo-1.2.3.jar)");
        assertThat(collected.assets()).filteredOn(asset -> asset.path().equals("from-jar-static.txt"))
                .extracting(CollectedAsset::origin)
                .containsExactly("classpath:/static/ (webjars-demo-1.2.3.jar)");
        // demo.css is rewritten later, so its bucket bytes differ from the collected ones.
        assertBytesAsInBucket(collected.assets().stream().filter(a -> !a.path().endsWith(".css")).toList(),
                caseFolder(C38).resolve("expected/step1-bucket.tsv"));
        assertThat(collected.shadowed()).isEmpty();
    }

    @Test
    void c24NamesDifferingOnlyByCaseStayTwoAssetsWithTheirOwnBytes() throws IOException {
        Path release = caseFolder(C24).resolve("input/r1b");

        CollectedAssets collected = collect(release, ClasspathAssetCollector.DEFAULT_LOCATIONS);

        assertThat(collected.assets()).extracting(CollectedAsset::path)
                .containsExactly("css/b.css", "img/Icon.svg", "img/icon.svg");
        Map<String, String> bucket = bucketMd5s(caseFolder(C24).resolve("expected/variantB-bucket.tsv"));
        assertThat(collected.assets()).filteredOn(asset -> asset.path().startsWith("img/"))
                .extracting(CollectedAsset::path, asset -> md5(asset.content()))
                .containsExactly(tuple("img/Icon.svg", bucket.get("img/Icon.svg")),
                        tuple("img/icon.svg", bucket.get("img/icon.svg")));
        assertThat(bucket.get("img/Icon.svg")).isNotEqualTo(bucket.get("img/icon.svg"));
    }

    @Test
    void c24KeysKeepTheCaseOfNamesAndExtensions() throws IOException {
        Path release = caseFolder(C24).resolve("input/r1c");

        CollectedAssets collected = collect(release, ClasspathAssetCollector.DEFAULT_LOCATIONS);

        assertThat(collected.assets()).extracting(CollectedAsset::path)
                .containsExactly("IMG/PHOTO.JPG", "img/Photo.Png");
        assertBytesAsInBucket(collected, caseFolder(C24).resolve("expected/variantC-bucket.tsv"));
    }

    private static CollectedAssets collect(Path release, List<String> locations) throws IOException {
        try (URLClassLoader loader = classLoader(release)) {
            CollectedAssets collected = new ClasspathAssetCollector(loader, locations, List.of(), List.of()).collect();
            // Content must stay readable after the class loader is gone: it is read by later steps.
            collected.assets().forEach(asset -> CaseInputs.bytes(asset.content()));
            return collected;
        }
    }

    private static void assertBytesAsInBucket(CollectedAssets collected, Path bucketTsv) throws IOException {
        assertBytesAsInBucket(collected.assets(), bucketTsv);
    }

    /** Files that are not rewritten are published with exactly the collected bytes under their logical path. */
    private static void assertBytesAsInBucket(List<CollectedAsset> assets, Path bucketTsv) throws IOException {
        Map<String, String> bucket = bucketMd5s(bucketTsv);
        assertThat(assets).isNotEmpty().allSatisfy(asset ->
                assertThat(md5(asset.content())).as(asset.path()).isEqualTo(bucket.get(asset.path())));
    }
}
