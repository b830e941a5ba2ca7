package dev.assetsync.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.assetsync.stage.StagedFile;

/**
 * Finds keys of a release that two different contents would be written to: a file whose own name looks like the
 * hashed name (or a compressed variant's name) of another, or a file named like the manifest. Publishing either
 * would serve one file's bytes under the other's name.
 */
public final class KeyConflicts {

    private KeyConflicts() {
    }

    /** Human-readable conflicts, empty when every key gets exactly one content. */
    public static List<String> find(List<StagedFile> files, String manifestName) {
        Map<String, StagedFile> owners = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (StagedFile file : files) {
            List<String> paths = new ArrayList<>(List.of(file.path(), file.hashedPath()));
            file.variants().forEach((variant) -> paths.add(variant.hashedPath()));
            for (String path : paths) {
                StagedFile owner = owners.putIfAbsent(path, file);
                // A variant's bytes are never those of a file, so any other owner of a variant's key conflicts.
                boolean variant = !path.equals(file.path()) && !path.equals(file.hashedPath());
                if (owner != null && owner != file && (variant || !owner.md5().equals(file.md5()))) {
                    conflicts.add("'" + path + "' would hold both " + owner.path() + " and " + file.path());
                }
            }
            if (file.path().equals(manifestName)) {
                conflicts.add("'" + file.path() + "' has the name of the manifest (assetsync.manifest-name)");
            }
        }
        return conflicts;
    }
}
