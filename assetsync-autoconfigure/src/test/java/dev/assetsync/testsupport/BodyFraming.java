package dev.assetsync.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** How an HTTP/1.1 message body is delimited, and copying such a body byte for byte. */
sealed interface BodyFraming {

    /** Copies exactly one body from {@code in} to {@code out}, framing bytes included. */
    void copy(InputStream in, OutputStream out) throws IOException;

    /** Whether the body ends only when the connection closes, so the connection cannot be reused. */
    default boolean endsWithConnection() {
        return false;
    }

    static BodyFraming ofRequest(HttpHead head) {
        if (head.hasToken("Transfer-Encoding", "chunked")) {
            return new Chunked();
        }
        return head.value("Content-Length").map(length -> (BodyFraming) new Fixed(Long.parseLong(length)))
                .orElse(new None());
    }

    static BodyFraming ofResponse(HttpHead response, String requestMethod) {
        int status = response.status();
        if (requestMethod.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return new None();
        }
        if (response.hasToken("Transfer-Encoding", "chunked")) {
            return new Chunked();
        }
        return response.value("Content-Length").map(length -> (BodyFraming) new Fixed(Long.parseLong(length)))
                .orElse(new UntilClose());
    }

    record None() implements BodyFraming {
        @Override
        public void copy(InputStream in, OutputStream out) {
            // nothing to copy
        }
    }

    record Fixed(long length) implements BodyFraming {
        @Override
        public void copy(InputStream in, OutputStream out) throws IOException {
            copyExactly(in, out, length);
        }
    }

    record Chunked() implements BodyFraming {
        @Override
        public void copy(InputStream in, OutputStream out) throws IOException {
            while (true) {
                String sizeLine = copyLine(in, out);
                int extension = sizeLine.indexOf(';');
                long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
                if (size == 0) {
                    // trailer fields (aws-chunked checksums travel here), then the empty line
                    String trailer;
                    do {
                        trailer = copyLine(in, out);
                    } while (!trailer.isEmpty());
                    return;
                }
                copyExactly(in, out, size);
                copyLine(in, out);
            }
        }
    }

    record UntilClose() implements BodyFraming {
        @Override
        public void copy(InputStream in, OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public boolean endsWithConnection() {
            return true;
        }
    }

    private static void copyExactly(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("Body ended " + remaining + " bytes early");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }

    /** Copies one CRLF-terminated line and returns it without the line end. */
    private static String copyLine(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(32);
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Chunked body ended inside a line");
            }
            out.write(b);
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }
}
