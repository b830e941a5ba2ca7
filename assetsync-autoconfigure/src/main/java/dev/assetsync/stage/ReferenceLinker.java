package dev.assetsync.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.assetsync.stage.rewrite.FoundReference;
import dev.assetsync.stage.rewrite.LocalReference;
import dev.assetsync.stage.rewrite.ReferenceResolver;
import dev.assetsync.stage.rewrite.ReferenceRewriter;
import dev.assetsync.stage.rewrite.Replacement;

/** Connects the references found in one file to collected files, and rewrites them once their hashes are known. */
final class ReferenceLinker {

    private ReferenceLinker() {
    }

    /** References to collected files become links; references to anything else of this release become problems. */
    static LinkedReferences link(String file, List<FoundReference> found, Set<String> collected) {
        List<Link> links = new ArrayList<>();
        List<ReferenceProblem> problems = new ArrayList<>();
        for (FoundReference reference : found) {
            Optional<LocalReference> local = LocalReference.parse(reference.written());
            if (local.isEmpty()) {
                continue;
            }
            String target = ReferenceResolver.resolve(file, local.get());
            if (collected.contains(target)) {
                links.add(new Link(reference, local.get(), target));
            }
            else {
                problems.add(new ReferenceProblem(file, reference.line(), local.get().path(), target));
            }
        }
        return new LinkedReferences(links, problems);
    }

    /**
     * Rewrites the links whose target has a hash token; a link whose target has none yet stays as written, which
     * is how the pre-image of a reference cycle is built.
     */
    static byte[] rewrite(String file, byte[] content, List<Link> links, Map<String, String> tokens) {
        List<Replacement> replacements = new ArrayList<>(links.size());
        for (Link link : links) {
            String token = tokens.get(link.target());
            if (token != null) {
                String text = ReferenceRewriter.rewrite(file, link.reference(), link.target(), token);
                replacements.add(new Replacement(link.found().start(), link.found().end(), text));
            }
        }
        return Replacement.applyAll(content, replacements);
    }

    record LinkedReferences(List<Link> links, List<ReferenceProblem> problems) {

        LinkedReferences {
            links = List.copyOf(links);
            problems = List.copyOf(problems);
        }
    }
}
