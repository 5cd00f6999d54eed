package org.relationstimeline.text;

import java.util.Arrays;

/**
 * Writes JSON as a stream of calls, for documents too large or too regular to build as maps and
 * lists first (the search index: hundreds of thousands of terms). Strings are escaped exactly as
 * {@link Json} escapes them, so the output is as safe inside a page.
 *
 * <p>A container either keeps its items on one line, or starts each item after the first on a
 * new line ({@link Layout#LINE_PER_ITEM}), which keeps large files easy to diff; there is no
 * indentation.
 */
public final class JsonWriter {
    /** How the items of one object or array are separated. */
    public enum Layout {
        COMPACT,
        LINE_PER_ITEM
    }

    /** A place between two items of the innermost container, to measure or undo what follows it. */
    public record Mark(int length, int depth, int items) {}

    private static final int OBJECT = 1;
    private static final int LINES = 2;
    /** Set on an object whose name has been written and whose value has not. */
    private static final int NAMED = 4;

    private final StringBuilder out;
    /** For each open container, innermost last: its kind and state bits, and how many items it has. */
    private int[] flags = new int[8];

    private int[] items = new int[8];
    private int depth;

    public JsonWriter() {
        this(new StringBuilder(4096));
    }

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        return beginObject(Layout.COMPACT);
    }

    public JsonWriter beginObject(Layout layout) {
        return open('{', OBJECT | (layout == Layout.LINE_PER_ITEM ? LINES : 0));
    }

    public JsonWriter beginArray() {
        return beginArray(Layout.COMPACT);
    }

    public JsonWriter beginArray(Layout layout) {
        return open('[', layout == Layout.LINE_PER_ITEM ? LINES : 0);
    }

    /** Closes the innermost object or array. */
    public JsonWriter end() {
        if (depth == 0) throw new IllegalStateException("nothing is open");
        int f = flags[depth - 1];
        if ((f & NAMED) != 0) throw new IllegalStateException("a name without a value");
        depth--;
        out.append((f & OBJECT) != 0 ? '}' : ']');
        return this;
    }

    /** The name of the next member of the innermost object. */
    public JsonWriter name(String name) {
        if (depth == 0 || (flags[depth - 1] & OBJECT) == 0) throw new IllegalStateException("a name outside an object");
        if ((flags[depth - 1] & NAMED) != 0) throw new IllegalStateException("two names in a row");
        separate();
        Json.string(out, name);
        out.append(':');
        flags[depth - 1] |= NAMED;
        return this;
    }

    public JsonWriter value(String s) {
        beforeValue();
        Json.string(out, s);
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    /** Any value {@link Json} writes (a map, a list...), on one line as {@link Json#compact} writes it. */
    public JsonWriter value(Object tree) {
        beforeValue();
        Json.write(out, tree);
        return this;
    }

    /** Where the writer stands now, between two items of the innermost container. */
    public Mark mark() {
        if (depth > 0 && (flags[depth - 1] & NAMED) != 0) throw new IllegalStateException("a name without a value");
        return new Mark(out.length(), depth, depth == 0 ? 0 : items[depth - 1]);
    }

    /** UTF-8 bytes written since the mark. */
    public int utf8BytesSince(Mark mark) {
        int bytes = 0;
        for (int i = mark.length(); i < out.length(); i++) {
            char c = out.charAt(i);
            // A surrogate is half of a pair here (Json escapes lone ones): two halves, four bytes.
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** Takes back everything written since the mark, which must be in the container that is open now. */
    public JsonWriter rewind(Mark mark) {
        if (mark.depth() != depth || mark.length() > out.length())
            throw new IllegalStateException("the mark is not in this container");
        out.setLength(mark.length());
        if (depth > 0) {
            items[depth - 1] = mark.items();
            flags[depth - 1] &= ~NAMED;
        }
        return this;
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket, int kind) {
        beforeValue();
        out.append(bracket);
        if (depth == flags.length) {
            flags = Arrays.copyOf(flags, depth * 2);
            items = Arrays.copyOf(items, depth * 2);
        }
        flags[depth] = kind;
        items[depth] = 0;
        depth++;
        return this;
    }

    private void beforeValue() {
        if (depth == 0) return;
        int f = flags[depth - 1];
        if ((f & OBJECT) != 0) {
            if ((f & NAMED) == 0) throw new IllegalStateException("a value in an object needs a name first");
            flags[depth - 1] = f & ~NAMED;
        } else {
            separate();
        }
    }

    private void separate() {
        if (items[depth - 1]++ > 0) out.append((flags[depth - 1] & LINES) != 0 ? ",\n" : ",");
    }
}
