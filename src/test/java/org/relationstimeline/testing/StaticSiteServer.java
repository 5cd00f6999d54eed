package org.relationstimeline.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder under a sub-path on loopback, as GitHub Pages serves a project site:
 * folders answer with their index.html, a folder asked for without its slash is redirected, and
 * anything missing gets the site's 404.html with status 404. Port 0 picks a free port.
 */
public final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "json",
            "application/json",
            "txt",
            "text/plain; charset=utf-8",
            "xml",
            "application/xml",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "csv",
            "text/csv; charset=utf-8",
            "yml",
            "text/yaml; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final String subPath;
    private volatile Path site;

    private StaticSiteServer(HttpServer server, String subPath) {
        this.server = server;
        this.subPath = subPath;
    }

    /** Starts serving nothing yet at {@code subPath} (such as "/sub/"); {@link #serve} names the folder once it is built. */
    public static StaticSiteServer start(String subPath) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StaticSiteServer s = new StaticSiteServer(http, subPath);
            http.createContext(subPath, s::handle);
            http.setExecutor(s.threads);
            http.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Path siteFolder) {
        this.site = siteFolder.toAbsolutePath().normalize();
    }

    /** The base URL of the served site, such as http://127.0.0.1:41234/sub/. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + subPath;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path root = site;
            if (root == null || !path.startsWith(subPath)) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.substring(subPath.length())).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                    send(ex, 301, "text/plain", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound)
                        ? Files.readAllBytes(notFound)
                        : "not found".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
