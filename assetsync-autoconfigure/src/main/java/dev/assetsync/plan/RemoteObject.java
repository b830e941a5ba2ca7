package dev.assetsync.plan;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An object as a bucket listing shows it.
 *
 * @param size size in bytes
 * @param etag the ETag, quotes removed
 * @param lastModified when the object was last written, as the bucket says
 */
public record RemoteObject(long size, String etag, Instant lastModified) {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

    public RemoteObject {
        etag = (etag != null) ? etag.replace("\"", "").toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Whether this object certainly holds the bytes with that size and MD5: the ETag of a single-part upload is the
     * MD5 of its bytes.
     */
    public boolean certainlyHolds(long size, String md5) {
        return this.size == size && this.etag.equals(md5);
    }

    /**
     * Whether this object may be taken to hold those bytes when its name already vouches for its content: the size
     * matches and the ETag, where it is an MD5 at all (not a multipart or encrypted form), matches too.
     */
    public boolean plausiblyHolds(long size, String md5) {
        return this.size == size && (!MD5_HEX.matcher(this.etag).matches() || this.etag.equals(md5));
    }
}
