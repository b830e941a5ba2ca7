package dev.assetsync.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.collect.CollectedAsset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stages the inputs of the real-world cases that involve naming or rewriting and compares the staged files with
 * the case's expected manifest map, bucket listing (size, MD5, Content-Type) and rewritten bytes.
 */
class StagedCasesTest {

    private static final StageOptions DEFAULTS = new StageOptions(false, 2);

    @TempDir
    Path staging;

    @Test
    void c01QuotingWhitespaceBomAndNonAsciiBytes() throws IOException {
        assertStep("C01", "r1", "step1", List.of());
    }

    @Test
    void c02QueryAndFragmentKept() throws IOException {
        assertStep("C02", "r1", "step1", List.of());
    }

    @Test
    void c04ImportForms() throws IOException {
        assertStep("C04", "r1", "step1", List.of());
    }

    @Test
    void c05SourceMapsOnlyTrailingAndImportsUntouchedByDefault() throws IOException {
        assertStep("C05", "r1", "step1", List.of());
    }

    @Test
    void c05VariantBRewritesModuleImports() throws IOException {
        CaseFolder folder = CaseFolder.named("C05");
        StagedRelease release = stage(folder.staticAssets("r1"), new StageOptions(true, 2));

        Map<String, String> manifest = folder.manifest("step1");
        manifest.put("js/module.mjs", "js/module.49abb8afc51e.mjs");
        assertThat(hashedNames(release)).isEqualTo(manifest);
        assertRewritten(release, folder.rewritten("variantB"));
        assertThat(release.missingReferences()).isEmpty();
    }

    @Test
    void c06MissingReferencesReportedAndLeftAsWritten() throws IOException {
        assertStep("C06", "r1", "step1", List.of());
        assertStep("C06", "r2", "step3", List.of(
                "css/app.css:2 ../img/missing.png (img/missing.png)",
                "css/theme.css:2 ../fonts/gone.woff2 (fonts/gone.woff2)"));
    }

    @Test
    void c08NestedReferencesRenameEveryStylesheetAboveAChangedImage() throws IOException {
        StagedRelease first = assertStep("C08", "r1", "step1", List.of());
        StagedRelease second = assertStep("C08", "r2", "step2", List.of());

        assertThat(changedNames(first, second)).containsExactly(
                "css/colors.css", "css/main.css", "css/parts/buttons.css", "css/theme.css", "img/btn.png");
    }

    @Test
    void c10UrlsInCommentsAndStringsAreNotReferences() throws IOException {
        assertStep("C10", "r1", "step1", List.of());
    }

    @Test
    void c12SpacePlusAtPercentInNames() throws IOException {
        assertStep("C12", "r1", "step1", List.of());
    }

    @Test
    void c23ContentTypesFromTheTable() throws IOException {
        assertStep("C23", "r1", "step1", List.of());
    }

    @Test
    void c24aWrongCaseReferenceIsMissing() throws IOException {
        CaseFolder folder = CaseFolder.named("C24");
        StagedRelease release = stage(folder.staticAssets("r1"), DEFAULTS);

        assertExpected(release, folder, "variantA",
                List.of("css/app.css:1 ../img/logo.svg (img/logo.svg)"));
        List<String> paths = release.files().stream().map(StagedFile::path).toList();
        assertThat(CaseHints.of(paths).caseVariants(release.missingReferences().get(0))).containsExactly("img/Logo.svg");
    }

    @Test
    void c24bNamesDifferingOnlyInCaseStayDistinct() throws IOException {
        CaseFolder folder = CaseFolder.named("C24");
        List<CollectedAsset> assets = new ArrayList<>(folder.staticAssets("r1b"));
        assets.addAll(folder.jarAssets("r1b", "case-pair.jar", "META-INF/resources/"));
        StagedRelease release = stage(assets, DEFAULTS);

        assertExpected(release, folder, "variantB", List.of());
        assertThat(release.files()).extracting(StagedFile::hashedPath).doesNotHaveDuplicates();
    }

    @Test
    void c24cKeysKeepTheCaseOfNamesAndExtensions() throws IOException {
        CaseFolder folder = CaseFolder.named("C24");
        StagedRelease release = stage(folder.jarAssets("r1c", "upper-ext.jar", "META-INF/resources/"), DEFAULTS);

        assertExpected(release, folder, "variantC", List.of());
    }

