package org.relationstimeline.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.relationstimeline.content.EntryCache;
import org.relationstimeline.files.NoFollow;

/**
 * Where the generator keeps its own files for an output folder {@code site/}: one folder,
 * {@code .rt-cache/build/site/} beside it (so on the same file system, which the swap needs), with
 * the lock, the folder the next site is staged in, the previous generation and the entry cache.
 * All are named here, so that every one of them is checked for links before a build touches any,
 * and {@code .gitignore} needs one line ({@code .rt-cache/}) whatever {@code --out} is.
 */
public record StateFiles(Path out) {
    /** The project-level folder of everything the generator keeps between runs. */
    public static final String FOLDER = ".rt-cache";

    public StateFiles {
        out = out.toAbsolutePath().normalize();
    }

    /** {@code .rt-cache/build/<name of the output folder>} beside the output folder. */
    public Path root() {
        return cacheBase().resolve("build").resolve(out.getFileName().toString());
    }

    private Path cacheBase() {
        return out.resolveSibling(FOLDER);
    }

    public Path lock() {
        return root().resolve("lock");
    }

    public Path staging() {
        return root().resolve("staging");
    }

    public Path previous() {
        return root().resolve("previous");
    }

    public Path cacheFolder() {
        return root().resolve("cache");
    }

    /** The folder of the entry cache's shards ({@link EntryCache}). */
    public Path entryCache() {
        return cacheFolder();
    }

    /** The record of the last successful build (see {@code pipeline.LastBuild}). */
    public Path lastBuild() {
        return cacheFolder().resolve("last-build.bin");
    }

    /** Makes the state folder, refusing a link on the way. */
    public void createRoot() throws IOException {
        NoFollow.createFolders(out.getParent(), root());
    }

    /**
     * Refuses a symbolic link at the output folder or at any state file. The output folder's
     * parent is where the user asked for it; the names below it come from the project, which a
     * pull request can fill.
     */
    public void refuseLinks() throws IOException {
        NoFollow.refuseLink(out, "the output folder");
        String role = "the generator's own state";
        for (Path p : List.of(cacheBase(), cacheBase().resolve("build"), root())) NoFollow.refuseLink(p, role);
        if (!NoFollow.isFolder(root())) return;
        for (Path p : List.of(lock(), staging(), previous(), cacheFolder())) NoFollow.refuseLink(p, role);
        if (NoFollow.isFolder(cacheFolder())) {
            NoFollow.refuseLink(lastBuild(), role);
            EntryCache.refuseLinks(entryCache(), role);
        }
    }
}
