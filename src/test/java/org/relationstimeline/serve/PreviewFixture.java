package org.relationstimeline.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A throw-away project for the preview tests: the real theme, a small corpus, and raw HTTP helpers. */
final class PreviewFixture {
    static final Path FIXTURE = Path.of("src/test/resources/serve");

    private PreviewFixture() {}

    /** Copies the project's theme, the fixture's extra assets, content and site.yaml into {@code dir}. */
    static Path project(Path dir) throws IOException {
        copyTree(Path.of("templates"), dir.resolve("templates"));
        copyTree(FIXTURE.resolve("assets"), dir.resolve("templates/assets"));
        copyTree(FIXTURE.resolve("content"), dir.resolve("content"));
        Files.copy(FIXTURE.resolve("site.yaml"), dir.resolve("site.yaml"));
        return dir;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The status line and everything after the headers of one raw request, sent exactly as given. */
    record RawResponse(int status, String head, String body) {}

    static RawResponse raw(int port, String requestTarget) throws IOException {
        return rawRequest(port, "GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    static RawResponse rawRequest(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String body = end < 0 ? "" : all.substring(end + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, head, body);
        }
    }

    /** A listener on the reload stream, reading lines on its own thread. */
    static final class EventStream implements AutoCloseable {
        private final Socket socket;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        EventStream(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + ReloadHub.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            reader = new Thread(
                    () -> {
                        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = r.readLine()) != null) lines.add(line);
                        } catch (SocketTimeoutException e) {
                            // test over
                        } catch (IOException e) {
                            // closed
                        }
                        lines.add("<closed>");
                    },
                    "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }

        /** The data of the next event named {@code name}, waiting at most {@code seconds}; null when none came. */
        String next(String name, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            boolean inEvent = false;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) continue;
                if (line.equals("<closed>")) return null;
                if (line.equals("event: " + name)) inEvent = true;
                else if (inEvent && line.startsWith("data: ")) return line.substring(6);
            }
            return null;
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
