package org.relationstimeline.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.text.Hashes;

/**
 * A project's theme folder, read as contributed code: a pull request can change it like content.
 * Every file is a plain file of bounded size inside the folder; a symbolic link anywhere in it is
 * an error naming the link, so a template cannot include {@code /proc/self/environ} or a key from
 * elsewhere on the machine, and a sparse or endless file cannot fill the heap. The folder itself
 * may be given as a link (a path the user typed); it is resolved once, so the build reads,
 * fingerprints and the preview watches the folder it points to.
 */
final class ThemeFolder implements ThemeLayer {
    /** The folder as given, to name its files in messages. */
    private final Path shown;

    private final Path root;
    private final Map<String, String> hashes;

    private ThemeFolder(Path shown, Path root, Map<String, String> hashes) {
        this.shown = shown;
        this.root = root;
        this.hashes = Collections.unmodifiableMap(hashes);
    }

    /** Reads the folder's listing and hashes every file, checking each as it goes; every fault is reported at once. */
    static ThemeFolder open(Path folder) throws Theme.ThemeException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new Theme.ThemeException(folder, "templates folder does not exist");
        }
        if (!Files.isDirectory(root)) throw new Theme.ThemeException(folder, "templates folder is not a folder");
        Map<String, String> files = new TreeMap<>();
        List<Theme.Fault> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path shownFile = folder.resolve(root.relativize(file));
                    if (attrs.isSymbolicLink()) {
                        found.add(new Theme.Fault(
                                shownFile,
                                "is a symbolic link; the theme may come from a pull request, so "
                                        + "links in it are never followed: replace it with the file itself"));
                    } else if (!attrs.isRegularFile()) {
                        found.add(new Theme.Fault(shownFile, "is not a regular file; remove it from the theme"));
                    } else {
                        try {
                            files.put(name(root, file), hash(file));
                        } catch (NoFollow.TooLargeException e) {
                            found.add(new Theme.Fault(
                                    shownFile,
                                    "is larger than " + Theme.MAX_FILE_BYTES + " bytes, the limit for a theme file"));
                        } catch (IOException e) {
                            found.add(new Theme.Fault(shownFile, "cannot be read: " + e.getMessage()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new Theme.ThemeException(folder, "cannot be read: " + e.getMessage());
        }
        if (!found.isEmpty()) throw new Theme.ThemeException(found);
        return new ThemeFolder(folder, root, files);
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = Hashes.digest();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = NoFollow.openRegular(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > Theme.MAX_FILE_BYTES) throw new NoFollow.TooLargeException(file, Theme.MAX_FILE_BYTES);
                digest.update(buffer, 0, n);
            }
        }
        return Hashes.hex(digest);
    }

    @Override
    public Map<String, String> hashes() {
        return hashes;
    }

    /** Read again without following links and within the size limit: the file may have changed since it was listed. */
    @Override
    public byte[] read(String name) throws IOException {
        if (!hashes.containsKey(name)) throw new IOException("no file " + name + " in " + shown);
        return NoFollow.readAll(root.resolve(name), Theme.MAX_FILE_BYTES);
    }

    /** A file of the folder as the user would name it. */
    Path shown(String name) {
        return shown.resolve(name);
    }
}
