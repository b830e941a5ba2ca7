package dev.assetsync.stage.rewrite;

import java.util.ArrayList;
import java.util.List;

import dev.assetsync.stage.PathNames;

/** Resolves a reference to the logical path it names. Pure string logic; the lookup is the caller's. */
public final class ReferenceResolver {

    private ReferenceResolver() {
    }

    /**
     * The logical path a reference names: each written segment percent-decoded and NFC-normalised, relative
     * references resolved against the referring file's folder, root-relative ones against the static root,
     * {@code .} and {@code ..} removed. A root-relative path cannot climb above the root (browsers stop at the
     * host root too); a relative one that does keeps one leading {@code ../} per level, so it never equals a
     * collected path and is reported as not collected.
     *
     * @param referrer logical path of the file that contains the reference
     */
    public static String resolve(String referrer, LocalReference reference) {
        List<String> segments = new ArrayList<>();
        String folder = PathNames.folder(referrer);
        if (!reference.rootRelative() && !folder.isEmpty()) {
            segments.addAll(List.of(folder.split("/")));
        }
        String[] written = reference.path().split("/", -1);
        int above = 0;
        for (int i = reference.rootRelative() ? 1 : 0; i < written.length; i++) {
            String segment = PercentCoding.decode(written[i]);
            boolean dotSegment = segment.equals(".") || segment.equals("..");
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                else if (!reference.rootRelative()) {
                    above++;
                }
            }
            else if (!dotSegment) {
                segments.add(segment);
            }
            if (dotSegment && i == written.length - 1) {
                segments.add(""); // "a/." and "a/.." name a folder, as "a/" does
            }
        }
        return "../".repeat(above) + String.join("/", segments);
    }
}
