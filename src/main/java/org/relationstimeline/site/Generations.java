package org.relationstimeline.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relationstimeline.files.FolderSwap;
import org.relationstimeline.files.NoFollow;

/**
 * The three generations of a site: the current one in the output folder, the one before it in
 * {@code previous/} and the next one in {@code staging/} (both in the state folder, see
 * {@link StateFiles}). A build recycles the previous generation as its staging folder, so it only
 * touches the files that differ from it, and swaps the staged site into place; a swap that a
 * kill interrupted is finished or undone before anything else. Only a folder under this
 * machine's seal ({@link SiteManifest#isSealedSite}) counts as a site here: anything else stays
 * out of place, or is dropped.
 */
final class Generations {
    private final Path out;
    private final Path staging;
    private final Path previous;
    private final FolderSwap swap;

    Generations(StateFiles state, FolderSwap swap) {
        this.out = state.out();
        this.staging = state.staging();
        this.previous = state.previous();
        this.swap = swap;
    }

    Path staging() {
        return staging;
    }

    /**
     * After a kill during {@link #swap}: a staged site with its manifest is complete, so the swap
     * is finished; otherwise the previous site is put back. When the site is in place, a sealed
     * site left in the staging folder (the old one, after an exchange whose second rename was cut
     * short) becomes the previous generation, to be recycled.
     */
    void recover() throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS) && SiteManifest.isSealedSite(staging)) {
                FolderSwap.move(staging, previous);
            }
        } else if (SiteManifest.isSealedSite(staging)) {
            FolderSwap.move(staging, out);
        } else if (SiteManifest.isSealedSite(previous)) {
            FolderSwap.move(previous, out);
        }
    }

    /**
     * Turns the previous generation into the staging folder and returns the files it holds as its
     * manifest lists them, or starts an empty staging folder. The manifest is deleted first: until
     * the new one is written, the folder is not a complete site. A leftover staging folder is of
     * unknown state and dropped.
     */
    Map<String, SiteManifest.Row> recycle() throws IOException {
        NoFollow.deleteTree(staging);
        if (!NoFollow.isFolder(previous)
                || !Files.isRegularFile(previous.resolve(SiteManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            NoFollow.deleteTree(previous);
            NoFollow.createFolders(staging.getParent(), staging);
            return new HashMap<>();
        }
        Map<String, SiteManifest.Row> rows =
                new HashMap<>(SiteManifest.of(previous).files());
        Files.delete(previous.resolve(SiteManifest.FILE));
        FolderSwap.move(previous, staging);
        keepOnlyListedFiles(rows);
        return rows;
    }

    /** Puts the staged site in place; the current one becomes the previous generation. */
    void swap() throws IOException {
        swap.replace(staging, out, previous);
    }

    /** Drops a staged site that will not be committed. */
    void discardStaging() throws IOException {
        NoFollow.deleteTree(staging);
    }

    /**
     * The recycled generation may hold more than its manifest lists (a file left by hand, a folder
     * committed to the repository): symbolic links would make later writes land outside the site
     * and unlisted files would be published unseen, so both go, and rows without a file are dropped.
     */
    private void keepOnlyListedFiles(Map<String, SiteManifest.Row> rows) throws IOException {
        Set<String> present = new HashSet<>();
        List<Path> strays = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = SiteManifest.relative(staging, file);
                if (attrs.isRegularFile() && rows.containsKey(rel)) present.add(rel);
                else strays.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path stray : strays) Files.delete(stray);
        rows.keySet().retainAll(present);
    }
}