    @Test
    void c27ChangedImageRenamesTheStylesheetOnly() throws IOException {
        StagedRelease first = assertStep("C27", "r1", "step1", List.of());
        StagedRelease second = assertStep("C27", "r2", "step2", List.of());

        assertThat(changedNames(first, second)).containsExactly("css/app.css", "img/bg.png");
    }

    @Test
    void c36PrehashedBundlerOutputsHashedLikeAnyOtherFile() throws IOException {
        assertStep("C36", "r1", "step1", List.of());
    }

    @Test
    void c38WebJarRewrittenInsideItsOwnFolder() throws IOException {
        CaseFolder folder = CaseFolder.named("C38");
        List<CollectedAsset> webJar = folder.jarAssets("r1", "webjars-demo-1.2.3.jar", "META-INF/resources/").stream()
                .filter(asset -> asset.path().startsWith("webjars/"))
                .toList();
        StagedRelease release = stage(webJar, DEFAULTS);

        Map<String, String> manifest = new TreeMap<>(folder.manifest("step1"));
        manifest.keySet().removeIf(path -> !path.startsWith("webjars/"));
        assertThat(hashedNames(release)).isEqualTo(manifest);
        assertBucket(release, folder.bucket("step1"));
        assertRewritten(release, folder.rewritten("step1"));
        assertThat(release.missingReferences()).isEmpty();
    }

    private StagedRelease assertStep(String id, String release, String step, List<String> problems) throws IOException {
        CaseFolder folder = CaseFolder.named(id);
        StagedRelease staged = stage(folder.staticAssets(release), DEFAULTS);
        assertExpected(staged, folder, step, problems);
        return staged;
    }

    private StagedRelease stage(List<CollectedAsset> assets, StageOptions options) throws IOException {
        return new Stager(options).stage(assets, staging.resolve("run-" + System.nanoTime()));
    }

    private static void assertExpected(StagedRelease release, CaseFolder folder, String step, List<String> problems)
            throws IOException {
        assertThat(hashedNames(release)).isEqualTo(folder.manifest(step));
        assertBucket(release, folder.bucket(step));
        assertRewritten(release, folder.rewritten(step));
        assertThat(release.missingReferences()).map(ReferenceProblem::toString).isEqualTo(problems);
        assertThat(release.cycles()).isEmpty();
    }

    /** Size, MD5 and Content-Type of both keys of every staged file, and the staged bytes themselves. */
    private static void assertBucket(StagedRelease release, Map<String, List<String>> bucket) throws IOException {
        for (StagedFile file : release.files()) {
            byte[] bytes = StagedBytes.of(file);
            assertThat(List.of((long) bytes.length, Md5.hex(bytes))).as(file.path()).isEqualTo(List.of(file.size(), file.md5()));
            for (String key : List.of(file.hashedPath(), file.path())) {
                assertThat(bucket).as("bucket row of " + key).containsKey(key);
                List<String> row = bucket.get(key);
                assertThat(List.of(Long.parseLong(row.get(0)), row.get(1), row.get(2))).as(key)
                        .isEqualTo(List.of(file.size(), file.md5(), ContentTypes.forPath(key)));
            }
        }
    }

    private static void assertRewritten(StagedRelease release, Map<String, byte[]> expected) throws IOException {
        Map<String, StagedFile> byHashedPath = release.files().stream()
                .collect(Collectors.toMap(StagedFile::hashedPath, file -> file));
        for (Map.Entry<String, byte[]> entry : expected.entrySet()) {
            assertThat(byHashedPath).as("staged " + entry.getKey()).containsKey(entry.getKey());
            assertThat(StagedBytes.of(byHashedPath.get(entry.getKey()))).as(entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    private static Map<String, String> hashedNames(StagedRelease release) {
        Map<String, String> names = new TreeMap<>();
        release.files().forEach(file -> names.put(file.path(), file.hashedPath()));
        return names;
    }

    private static List<String> changedNames(StagedRelease before, StagedRelease after) {
        Map<String, String> old = hashedNames(before);
        return hashedNames(after).entrySet().stream()
                .filter(entry -> !entry.getValue().equals(old.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }
}
