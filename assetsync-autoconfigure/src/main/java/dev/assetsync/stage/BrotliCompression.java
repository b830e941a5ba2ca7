package dev.assetsync.stage;

import java.io.IOException;
import java.io.OutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Brotli through brotli4j, an optional dependency: this class is loaded only when Brotli is asked for, so an
 * application without the library never touches it.
 */
final class BrotliCompression {

    private static final int BEST_QUALITY = 11;

    private BrotliCompression() {
    }

    static OutputStream compressing(OutputStream out) throws IOException {
        try {
            Brotli4jLoader.ensureAvailability();
        }
        catch (UnsatisfiedLinkError ex) {
            throw new IOException("the brotli4j native library for this platform cannot be loaded ("
                    + ex.getMessage() + ")", ex);
        }
        return new BrotliOutputStream(out, new Encoder.Parameters().setQuality(BEST_QUALITY));
    }
}
