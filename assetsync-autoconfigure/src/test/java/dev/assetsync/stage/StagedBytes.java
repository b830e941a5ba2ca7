package dev.assetsync.stage;

import java.io.IOException;
import java.io.InputStream;

/** The final bytes of a staged file, wherever staging left them. */
final class StagedBytes {

    private StagedBytes() {
    }

    static byte[] of(StagedFile file) throws IOException {
        try (InputStream in = file.content().open()) {
            return in.readAllBytes();
        }
    }
}
