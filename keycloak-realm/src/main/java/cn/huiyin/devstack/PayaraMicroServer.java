package cn.huiyin.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro serving the WAR, as a child process (its own JVM, so its memory and its log are
 * its own), ready when MicroProfile Health says so: database and Keycloak reachable.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /**
     * Not "/": Payara Micro puts a lone WAR at the root by default, and an app there hides
     * Payara's own /health and /openapi endpoints.
     */
    public static final String CONTEXT_ROOT = "/huiyin";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraMicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        // Ctrl-C while it is still starting must not leave it running
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "payara-" + port + "-stop"));
    }

    /**
     * @param config MicroProfile Config values passed as system properties (db.url, oidc.issuer, …)
     */
    public static PayaraMicroServer start(Path payaraJar, Path war, int requestedPort, Map<String, String> config,
                                          Path log, Duration timeout) {
        int port = Ports.choose(requestedPort, "Application HTTP", "--port=<port> (or env HUIYIN_PORT)");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", CONTEXT_ROOT,
                "--port", Integer.toString(port), "--nocluster"));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            PayaraMicroServer server = new PayaraMicroServer(p, port, log);
            try {
                server.awaitReady(timeout);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("starting Payara Micro", e);
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(baseUrl() + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + tail(40));
            }
            if (deploymentFailed()) {
                throw new IllegalStateException("The WAR failed to deploy (log: " + log + "):\n" + tail(40));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            sleep();
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout.toSeconds() + " s:\n" + tail(40));
    }

    /** Payara Micro keeps running when the WAR fails to deploy; its log says so. */
    private boolean deploymentFailed() {
        try {
            return Files.readString(log).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String appUrl() {
        return baseUrl() + CONTEXT_ROOT + "/";
    }

    public long pid() {
        return process.pid();
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
