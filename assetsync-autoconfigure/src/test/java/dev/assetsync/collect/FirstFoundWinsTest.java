package dev.assetsync.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FirstFoundWinsTest {

    private final FirstFoundWins selection = new FirstFoundWins(new AssetPathFilter(List.of(), List.of("**/*.map")));

    @Test
    void firstSourceWinsAndLaterOnesAreShadowedInOrder() {
        selection.startLocation("L1");
        add("L1 (app)", "b.css", "a.css");
        add("L1 (lib.jar)", "a.css", "c.css");
        selection.startLocation("L2");
        add("L2 (app)", "a.css", "c.css", "d.css");

        CollectedAssets result = selection.result();

        assertThat(result.assets()).extracting(CollectedAsset::path, CollectedAsset::origin,
                asset -> new String(CaseInputs.bytes(asset.content()), StandardCharsets.UTF_8)).containsExactly(
                tuple("a.css", "L1 (app)", "a.css@L1 (app)"), tuple("b.css", "L1 (app)", "b.css@L1 (app)"),
                tuple("c.css", "L1 (lib.jar)", "c.css@L1 (lib.jar)"), tuple("d.css", "L2 (app)", "d.css@L2 (app)"));
        assertThat(result.shadowed()).containsExactly(new ShadowedAsset("a.css", "L1 (lib.jar)", "L1 (app)"),
                new ShadowedAsset("a.css", "L2 (app)", "L1 (app)"), new ShadowedAsset("c.css", "L2 (app)", "L1 (lib.jar)"));
        assertThat(result.locations()).containsExactly(new LocationSummary("L1", 3, 15), new LocationSummary("L2", 1, 5));
    }

    @Test
    void refusedAndExcludedFilesAreNeitherPublishedNorShadowed() {
        selection.startLocation("L1");
        add("L1 (app)", "WEB-INF/web.xml", "../up.css", "a.css.map", "a.css");
        selection.startLocation("L2");
        add("L2 (app)", "a.css.map", "WEB-INF/web.xml");

        CollectedAssets result = selection.result();

        assertThat(result.assets()).extracting(CollectedAsset::path).containsExactly("a.css");
        assertThat(result.shadowed()).isEmpty();
    }

    @Test
    void twoSpellingsOfOnePathInOneLocationFail() {
        String nfd = Normalizer.normalize("é.css", Normalizer.Form.NFD);
        selection.startLocation("L1");
        add("L1 (app)", nfd);

        assertThatThrownBy(() -> add("L1 (lib.jar)", "é.css"))
                .isInstanceOf(AssetCollectionException.class)
                .hasMessage("Two files in L1 would both be published as 'é.css' (their names differ only in Unicode"
                        + " normalisation): 'e\\u0301.css' from L1 (app) and '\\u00e9.css' from L1 (lib.jar)."
                        + " Rename one of them.");
    }

    @Test
    void anotherSpellingInALaterLocationIsShadowed() {
        String nfd = Normalizer.normalize("é.css", Normalizer.Form.NFD);
        selection.startLocation("L1");
        add("L1 (app)", nfd);
        selection.startLocation("L2");
        add("L2 (app)", "é.css");

        assertThat(selection.result().shadowed()).containsExactly(new ShadowedAsset("é.css", "L2 (app)", "L1 (app)"));
    }

    /** Each file's bytes name the file and its source, so the winner can be told apart by content. */
    private void add(String origin, String... paths) {
        selection.add(origin, Arrays.stream(paths).map(path -> new FoundFile(path, path.length(),
                () -> new ByteArrayInputStream((path + "@" + origin).getBytes(StandardCharsets.UTF_8)))).toList());
    }
}
