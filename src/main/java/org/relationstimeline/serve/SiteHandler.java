package org.relationstimeline.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.relationstimeline.text.Hashes;

/**
 * Answers {@code GET} and {@code HEAD} from the preview site folder: content types, validators
 * ({@code ETag}, {@code Last-Modified}) and {@code 304}s, redirects of folder URLs to their
 * trailing-slash form, the site's 404 page, and refusal of any path that could leave the folder.
 * HTML is decorated on the way out (reload script, error overlay); files on disk never are.
 */
final class SiteHandler implements HttpHandler {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** How long a request for a missing file waits for a running build (which may be swapping folders). */
    private static final long BUILD_WAIT_MILLIS = 10_000;

    private final PreviewBuilder builder;
    private final ReloadHub hub;
    private final AllowedHosts hosts;

    SiteHandler(PreviewBuilder builder, ReloadHub hub, AllowedHosts hosts) {
        this.builder = builder;
        this.hub = hub;
        this.hosts = hosts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange);
        } catch (IOException e) {
            // The client went away mid-response; nothing to tell it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void respond(HttpExchange ex) throws IOException, InterruptedException {
        Headers h = ex.getResponseHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        String method = ex.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            h.set("Allow", "GET, HEAD");
            text(ex, 405, "Method not allowed: the preview server answers GET and HEAD only.\n", head);
            return;
        }
        if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
            // A page on another site pointing a DNS name at this computer must not read the preview.
            text(
                    ex,
                    421,
                    "This preview server answers only requests addressed to " + hosts.description() + ".\n",
                    head);
            return;
        }
        String rawPath = ex.getRequestURI().getRawPath();
        if (ReloadHub.PATH.equals(rawPath) && !head) {
            hub.serve(ex, builder.state().generation());
            return;
        }
        Optional<RequestPath> parsed = RequestPath.parse(rawPath);
        if (parsed.isEmpty()) {
            text(
                    ex,
                    400,
                    "Bad request: the path is not allowed (dot segments, encoded slashes, backslashes, "
                            + "control characters and double encoding are refused).\n",
                    head);
            return;
        }
        RequestPath path = parsed.get();
        PreviewBuilder.State state = builder.state();
        if (!state.hasSite()) {
            page(ex, 503, noSiteYet(state), state, head);
            return;
        }
        Path root = builder.siteFolder().toAbsolutePath().normalize();
        Path file = resolve(root, path);
        if (file == null && builder.isBuilding()) {
            // A rebuild swaps the site folder; a request that fell into the gap is answered after it.
            builder.awaitIdle(BUILD_WAIT_MILLIS);
            file = resolve(root, path);
        }
        if (file == null) {
            notFound(ex, root, rawPath, head);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.trailingSlash()) {
                String query = ex.getRequestURI().getRawQuery();
                h.set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                text(ex, 301, "Moved to " + rawPath + "/\n", head);
                return;
            }
            file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                notFound(ex, root, rawPath, head);
                return;
            }
        }
        serveFile(ex, file, state, head, rawPath, root);
    }

    /** The file or folder a request names, or null when there is none inside the site folder. */
    private static Path resolve(Path root, RequestPath path) {
        Path file =
                path.segments().isEmpty() ? root : root.resolve(path.relative()).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) return null;
        try {
            // The writer never makes symbolic links; anything that resolves outside is refused all the same.
            if (!file.toRealPath().startsWith(root.toRealPath())) return null;
        } catch (IOException e) {
            return null;
        }
        // The build's manifest and other bookkeeping are not part of the site.
        boolean hidden = path.segments().stream().anyMatch(s -> s.startsWith(".") && !s.equals(".well-known"));
        return hidden ? null : file;
    }

    private void serveFile(
            HttpExchange ex, Path file, PreviewBuilder.State state, boolean head, String rawPath, Path root)
            throws IOException, InterruptedException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            notFound(ex, root, rawPath, head);
            return;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        boolean html = ContentTypes.isHtml(type);
        String identity = attrs.fileKey() + "|" + attrs.size() + "|"
                + attrs.lastModifiedTime().toMillis();
        Instant modified = attrs.lastModifiedTime().toInstant();
        String etag;
        if (html) {
            // What is sent depends on the preview state too (reload script, overlay).
            etag = "W/\"" + Hashes.of(identity + "|" + state.generation()) + "\"";
            if (state.changedAt().isAfter(modified)) modified = state.changedAt();
        } else {
            etag = "\"" + Hashes.of(identity) + "\"";
        }
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("ETag", etag);
        h.set("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
        h.set("Cache-Control", "no-cache");
        if (notModified(ex.getRequestHeaders(), etag, modified)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        if (html) {
            String page;
            try {
                page = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                notFound(ex, root, rawPath, head);
                return;
            }
            send(
                    ex,
                    200,
                    PageDecorator.inject(page, PageDecorator.snippet(state.generation(), state.errors()))
                            .getBytes(StandardCharsets.UTF_8),
                    head);
            return;
        }
        // An open file stays readable even if a rebuild replaces the folder meanwhile.
        try (InputStream in = Files.newInputStream(file)) {
            if (head) {
                h.set("Content-Length", Long.toString(attrs.size()));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, attrs.size() == 0 ? -1 : attrs.size());
            try (OutputStream out = ex.getResponseBody()) {
                in.transferTo(out);
            }
        } catch (NoSuchFileException e) {
            notFound(ex, root, rawPath, head);
        }
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since; ETags compare weakly for GET. */
    static boolean notModified(Headers request, String etag, Instant modified) {
        String inm = request.getFirst("If-None-Match");
        if (inm != null) {
            String mine = opaque(etag);
            for (String candidate : inm.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || opaque(c).equals(mine)) return true;
            }
            return false;
        }
        String ims = request.getFirst("If-Modified-Since");
        if (ims == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ims.strip(), HTTP_DATE).toInstant();
            return modified.getEpochSecond() <= since.getEpochSecond();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private void notFound(HttpExchange ex, Path root, String rawPath, boolean head) throws IOException {
        PreviewBuilder.State state = builder.state();
        Path custom = root.resolve("404.html");
        String page;
        try {
            page = Files.readString(custom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                    + "<body><h1>Not found</h1></body></html>";
        }
        String decorated = PageDecorator.inject(
                page, PageDecorator.notFoundHint(rawPath) + PageDecorator.snippet(state.generation(), state.errors()));
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, 404, decorated.getBytes(StandardCharsets.UTF_8), head);
    }

    private void page(HttpExchange ex, int status, String html, PreviewBuilder.State state, boolean head)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(
                ex,
                status,
                PageDecorator.inject(html, PageDecorator.snippet(state.generation(), state.errors()))
                        .getBytes(StandardCharsets.UTF_8),
                head);
    }

    private static String noSiteYet(PreviewBuilder.State state) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No preview yet</title></head><body>"
                + "<h1>No preview yet</h1><p>The site has not built successfully yet. "
                + (state.errors().isEmpty()
                        ? "The first build is still running."
                        : "Fix the errors listed below and save.")
                + "</p></body></html>";
    }

    private static void text(HttpExchange ex, int status, String body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, body.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange ex, int status, byte[] body, boolean head) throws IOException {
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
