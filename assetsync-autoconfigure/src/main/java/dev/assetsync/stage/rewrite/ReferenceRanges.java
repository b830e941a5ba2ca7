package dev.assetsync.stage.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects byte ranges of references during one scan and turns them into {@link FoundReference}s with lines. */
final class ReferenceRanges {

    private final byte[] content;

    private final List<int[]> ranges = new ArrayList<>();

    ReferenceRanges(byte[] content) {
        this.content = content;
    }

    void add(int start, int end) {
        if (end > start) {
            ranges.add(new int[] { start, end });
        }
    }

    List<FoundReference> toReferences() {
        ranges.sort(Comparator.comparingInt(range -> range[0]));
        List<FoundReference> references = new ArrayList<>(ranges.size());
        int line = 1;
        int counted = 0;
        int previousStart = -1;
        for (int[] range : ranges) {
            if (range[0] == previousStart) {
                continue; // found twice (an import clause read from two keywords); it is one reference
            }
            previousStart = range[0];
            for (; counted < range[0]; counted++) {
                if (content[counted] == '\n') {
                    line++;
                }
            }
            String written = new String(content, range[0], range[1] - range[0], StandardCharsets.UTF_8);
            references.add(new FoundReference(range[0], range[1], line, written));
        }
        return List.copyOf(references);
    }
}
