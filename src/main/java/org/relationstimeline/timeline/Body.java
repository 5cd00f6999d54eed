package org.relationstimeline.timeline;

import java.io.IOException;
import java.nio.file.Path;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.text.TextDecoder;

/**
 * An entry's Markdown body. A loaded entry does not keep it in memory but where it is: its page
 * reads it again from the file when it is rendered, and an unchanged page is not rendered at all.
 * At 10,000 entries the bodies held for every entry were two fifths of a build's live memory.
 * What a build needs of a body besides its page (its links, its text for search) is worked out
 * once when the file is parsed and kept with the entry.
 */
public sealed interface Body {
    /** The Markdown, read from the file when not held. */
    String markdown();

    /** A body held in memory: entries being made (an import, a test) and those not from a file. */
    record Held(String markdown) implements Body {
        public static final Held EMPTY = new Held("");
    }

    /**
     * A body read again from its file when asked for. The file is read only if it is still a plain
     * file of the same size, and its text used only if it still has the same hash: what is shown is
     * always what was validated, never more bytes than were.
     *
     * @param file the entry's file
     * @param size its size in bytes when it was read
     * @param hash the hash of its bytes ({@link Hashes#of(byte[])})
     * @param line the file line on which the body starts
     */
    record InFile(Path file, long size, String hash, int line) implements Body {
        @Override
        public String markdown() {
            byte[] bytes;
            try {
                bytes = NoFollow.readAll(file, size);
            } catch (IOException e) {
                throw new ChangedException(file, "can no longer be read (" + e.getMessage() + ")");
            }
            if (bytes.length != size || !Hashes.of(bytes).equals(hash))
                throw new ChangedException(file, "changed while the site was being built");
            try {
                return after(TextDecoder.decode(bytes), line);
            } catch (TextDecoder.MalformedTextException e) {
                throw new ChangedException(file, "is no longer UTF-8"); // cannot happen: the same bytes decoded
            }
        }

        /** The text from the start of {@code line} on, as the front matter splitter cut it. */
        private static String after(String text, int line) {
            int at = 0;
            for (int i = 1; i < line; i++) {
                int next = text.indexOf('\n', at);
                if (next < 0) return "";
                at = next + 1;
            }
            return text.substring(at);
        }
    }

    /** The file of a body not held is not what was loaded any more: the build stops, and is run again. */
    final class ChangedException extends RuntimeException {
        private final Path file;

        public ChangedException(Path file, String what) {
            super("the file " + what);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
