package dev.assetsync.testsupport;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 reverse proxy on a loopback port in front of an S3 server. It forwards every request
 * head unchanged (so SigV4 signatures stay valid), logs each request with its final status in a
 * {@link RequestLog}, and applies {@link FaultRule}s: injected S3 errors, delays, hooks, dropped connections.
 */
public final class RecordingProxy implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(RecordingProxy.class.getName());

    private final InetSocketAddress upstream;
    private final int port;
    private final RequestLog log = new RequestLog();
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private ServerSocket listener;

    private RecordingProxy(InetSocketAddress upstream, ServerSocket listener) {
        this.upstream = upstream;
        this.port = listener.getLocalPort();
        AtomicInteger threadNumber = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "recording-proxy-" + port + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        listen(listener);
    }

    /** Starts a proxy on a free loopback port that forwards to {@code upstream}. */
    public static RecordingProxy start(InetSocketAddress upstream) throws IOException {
        return new RecordingProxy(upstream, bind(0));
    }

    /** Where clients send requests: {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public RequestLog log() {
        return log;
    }

    /** Adds a rule after the existing ones; see {@link FaultPlan} for how several rules combine. */
    public void addRule(FaultRule rule) {
        rules.add(rule);
    }

    public void clearRules() {
        rules.clear();
    }

    /**
     * Stops listening and cuts every open connection, in-flight requests included, the way a crashed server
     * would. {@link #start()} listens again on the same port.
     */
    public synchronized void stop() {
        if (listener.isClosed()) {
            return;
        }
        closeSocket(listener);
        openSockets.forEach(RecordingProxy::closeSocket);
        openSockets.clear();
    }

    /** Listens again on the same port after {@link #stop()}; does nothing while running. */
    public synchronized void start() throws IOException {
        if (listener.isClosed()) {
            listen(bind(port));
        }
    }

    public synchronized boolean isRunning() {
        return !listener.isClosed();
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }

    FaultPlan plan(S3Request request) {
        return FaultPlan.of(rules, request);
    }

    Socket connectUpstream() throws IOException {
        Socket socket = new Socket(upstream.getAddress(), upstream.getPort());
        openSockets.add(socket);
        return socket;
    }

    void forget(Socket socket) {
        openSockets.remove(socket);
    }

    void connectionFailed(Exception failure) {
        // After stop() every cut connection fails on purpose; anything else is worth seeing in the test output.
        System.Logger.Level level = isRunning() ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
        LOGGER.log(level, "Recording proxy connection ended with an error", failure);
    }

    private synchronized void listen(ServerSocket serverSocket) {
        listener = serverSocket;
        threads.execute(() -> accept(serverSocket));
    }

    private void accept(ServerSocket serverSocket) {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                openSockets.add(client);
                if (serverSocket.isClosed()) {
                    // stop() ran between accept and registration and could not cut this one
                    closeSocket(client);
                } else {
                    threads.execute(new ProxyConnection(this, client));
                }
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOGGER.log(System.Logger.Level.WARNING, "Recording proxy stopped accepting connections", e);
                    closeSocket(serverSocket);
                }
            }
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return serverSocket;
    }

    private static void closeSocket(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close a recording proxy socket", e);
        }
    }
}
