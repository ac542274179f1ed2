package tr.manset.subscription;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the application and the test's SMTP server that holds one message: it
 * passes everything through, but of the n-th message it keeps back the final "." that ends the
 * DATA, so the server has not accepted that mail while the application waits for its answer. The
 * test kills the application then and drops the held connection: the server never stores the
 * half-sent mail, exactly as when a sender dies in the middle of a send.
 */
final class HoldingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final int holdAt;
    private final AtomicInteger messages = new AtomicInteger();
    private final CountDownLatch held = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Socket heldClient;
    private volatile Socket heldServer;

    HoldingRelay(int upstreamPort, int holdAt) throws IOException {
        this.upstreamPort = upstreamPort;
        this.holdAt = holdAt;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("relay-accept").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Messages whose DATA reached the relay's end, the held one included. */
    int messages() {
        return messages.get();
    }

    boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops both sides of the held connection without ever sending the held ".". */
    void dropHeld() {
        closeQuietly(heldServer);
        closeQuietly(heldClient);
    }

    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(HoldingRelay::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                sockets.add(client);
                sockets.add(server);
                Thread.ofVirtual().name("relay-down").start(() -> copy(server, client));
                Thread.ofVirtual().name("relay-up").start(() -> relayCommands(client, server));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** The server's answers go back as they are. */
    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException gone) {
            // one side closed: the connection is over
        } finally {
            closeQuietly(to);
        }
    }

    /** The client's lines go on one by one, watching for DATA and the "." that ends it. */
    private void relayCommands(Socket client, Socket server) {
        try {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = server.getOutputStream();
            boolean inData = false;
            for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                String text = new String(line, StandardCharsets.US_ASCII);
                if (inData && text.equals(".\r\n")) {
                    inData = false;
                    if (messages.incrementAndGet() == holdAt) {
                        heldClient = client;
                        heldServer = server;
                        held.countDown();
                        return;
                    }
                } else if (!inData && text.equalsIgnoreCase("DATA\r\n")) {
                    inData = true;
                }
                out.write(line);
                out.flush();
            }
            closeQuietly(server);
        } catch (IOException gone) {
            closeQuietly(server);
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
