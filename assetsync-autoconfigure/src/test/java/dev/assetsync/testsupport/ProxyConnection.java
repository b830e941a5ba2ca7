package dev.assetsync.testsupport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Serves one client connection of a {@link RecordingProxy}: request after request until either side closes. */
final class ProxyConnection implements Runnable {

    private final RecordingProxy proxy;
    private final Socket client;

    ProxyConnection(RecordingProxy proxy, Socket client) {
        this.proxy = proxy;
        this.client = client;
    }

    @Override
    public void run() {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            Optional<HttpHead> head = nextRequest(in);
            while (head.isPresent() && exchange(head.get(), in, out)) {
                head = nextRequest(in);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proxy.connectionFailed(e);
        } catch (Exception e) {
            proxy.connectionFailed(e);
        } finally {
            proxy.forget(client);
        }
    }

    /** The next request head, or empty once the client has closed its idle connection. */
    private static Optional<HttpHead> nextRequest(InputStream in) throws IOException {
        try {
            return HttpHead.read(in);
        } catch (SocketException e) {
            // Pooled SDK connections are often closed with a reset rather than a FIN; between requests that is a close.
            if ("Connection reset".equals(e.getMessage())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Handles one request; tells whether the client connection can carry another one. */
    private boolean exchange(HttpHead head, InputStream in, OutputStream out) throws Exception {
        S3Request request = S3Request.of(head.method(), head.target(), head.fields());
        PendingEntry entry = new PendingEntry(proxy.log(), request);
        FaultPlan plan = proxy.plan(request);
        boolean keepAlive = false;
        RecordedRequest recorded;
        try {
            Thread.sleep(plan.delay().toMillis());
            for (RequestHook hook : plan.beforeHooks()) {
                hook.beforeForwarding(request);
            }
            Optional<FaultAction> replacement = plan.replacement();
            if (replacement.isEmpty()) {
                keepAlive = forward(head, entry, in, out, true);
            } else if (replacement.get() instanceof FaultAction.LoseResponse) {
                keepAlive = forward(head, entry, in, out, false);
            } else if (replacement.get() instanceof FaultAction.ErrorResponse error) {
                keepAlive = respond(error, head, entry, in, out);
            } else if (replacement.get() instanceof FaultAction.StopProxy) {
                // logged before the cut, which the client notices at once
                entry.record(RecordedRequest.NO_RESPONSE, false);
                proxy.stop();
            }
        } finally {
            // no response was started (dropped, stopped, failed): logged as unanswered
            recorded = entry.record(RecordedRequest.NO_RESPONSE, false);
        }
        if (recorded.status() != RecordedRequest.NO_RESPONSE) {
            for (ResponseHook hook : plan.afterHooks()) {
                hook.afterResponse(recorded);
            }
        }
        return keepAlive;
    }

    /**
     * Forwards the request head byte for byte (Host included, so SigV4 signatures stay valid) over a fresh
     * upstream connection, then the body, then pumps the response back. A fresh connection per request means
     * an upstream connection the server closed while idle can never turn into a failed, logged attempt. Without
     * {@code deliver} the final response is read and dropped, and the client connection is then closed.
     */
    private boolean forward(HttpHead head, PendingEntry entry, InputStream in, OutputStream out, boolean deliver)
            throws IOException {
        Socket upstream = proxy.connectUpstream();
        try (upstream) {
            InputStream upstreamIn = new BufferedInputStream(upstream.getInputStream());
            OutputStream upstreamOut = new BufferedOutputStream(upstream.getOutputStream());
            BodyFraming requestBody = BodyFraming.ofRequest(head);
            boolean bodyHeldBack = head.hasToken("Expect", "100-continue") && !(requestBody instanceof BodyFraming.None);
            upstreamOut.write(head.raw());
            if (!bodyHeldBack) {
                requestBody.copy(in, upstreamOut);
            }
            upstreamOut.flush();
            HttpHead response = readResponseHead(upstreamIn);
            while (response.status() < 200) {
                out.write(response.raw());
                out.flush();
                if (response.status() == 100 && bodyHeldBack) {
                    requestBody.copy(in, upstreamOut);
                    upstreamOut.flush();
                    bodyHeldBack = false;
                }
                response = readResponseHead(upstreamIn);
            }
            BodyFraming responseBody = BodyFraming.ofResponse(response, head.method());
            // logged before the client can see the response, so a test reading the log after a call sees it
            entry.record(response.status(), false);
            if (!deliver) {
                responseBody.copy(upstreamIn, OutputStream.nullOutputStream());
                return false;
            }
            out.write(response.raw());
            responseBody.copy(upstreamIn, out);
            out.flush();
            // A client refused before its held-back body may still send it; the next request's start is then unknown.
            return !bodyHeldBack && !response.hasToken("Connection", "close") && !head.hasToken("Connection", "close")
                    && !responseBody.endsWithConnection();
        } finally {
            proxy.forget(upstream);
        }
    }

    private boolean respond(FaultAction.ErrorResponse error, HttpHead head, PendingEntry entry, InputStream in,
            OutputStream out) throws IOException {
        BodyFraming requestBody = BodyFraming.ofRequest(head);
        boolean hasBody = !(requestBody instanceof BodyFraming.None);
        // A client waiting for 100 Continue has not sent its body: answer and close, as servers do.
        boolean close = (hasBody && head.hasToken("Expect", "100-continue")) || head.hasToken("Connection", "close");
        if (hasBody && !close) {
            requestBody.copy(in, OutputStream.nullOutputStream());
        }
        byte[] body = head.method().equals("HEAD") ? new byte[0] : error.xmlBody();
        String responseHead = "HTTP/1.1 " + error.status() + " " + reason(error.status()) + "\r\n"
                + "Content-Type: application/xml\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "x-amz-request-id: fault-rule\r\n"
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        entry.record(error.status(), true);
        out.write(responseHead.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return !close;
    }

    private static HttpHead readResponseHead(InputStream upstreamIn) throws IOException {
        return HttpHead.read(upstreamIn)
                .orElseThrow(() -> new EOFException("S3 server closed the connection without responding"));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** A request's log entry, written once: when its response starts, or as unanswered when it never does. */
    private static final class PendingEntry {

        private final RequestLog log;
        private final long sequence;
        private final S3Request request;
        private Optional<RecordedRequest> recorded = Optional.empty();

        PendingEntry(RequestLog log, S3Request request) {
            this.log = log;
            this.sequence = log.nextSequence();
            this.request = request;
        }

        /** Logs the outcome unless one was logged already; returns the logged entry. */
        RecordedRequest record(int status, boolean injected) {
            if (recorded.isEmpty()) {
                recorded = Optional.of(log.add(sequence, request, status, injected));
            }
            return recorded.get();
        }
    }
}
