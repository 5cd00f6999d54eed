package org.relationstimeline.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes maps, lists, strings, integers and booleans as block-style YAML, keys in the map's own
 * order, for files another program reads (the CMS's {@code config.yml}).
 *
 * <p>Every string is double-quoted and escaped, whatever it holds, so no value can be read as
 * another type (YAML 1.1 reads a bare {@code NO} as false, YAML 1.2 a bare {@code 0o17} as 15), as
 * a comment, an anchor, a flow collection or a new key. Control characters, line and paragraph
 * separators and the byte-order mark are written as {@code \\u} escapes, and a lone surrogate
 * (which UTF-8 cannot encode) as U+FFFD, so each value stays on its line and reads back as
 * written. Keys come from code, never from data, and must be plain identifiers.
 */
public final class YamlDocument {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String INDENT = "  ";

    private YamlDocument() {}

    /** The document for a top-level map, ending in a newline. */
    public static String write(Map<String, ?> root) {
        StringBuilder out = new StringBuilder();
        if (root.isEmpty()) return "{}\n";
        mapping(out, root, "", false);
        return out.toString();
    }

    /** A double-quoted YAML scalar that reads back as {@code s}. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\ufffd');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Writes the entries of {@code map} at {@code indent}; the first on the current line when it follows a dash. */
    private static void mapping(StringBuilder out, Map<String, ?> map, String indent, boolean afterDash) {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!KEY.matcher(e.getKey()).matches())
                throw new IllegalArgumentException("not a plain key: " + e.getKey());
            if (!(first && afterDash)) out.append(indent);
            first = false;
            out.append(e.getKey()).append(':');
            value(out, e.getValue(), indent);
        }
    }

    /** Writes what follows the colon of a key at {@code indent}, through its last line end. */
    private static void value(StringBuilder out, Object value, String indent) {
        String child = indent + INDENT;
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            mapping(out, keyed(m), child, false);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            items(out, l, child);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    /** One {@code - item} per line at {@code indent}; an item's own content sits two columns in. */
    private static void items(StringBuilder out, List<?> list, String indent) {
        String inner = indent + INDENT;
        for (Object item : list) {
            out.append(indent).append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                out.append(' ');
                mapping(out, keyed(m), inner, true);
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                items(out, l, inner);
            } else {
                out.append(' ').append(scalar(item)).append('\n');
            }
        }
    }

    private static String scalar(Object value) {
        if (value instanceof String s) return quote(s);
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) return value.toString();
        if (value instanceof Map<?, ?>) return "{}";
        if (value instanceof List<?>) return "[]";
        throw new IllegalArgumentException(
                "cannot write " + (value == null ? "null" : value.getClass().getSimpleName()) + " as YAML");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> keyed(Map<?, ?> m) {
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) throw new IllegalArgumentException("map keys must be strings, not " + k);
        }
        return (Map<String, ?>) m;
    }
}
