package dev.assetsync.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 digests: the hash in hashed names, and what S3 reports as the ETag of a single-part upload. */
public final class Md5 {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Md5() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime must provide MD5", ex);
        }
    }

    /** Lower-case hex MD5 of the bytes. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    /** Digests a stream a buffer at a time, so large files are never held in memory. */
    public static Digested digest(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream());
    }

    /** Copies a stream while digesting it: the copy holds exactly the bytes digested. */
    public static Digested copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
            size += read;
        }
        return new Digested(size, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * @param size how many bytes were read
     * @param md5 their lower-case hex MD5
     */
    public record Digested(long size, String md5) {
    }
}
