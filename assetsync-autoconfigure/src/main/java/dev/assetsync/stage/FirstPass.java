package dev.assetsync.stage;

import java.nio.file.Path;
import java.util.List;

/** What reading one asset gave: a finished file, or a stylesheet or script that waits for the hashes it refers to. */
sealed interface FirstPass {

    List<ReferenceProblem> problems();

    /** Named and staged already: its bytes do not depend on other files. */
    record Finished(StagedFile file, List<ReferenceProblem> problems) implements FirstPass {

        public Finished {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Its links are rewritten once their targets are named.
     *
     * @param raw the bytes as read, kept in the work folder rather than in memory
     */
    record Waiting(String path, Path raw, List<Link> links, List<ReferenceProblem> problems) implements FirstPass {

        public Waiting {
            links = List.copyOf(links);
            problems = List.copyOf(problems);
        }
    }
}
