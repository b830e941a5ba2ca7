package dev.assetsync.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.assetsync.collect.AssetContent;
import dev.assetsync.stage.StagedFile;

import static org.assertj.core.api.Assertions.assertThat;

class KeyConflictsTest {

    private static final AssetContent NO_BYTES = () -> {
        throw new AssertionError("not read");
    };

    @Test
    void fileNamedLikeAnotherFilesHashedNameWithOtherBytesConflicts() {
        StagedFile app = new StagedFile("app.css", "app.0123456789ab.css", NO_BYTES, 1,
                "0123456789ab00000000000000000000");
        StagedFile impostor = new StagedFile("app.0123456789ab.css", "app.0123456789ab.fedcba987654.css",
                NO_BYTES, 1, "fedcba98765400000000000000000000");
        assertThat(KeyConflicts.find(List.of(app, impostor), "assetsync-manifest.json"))
            .containsExactly("'app.0123456789ab.css' would hold both app.css and app.0123456789ab.css");
    }

    @Test
    void sameBytesUnderTheSameKeyIsNoConflict() {
        StagedFile app = new StagedFile("app.css", "app.0123456789ab.css", NO_BYTES, 1,
                "0123456789ab00000000000000000000");
        StagedFile copy = new StagedFile("app.0123456789ab.css", "app.0123456789ab.0123456789ab.css", NO_BYTES,
                1, "0123456789ab00000000000000000000");
        assertThat(KeyConflicts.find(List.of(app, copy), "assetsync-manifest.json")).isEmpty();
    }

    @Test
    void fileNamedLikeTheManifestConflicts() {
        StagedFile manifestLookalike = new StagedFile("assetsync-manifest.json",
                "assetsync-manifest.0123456789ab.json", NO_BYTES, 1, "0123456789ab00000000000000000000");
        assertThat(KeyConflicts.find(List.of(manifestLookalike), "assetsync-manifest.json")).containsExactly(
                "'assetsync-manifest.json' has the name of the manifest (assetsync.manifest-name)");
    }
}
