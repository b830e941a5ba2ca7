package dev.assetsync.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;

/** Unpacks compressed variants, to compare them with the bytes they were made from. */
public final class Decompression {

    private Decompression() {
    }

    public static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    public static byte[] unbrotli(byte[] compressed) throws IOException {
        Brotli4jLoader.ensureAvailability();
        DirectDecompress result = Decoder.decompress(compressed);
        if (result.getResultStatus() != DecoderJNI.Status.DONE) {
            throw new IOException("Not a complete Brotli stream: " + result.getResultStatus());
        }
        return result.getDecompressedData();
    }
}
