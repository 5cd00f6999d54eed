package org.relationstimeline.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * Writes maps, lists, strings, integers and booleans as JSON, keys in the map's own order.
 *
 * <p>The output is safe inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so neither
 * {@code </script>} nor {@code <!--} can appear in it, whatever the data holds. U+2028 and
 * U+2029 are escaped too, so the text is also a valid JavaScript literal.
 */
public final class Json {
    /** The depth given for output on one line. */
    private static final int COMPACT = -1;

    private Json() {}

    /** On one line, for embedding in pages. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** Indented by two spaces, with a final newline, for files people read and diff. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, Integer.MAX_VALUE, null);
        return out.append('\n').toString();
    }

    /**
     * Indented for the first {@code levels} levels of nesting and on one line below them:
     * {@code pretty(doc, 2)} puts each item of a top-level list on a line of its own, which keeps
     * large exports small and still easy to diff line by line.
     */
    public static String pretty(Object value, int levels) {
        if (levels < 1) throw new IllegalArgumentException("levels must be positive");
        StringBuilder out = new StringBuilder();
        write(out, value, 0, levels, null);
        return out.append('\n').toString();
    }

    /**
     * As {@link #pretty(Object, int)}, written to {@code sink} as it is made: the text is handed on
     * whenever a list's item leaves more than {@link #FLUSH_AT} characters waiting, so a document whose
     * long list is made item by item as it is read (see {@link Written}) is never held whole.
     */
    public static void pretty(Object value, int levels, Writer sink) throws IOException {
        if (levels < 1) throw new IllegalArgumentException("levels must be positive");
        StringBuilder out = new StringBuilder();
        try {
            write(out, value, 0, levels, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.append(out.append('\n'));
    }

    /** How many characters a streamed document holds before handing them on. */
    static final int FLUSH_AT = 1 << 16;

    /** Appends the value on one line, as {@link #compact} gives it. */
    static void write(StringBuilder out, Object value) {
        write(out, value, COMPACT, 0, null);
    }

    /**
     * A value written ahead, on one line as {@link #compact} writes it, to be placed in a larger
     * document as it is: a large list's items can then be written side by side, or kept, without
     * a tree of the whole document. Only {@link #written} makes one, so its text is always JSON
     * escaped as this class escapes it.
     */
    public static final class Written {
        private final String text;

        private Written(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The value written on one line, to be placed as it is in a document written later. */
    public static Written written(Object value) {
        return new Written(compact(value));
    }

    /** A JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        string(out, s);
        return out.toString();
    }

    /** {@code sink}, when not null, takes what {@code out} holds between two items of a list. */
    private static void write(StringBuilder out, Object value, int depth, int levels, Writer sink) {
        if (depth >= levels) depth = COMPACT;
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Written w) {
            out.append(w.text);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth, levels, sink);
        } else if (value instanceof Collection<?> list) {
            array(out, list, depth, levels, sink);
        } else {
            // Floating point has several textual forms; refusing it keeps every output reproducible.
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth, int levels, Writer sink) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key))
                throw new IllegalArgumentException("JSON keys are strings: " + e.getKey());
            if (!first) out.append(',');
            first = false;
            newline(out, deeper(depth));
            string(out, key);
            out.append(depth == COMPACT ? ":" : ": ");
            write(out, e.getValue(), deeper(depth), levels, sink);
        }
        newline(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth, int levels, Writer sink) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) out.append(',');
            first = false;
            newline(out, deeper(depth));
            write(out, item, deeper(depth), levels, sink);
            if (sink != null && out.length() >= FLUSH_AT) handOn(out, sink);
        }
        newline(out, depth);
        out.append(']');
    }

    private static void handOn(StringBuilder out, Writer sink) {
        try {
            sink.append(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    private static int deeper(int depth) {
        return depth == COMPACT ? COMPACT : depth + 1;
    }

    private static void newline(StringBuilder out, int depth) {
        if (depth == COMPACT) return;
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    /** Appends {@code s} as a JSON string literal, with the escapes described above. */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20
                            || c == '<'
                            || c == '>'
                            || c == '&'
                            || c == '\u2028'
                            || c == '\u2029'
                            || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** True when the surrogate at i is half of a well-formed pair (then both halves are written as is). */
    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
