package org.relationstimeline.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.relationstimeline.files.NoFollow;

/**
 * The files the generator keeps beside an output folder {@code site/}: the lock, the folder the
 * next site is staged in, the previous generation, and the entry cache. All are named here, so
 * that every one of them is checked for links before a build touches any.
 */
public record StateFiles(Path out) {
    public StateFiles {
        out = out.toAbsolutePath().normalize();
    }

    public Path lock() {
        return sibling(".lock");
    }

    public Path staging() {
        return sibling(".staging");
    }

    public Path previous() {
        return sibling(".old");
    }

    public Path cacheFolder() {
        return sibling(".cache");
    }

    public Path entryCache() {
        return cacheFolder().resolve("entries.bin");
    }

    /** Where the entry cache is written before it replaces the last one. */
    public Path entryCacheDraft() {
        return cacheFolder().resolve("entries.bin.tmp");
    }

    private Path sibling(String suffix) {
        return out.resolveSibling("." + out.getFileName() + suffix);
    }

    /**
     * Refuses a symbolic link at the output folder or at any state file. The output folder's
     * parent is where the user asked for it; the names below it come from the project, which a
     * pull request can fill.
     */
    public void refuseLinks() throws IOException {
        NoFollow.refuseLink(out, "the output folder");
        for (Path p : List.of(lock(), staging(), previous(), cacheFolder())) NoFollow.refuseLink(p, "the generator's own state");
        if (NoFollow.isFolder(cacheFolder())) {
            for (Path p : List.of(entryCache(), entryCacheDraft())) NoFollow.refuseLink(p, "the generator's own state");
        }
    }
}
