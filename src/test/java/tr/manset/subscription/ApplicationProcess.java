package tr.manset.subscription;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import tr.manset.MansetApplication;

/**
 * The application in a JVM of its own, started from the test's class path (without the test
 * classes), so a test can kill it as an operating system kills a process: no shutdown hook runs.
 */
final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ApplicationProcess start(Path log, List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
            "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:off", "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
            "-cp", applicationClassPath(), MansetApplication.class.getName(),
            "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        return new ApplicationProcess(process, log, port);
    }

    /** Waits until the application answers its health check. */
    ApplicationProcess awaitUp(Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
            while (Instant.now().isBefore(until)) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped on its own:\n" + tail());
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the application did not start within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: the process ends where it stands, in the middle of whatever it does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The test JVM's class path without the test classes (under Surefire it may be one manifest-only jar). */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
            try (JarFile jar = new JarFile(entries.getFirst())) {
                Manifest manifest = jar.getManifest();
                String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (classPath != null) {
                    entries = Arrays.stream(classPath.split(" ")).filter(entry -> !entry.isBlank())
                        .map(entry -> Path.of(URI.create(entry.startsWith("file:") ? entry : "file:" + entry)).toString())
                        .toList();
                }
            }
        }
        return String.join(File.pathSeparator, entries.stream()
            .filter(entry -> !Path.of(entry).endsWith("test-classes"))
            .toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
