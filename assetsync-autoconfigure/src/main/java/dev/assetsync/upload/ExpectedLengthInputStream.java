package dev.assetsync.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails a read that ends before the length the bytes had when they were hashed: the file was cut or replaced while
 * the job ran, and the upload must fail saying so rather than send fewer bytes than it announced.
 */
final class ExpectedLengthInputStream extends FilterInputStream {

    private final long expected;

    private final String key;

    private long read;

    ExpectedLengthInputStream(InputStream in, long expected, String key) {
        super(in);
        this.expected = expected;
        this.key = key;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        count((value < 0) ? -1 : 1);
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        count(count);
        return count;
    }

    private void count(int count) throws IOException {
        if (count >= 0) {
            this.read += count;
        }
        else if (this.read < this.expected) {
            throw new FileChangedException("the bytes of " + this.key + " ended after " + this.read + " of the "
                    + this.expected + " they had when hashed: the file changed while it was published");
        }
    }
}
