package org.relationstimeline.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path turned into a path below the site folder, or refused. The rules are strict on
 * purpose, because the preview server must never read outside the site folder: the path is
 * percent-decoded exactly once, and anything that could change the meaning of a path after that
 * is refused instead of being "cleaned": dot segments ({@code ..}, {@code %2e%2e}), encoded
 * slashes, backslashes, NUL and other control characters, a percent sign left after decoding
 * (double encoding such as {@code %252e}), empty segments ({@code //}) and colons (drive letters).
 *
 * @param segments the decoded path segments, never empty strings, never "." or ".."
 * @param trailingSlash the request path ended with '/', i.e. it names a folder
 */
record RequestPath(List<String> segments, boolean trailingSlash) {

    /** The path below the site folder, with '/' separators; empty for the site root. */
    String relative() {
        return String.join("/", segments);
    }

    /** Parses the raw (still percent-encoded) path of a request URI; empty when it must be refused. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) return Optional.empty();
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || c == ':') return Optional.empty();
        }
        boolean trailingSlash = path.endsWith("/");
        String inner = path.substring(1, trailingSlash && path.length() > 1 ? path.length() - 1 : path.length());
        List<String> segments = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String segment : inner.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return Optional.empty();
                segments.add(segment);
            }
        }
        return Optional.of(new RequestPath(List.copyOf(segments), trailingSlash || segments.isEmpty()));
    }

    /** Strict percent-decoding into UTF-8: a malformed escape or invalid UTF-8 refuses the path. */
    private static Optional<String> decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
