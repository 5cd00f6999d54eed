package org.relationstimeline.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A file of the site, by path relative to the site folder. A file made from a known part of
 * the data (one pair's feed or export) may name a fingerprint of that data as its inputs and be
 * made only when they changed, so an edit re-makes the files it affects, not all of them; other
 * files are made at once and are known by their content.
 *
 * <p>Its content is either bytes made whole ({@code maker}) or a text written to the site as it
 * is made ({@code text}), for files that grow with the whole timeline, such as the exports of all
 * entries, which a large site must not hold in memory at once. Exactly one of the two is given.
 *
 * @param inputs a fingerprint of everything the file shows, or null for a file known by its content
 */
public record OutputFile(String file, String inputs, Supplier<byte[]> maker, Text text) {
    /** A text written piece by piece to a writer that takes it as UTF-8. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    public OutputFile {
        if ((maker == null) == (text == null)) throw new IllegalArgumentException("give bytes or a text: " + file);
    }

    public OutputFile(String file, String inputs, Supplier<byte[]> maker) {
        this(file, inputs, maker, null);
    }

    public static OutputFile text(String file, String content) {
        return bytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static OutputFile bytes(String file, byte[] content) {
        return new OutputFile(file, null, () -> content);
    }

    /** A file made only when its inputs differ from those of the file in the previous site. */
    public static OutputFile deferred(String file, String inputs, Supplier<String> content) {
        return new OutputFile(file, inputs, () -> content.get().getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #deferred}, for a text written to the site as it is made rather than held whole. */
    public static OutputFile streamed(String file, String inputs, Text text) {
        return new OutputFile(file, inputs, null, text);
    }

    /** The whole content, made in memory (a streamed text too: for small sites and tests). */
    public byte[] content() {
        if (maker != null) return maker.get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            text.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds the file to the new site: a text is streamed, bytes are made whole. */
    public void writeTo(SiteWriter writer, String fingerprint) throws IOException {
        if (text != null) writer.write(file, text, fingerprint);
        else writer.write(file, maker.get(), fingerprint);
    }
}
