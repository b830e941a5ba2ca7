package dev.assetsync.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssetPathFilterTest {

    private static final List<String> PATHS = List.of("app.js", "app.js.map", "css/site.css", "css/site.css.map",
            "img/a/b.svg", "robots.txt");

    @Test
    void emptyIncludesAcceptEverything() {
        assertThat(PATHS).filteredOn(new AssetPathFilter(List.of(), List.of())::accepts).isEqualTo(PATHS);
    }

    @Test
    void includesSelectAndExcludesRemove() {
        AssetPathFilter filter = new AssetPathFilter(List.of("css/**", "img/**", "*.js*"), List.of("**/*.map"));

        assertThat(PATHS).filteredOn(filter::accepts).containsExactly("app.js", "css/site.css", "img/a/b.svg");
    }

    @Test
    void singleStarStaysInOneFolderAndMatchingIsCaseSensitive() {
        AssetPathFilter filter = new AssetPathFilter(List.of("img/*.svg", "*.TXT"), List.of());

        assertThat(PATHS).filteredOn(filter::accepts).isEmpty();
    }
}
