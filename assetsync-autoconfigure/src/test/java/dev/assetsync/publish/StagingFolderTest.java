package dev.assetsync.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StagingFolderTest {

    @TempDir
    Path root;

    @Test
    void aFolderOfSomethingElseIsRefusedAndLeftAsItWasEvenWithAFileNamedLikeTheManifest() throws IOException {
        Path folder = Files.createDirectories(this.root.resolve("work"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.writeString(folder.resolve("assetsync-manifest.json"), "{}");

        PublishException failure = catchThrowableOfType(PublishException.class, () -> StagingFolder.open(folder, false));

        assertThat(failure).hasMessage("The staging folder " + folder + " is not empty and holds no earlier staging "
                + "(no .assetsync-staging).");
        assertThat(failure.getAction()).isEqualTo("Point assetsync.staging-dir at an empty or new folder, or remove "
                + "it to stage in a temporary folder.");
        assertThat(names(folder)).containsExactlyInAnyOrder("notes.txt", "assetsync-manifest.json");
    }

    @Test
    void aFileIsRefusedNamingTheSetting() throws IOException {
        Path file = Files.writeString(this.root.resolve("staging"), "x");

        PublishException failure = catchThrowableOfType(PublishException.class, () -> StagingFolder.open(file, false));

        assertThat(failure).hasMessage("assetsync.staging-dir " + file + " is a file, not a folder.");
        assertThat(file).hasContent("x");
    }

    @Test
    void aFolderInUseByAnotherPublishIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = this.root.resolve("staging");
        try (StagingFolder first = StagingFolder.open(folder, false)) {
            Files.writeString(first.path().resolve("app.css"), "a");

            PublishException failure = catchThrowableOfType(PublishException.class,
                    () -> StagingFolder.open(folder, false));

            assertThat(failure).hasMessage("The staging folder " + folder + " is in use by another publish.");
            assertThat(failure.getAction()).isEqualTo("Give each publish job its own assetsync.staging-dir, or "
                    + "remove it to stage in a temporary folder.");
            assertThat(names(folder)).containsExactlyInAnyOrder(".assetsync-staging", "app.css");
        }
    }

    @Test
    void aConfiguredFolderIsEmptiedAfterTheRunButStaysAndIsUsedAgain() throws IOException {
        Path folder = this.root.resolve("staging");
        try (StagingFolder staging = StagingFolder.open(folder, false)) {
            Files.writeString(staging.path().resolve("app.css"), "a");
        }
        assertThat(names(folder)).containsExactly(".assetsync-staging");

        try (StagingFolder kept = StagingFolder.open(folder, true)) {
            Files.writeString(kept.path().resolve("app.css"), "a");
        }
        assertThat(names(folder)).containsExactlyInAnyOrder(".assetsync-staging", "app.css");

        try (StagingFolder again = StagingFolder.open(folder, true)) {
            assertThat(names(again.path())).containsExactly(".assetsync-staging");
        }
    }

    @Test
    void aTemporaryFolderGoesAfterTheRun() throws IOException {
        Path used;
        try (StagingFolder staging = StagingFolder.open(null, false)) {
            used = staging.path();
            Files.writeString(used.resolve("app.css"), "a");
        }
        assertThat(used).doesNotExist();
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map((child) -> child.getFileName().toString()).toList();
        }
    }
}
