package org.relationstimeline.site;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A file of the site, by path relative to the site folder. A file made from a known part of
 * the data (one pair's feed or export) may name a fingerprint of that data as its inputs and be
 * made only when they changed, so an edit re-makes the files it affects, not all of them; other
 * files are made at once and are known by their content.
 *
 * @param inputs a fingerprint of everything the file shows, or null for a file known by its content
 */
public record OutputFile(String file, String inputs, Supplier<byte[]> maker) {
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

    public byte[] content() {
        return maker.get();
    }
}
