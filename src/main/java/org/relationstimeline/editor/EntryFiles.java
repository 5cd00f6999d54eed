package org.relationstimeline.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.EventDate;

/** Where new entries go ({@code entries/YEAR/DATE-slug.md}) and how they are written: never over a file. */
public final class EntryFiles {
    static final int MAX_SLUG = 60;

    private EntryFiles() {}

    /** A slug from a title in any script, cut at a word boundary so file names stay readable. */
    static String slug(String title) {
        String slug = Slugs.slugifyAnyScript(title);
        if (slug.length() <= MAX_SLUG) return slug;
        int cut = slug.lastIndexOf('-', MAX_SLUG);
        return slug.substring(0, cut > 20 ? cut : MAX_SLUG);
    }

    /** {@code entriesDir/2023/2023-08-01-slug.md}. */
    static Path path(Path entriesDir, EventDate date, String slug) {
        return entriesDir.resolve(Integer.toString(date.year())).resolve(date.iso() + "-" + slug + ".md");
    }

    /**
     * Writes a new file, creating its folders.
     *
     * @throws FileAlreadyExistsException when the file exists; it is left as it was
     */
    public static void writeNew(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
