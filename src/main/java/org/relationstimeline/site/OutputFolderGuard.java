package org.relationstimeline.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.relationstimeline.files.NoFollow;

/**
 * Refuses output folders whose replacement would destroy sources: the project itself, the
 * content or templates folder, any parent of them or folder inside them, the file system root or
 * the home folder, and any non-empty folder this generator did not write (a manifest counts only
 * under this machine's seal: anyone can make a file of that name).
 */
public final class OutputFolderGuard {
    private OutputFolderGuard() {}

    /** Why a folder may not be used as output. */
    public static final class UnsafeOutputException extends Exception {
        public UnsafeOutputException(String message) {
            super(message);
        }
    }

    /**
     * Refuses an unsafe output folder; otherwise returns the folder's manifest as read for the
     * check ({@link SiteManifest#NONE} when it has none), so that the writer need not read it again.
     */
    public static SiteManifest check(Path out, List<Path> protectedPaths) throws UnsafeOutputException {
        Path target = checkPlace(out, protectedPaths);
        SiteManifest manifest = manifestOf(target);
        if (Files.isDirectory(target) && !isEmpty(target) && !manifest.isSealed()) {
            throw new UnsafeOutputException(
                    out + " exists and was not written by relations-timeline on this machine (no "
                            + SiteManifest.FILE
                            + " under this machine's seal; a folder copied from elsewhere, or built before the key in "
                            + "~/.cache/relations-timeline/ was removed, has none); remove it yourself or choose another --out");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnsafeOutputException(out + " exists and is not a folder");
        }
        return manifest;
    }

    /**
     * The checks of where the output folder is (not what it holds): refuses the file system root,
     * the home folder, the sources and their parents, a folder inside them, and a place whose
     * state folder would lie inside the output. Returns the folder as {@link #normal}.
     */
    public static Path checkPlace(Path out, List<Path> protectedPaths) throws UnsafeOutputException {
        Path target = normal(out);
        if (target.getParent() == null)
            throw new UnsafeOutputException("refusing to use the file system root " + out + " as output");
        Path home = normal(Path.of(System.getProperty("user.home")));
        if (target.equals(home) || home.startsWith(target)) {
            throw new UnsafeOutputException(
                    "refusing to use " + out + " as output: it is or contains your home folder");
        }
        List<Path> sources =
                protectedPaths.stream().map(OutputFolderGuard::normal).toList();
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            Path p = protectedPaths.get(i);
            if (source.startsWith(target)) {
                throw new UnsafeOutputException(
                        "refusing to use " + out + " as output: the build replaces that folder, and it "
                                + (source.equals(target) ? "is" : "contains") + " " + p
                                + "; choose another --out such as site/");
            }
            // Inside content/ or templates/, the site would mix with sources (and be read as theme
            // or content next time). The project folder itself holds the other sources and may hold
            // the site: a folder that contains another protected path is such a container.
            boolean container = sources.stream().anyMatch(q -> !q.equals(source) && q.startsWith(source));
            if (target.startsWith(source) && Files.isDirectory(source) && !container) {
                throw new UnsafeOutputException("refusing to use " + out + " as output: it lies inside " + p
                        + ", which holds sources; choose a folder beside it such as site/");
            }
        }
        if (new StateFiles(target).root().startsWith(target)) {
            throw new UnsafeOutputException(
                    "refusing to use " + out + " as output: the generator keeps its own state in " + StateFiles.FOLDER
                            + "/ there; choose another --out such as site/");
        }
        return target;
    }

    /** Absolute, with symbolic links resolved as far as the path exists. */
    static Path normal(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = abs.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static SiteManifest manifestOf(Path dir) {
        try {
            return NoFollow.isFolder(dir) ? SiteManifest.of(dir) : SiteManifest.NONE;
        } catch (IOException e) {
            return SiteManifest.NONE;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
