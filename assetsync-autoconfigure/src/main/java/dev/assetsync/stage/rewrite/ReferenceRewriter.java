package dev.assetsync.stage.rewrite;

import java.util.ArrayList;
import java.util.List;

import dev.assetsync.stage.HashedNames;
import dev.assetsync.stage.PathNames;

/** Writes the text of a reference that names the hashed file instead of the original. */
public final class ReferenceRewriter {

    private ReferenceRewriter() {
    }

    /**
     * The author's text with these changes only: {@code .<token>} inserted before the extension of the written
     * file name; a root-relative path made relative to the referring file (the files are published below a
     * prefix, where {@code /img/a.png} would miss them); a raw {@code +} in the path written {@code %2B} (S3
     * reads a raw {@code +} in a URL path as a space). Query and fragment are kept as written.
     *
     * @param referrer logical path of the file that contains the reference
     * @param target the logical path the reference resolves to ({@link ReferenceResolver#resolve})
     * @param token the hash in the target's hashed name
     */
    public static String rewrite(String referrer, LocalReference reference, String target, String token) {
        List<String> segments = reference.rootRelative()
                ? relativeSegments(referrer, reference, target)
                : new ArrayList<>(List.of(reference.path().split("/", -1)));
        int last = segments.size() - 1;
        segments.set(last, hashedFileName(segments.get(last), PathNames.fileName(target), token));
        String path = String.join("/", segments).replace("+", "%2B");
        int colon = path.indexOf(':');
        if (colon >= 0 && (path.indexOf('/') < 0 || colon < path.indexOf('/'))) {
            path = "./" + path; // "a:b.png" as the first segment would read as a URL scheme
        }
        return path + reference.suffix();
    }

    /** Written segments of a root-relative path, re-rooted at the referring file's folder. */
    private static List<String> relativeSegments(String referrer, LocalReference reference, String target) {
        List<String> written = new ArrayList<>();
        for (String segment : reference.path().substring(1).split("/", -1)) {
            String decoded = PercentCoding.decode(segment);
            if (decoded.equals("..")) {
                if (!written.isEmpty()) {
                    written.remove(written.size() - 1);
                }
            }
            else if (!decoded.equals(".")) {
                written.add(segment);
            }
        }
        String[] targetSegments = target.split("/");
        String folder = PathNames.folder(referrer);
        String[] folderSegments = folder.isEmpty() ? new String[0] : folder.split("/");
        int common = 0;
        while (common < folderSegments.length && common < targetSegments.length - 1
                && folderSegments[common].equals(targetSegments[common])) {
            common++;
        }
        List<String> relative = new ArrayList<>();
        for (int up = common; up < folderSegments.length; up++) {
            relative.add("..");
        }
        relative.addAll(written.subList(common, written.size()));
        return relative;
    }

    /**
     * Inserts the token into the written file name when its written extension is the target's extension (the
     * usual case, and the one that keeps the author's spelling); otherwise, for a name whose extension dot is
     * itself percent-encoded, writes the hashed name anew.
     */
    private static String hashedFileName(String written, String targetName, String token) {
        int writtenDot = PathNames.extensionStart(written);
        int targetDot = PathNames.extensionStart(targetName);
        boolean sameExtension = writtenDot < 0
                ? targetDot < 0
                : targetDot >= 0 && PercentCoding.decode(written.substring(writtenDot)).equals(targetName.substring(targetDot));
        return sameExtension
                ? HashedNames.hashedFileName(written, token)
                : PercentCoding.encodeSegment(HashedNames.hashedFileName(targetName, token));
    }
}
