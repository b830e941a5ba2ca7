package dev.assetsync.stage;

/**
 * Content-hashed names: the first {@value #HASH_LENGTH} hex digits of the MD5 of the final bytes, inserted
 * before the last extension of the file name ({@code a.min.js} → {@code a.min.<h>.js},
 * {@code js/app.js.map} → {@code js/app.js.<h>.map}) or appended when there is none
 * ({@code misc/noext} → {@code misc/noext.<h>}, {@code .htaccess} → {@code .htaccess.<h>}).
 */
public final class HashedNames {

    public static final int HASH_LENGTH = 12;

    private HashedNames() {
    }

    /** The hash that goes into a name, taken from the full lower-case hex MD5. */
    public static String token(String md5Hex) {
        if (md5Hex.length() < HASH_LENGTH) {
            throw new IllegalArgumentException("Not an MD5 hex digest: " + md5Hex);
        }
        return md5Hex.substring(0, HASH_LENGTH);
    }

    /** {@code css/app.css} with token {@code 0123456789ab} → {@code css/app.0123456789ab.css}. */
    public static String hashedPath(String path, String token) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + hashedFileName(path.substring(slash + 1), token);
    }

    /** Inserts the token into a single file name (no folder). */
    public static String hashedFileName(String fileName, String token) {
        int dot = PathNames.extensionStart(fileName);
        return dot < 0
                ? fileName + "." + token
                : fileName.substring(0, dot) + "." + token + fileName.substring(dot);
    }
}
