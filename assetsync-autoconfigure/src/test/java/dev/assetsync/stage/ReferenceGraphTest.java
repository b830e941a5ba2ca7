package dev.assetsync.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.assetsync.stage.ReferenceGraph.Component;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceGraphTest {

    @Test
    void chainIsOrderedDependenciesFirstWithRisingLevels() {
        List<Component> components = ReferenceGraph.components(List.of("main", "theme", "colors", "buttons"), Map.of(
                "main", Set.of("theme", "buttons"),
                "theme", Set.of("colors"),
                "colors", Set.of("buttons", "img/not-a-node.png")));

        assertThat(components).containsExactly(
                new Component(List.of("buttons"), false, 0),
                new Component(List.of("colors"), false, 1),
                new Component(List.of("theme"), false, 2),
                new Component(List.of("main"), false, 3));
    }

    @Test
    void cycleIsOneComponentAndFilesAboveItComeAfter() {
        List<Component> components = ReferenceGraph.components(List.of("a", "b", "c", "d", "leaf"), Map.of(
                "a", Set.of("b"),
                "b", Set.of("c", "leaf"),
                "c", Set.of("a"),
                "d", Set.of("b")));

        assertThat(components).containsExactly(
                new Component(List.of("leaf"), false, 0),
                new Component(List.of("a", "b", "c"), true, 1),
                new Component(List.of("d"), false, 2));
    }

    @Test
    void fileReferringToItselfIsACycle() {
        assertThat(ReferenceGraph.components(List.of("a", "b"), Map.of("a", Set.of("a"))))
                .containsExactly(new Component(List.of("a"), true, 0), new Component(List.of("b"), false, 0));
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        int length = 50_000; // far deeper than a recursive walk survives
        List<String> nodes = new ArrayList<>();
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (int i = 0; i < length; i++) {
            nodes.add("n" + i);
            if (i > 0) {
                dependencies.put("n" + i, Set.of("n" + (i - 1)));
            }
        }

        List<Component> components = ReferenceGraph.components(nodes, dependencies);

        assertThat(components).hasSize(length);
        assertThat(components.get(length - 1)).isEqualTo(new Component(List.of("n" + (length - 1)), false, length - 1));
    }
}
