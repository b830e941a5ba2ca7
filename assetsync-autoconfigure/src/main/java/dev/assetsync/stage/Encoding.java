package dev.assetsync.stage;

import java.util.Arrays;
import java.util.Optional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** A pre-compressed form of a file, published beside the hashed original under the original's key plus a suffix. */
public enum Encoding {

    /** gzip from the JDK, at the best compression level. */
    GZIP("gzip", ".gz"),

    /** Brotli at its best quality, with the optional brotli4j library. */
    BROTLI("br", ".br");

    private static final String BROTLI_CLASS = "com.aayushatharva.brotli4j.Brotli4jLoader";

    private final String contentEncoding;

    private final String suffix;

    Encoding(String contentEncoding, String suffix) {
        this.contentEncoding = contentEncoding;
        this.suffix = suffix;
    }

    /** The Content-Encoding header value, also the name the manifest lists it under. */
    public String contentEncoding() {
        return this.contentEncoding;
    }

    /** Appended to the hashed key: {@code app.0123456789ab.css.gz}. */
    public String suffix() {
        return this.suffix;
    }

    /** The encoding a manifest lists under this name, or empty for one this version does not know. */
    public static Optional<Encoding> named(String contentEncoding) {
        return Arrays.stream(values()).filter((encoding) -> encoding.contentEncoding.equals(contentEncoding))
            .findFirst();
    }

    /** Whether the library this encoding needs is on the classpath. */
    public boolean isAvailable() {
        if (this == GZIP) {
            return true;
        }
        try {
            Class.forName(BROTLI_CLASS, false, Encoding.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException ex) {
            return false;
        }
    }

    /** Wraps a stream so that what is written to it is compressed; closing it finishes the compressed form. */
    OutputStream compressing(OutputStream out) throws IOException {
        // The JDK writes no file name and a zero modification time, so the same bytes always give the same gzip.
        return (this == GZIP) ? new BestGzipOutputStream(out) : BrotliCompression.compressing(out);
    }

    private static final class BestGzipOutputStream extends GZIPOutputStream {

        BestGzipOutputStream(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            this.def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
