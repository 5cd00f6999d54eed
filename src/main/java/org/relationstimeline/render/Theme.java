package org.relationstimeline.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * The theme folder, read as contributed code: a pull request can change it like content. Every
 * file is a plain file of bounded size inside the folder; a symbolic link anywhere in it is an
 * error naming the link, so a template cannot include {@code /proc/self/environ} or a key from
 * elsewhere on the machine, and a sparse or endless file cannot fill the heap. The folder itself
 * may be given as a link (a path the user typed); it is resolved once, so the build reads,
 * fingerprints and the preview watches the folder it points to.
 */
public final class Theme {
    /** Templates are a few kilobytes and assets rarely more than a few megabytes. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private final Path root;
    /** Relative path (with {@code /}) to the content hash of every file. */
    private final Map<String, String> files;
    private final String fingerprint;

    /** A file at fault and what is wrong with it. */
    public record Fault(Path file, String message) {}

    /** The theme cannot be used: every file at fault, found in one pass. */
    public static final class ThemeException extends Exception {
        private final List<Fault> faults;

        public ThemeException(List<Fault> faults) {
            super(faults.get(0).file() + ": " + faults.get(0).message());
            this.faults = List.copyOf(faults);
        }

        ThemeException(Path file, String message) {
            this(List.of(new Fault(file, message)));
        }

        public List<Fault> faults() {
            return faults;
        }
    }

    private Theme(Path root, Map<String, String> files) {
        this.root = root;
        this.files = Collections.unmodifiableMap(files);
        StringBuilder all = new StringBuilder();
        files.forEach((name, hash) -> all.append(name).append('=').append(hash).append('\n'));
        this.fingerprint = Hashes.of(all.toString());
    }

    /** Reads the folder's listing and hashes every file, checking each as it goes. */
    public static Theme open(Path folder) throws ThemeException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new ThemeException(folder, "templates folder does not exist");
        }
        if (!Files.isDirectory(root)) throw new ThemeException(folder, "templates folder is not a folder");
        Map<String, String> files = new TreeMap<>();
        List<Fault> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path shown = folder.resolve(root.relativize(file));
                    if (attrs.isSymbolicLink()) {
                        found.add(new Fault(shown, "is a symbolic link; the theme may come from a pull request, so links in "
                                + "it are never followed: replace it with the file itself"));
                    } else if (!attrs.isRegularFile()) {
                        found.add(new Fault(shown, "is not a regular file; remove it from the theme"));
                    } else {
                        try {
                            files.put(name(root, file), hash(file));
                        } catch (NoFollow.TooLargeException e) {
                            found.add(new Fault(shown, "is larger than " + MAX_FILE_BYTES + " bytes, the limit for a theme file"));
                        } catch (IOException e) {
                            found.add(new Fault(shown, "cannot be read: " + e.getMessage()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ThemeException(folder, "cannot be read: " + e.getMessage());
        }
        if (!found.isEmpty()) throw new ThemeException(found);
        return new Theme(root, files);
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
                if (total > MAX_FILE_BYTES) throw new NoFollow.TooLargeException(file, MAX_FILE_BYTES);
                digest.update(buffer, 0, n);
            }
        }
        return Hashes.hex(digest);
    }

    /** Every file and its content: any change to the theme changes it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The files under {@code prefix/} (relative paths, sorted). */
    public List<String> filesUnder(String prefix) {
        return files.keySet().stream().filter(f -> f.startsWith(prefix + "/")).toList();
    }

    /** A file of the theme, read again without following links and within the size limit. */
    public byte[] read(String name) throws IOException {
        if (!files.containsKey(name)) throw new IOException("no file " + name + " in the theme");
        return NoFollow.readAll(root.resolve(name), MAX_FILE_BYTES);
    }

    /** Templates for Pebble: only files listed when the theme was opened, never a path outside it. */
    public Loader<String> loader() {
        return new ThemeLoader();
    }

    private final class ThemeLoader implements Loader<String> {
        @Override
        public Reader getReader(String name) {
            try {
                return new StringReader(new String(read(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LoaderException(e, "Could not find template \"" + name + "\"");
            }
        }

        @Override
        public void setCharset(String charset) {
            // templates are UTF-8
        }

        @Override
        public void setPrefix(String prefix) {
            // names are relative to the theme folder
        }

        @Override
        public void setSuffix(String suffix) {
            // names carry their extension
        }

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            if (!relativePath.startsWith("./") && !relativePath.startsWith("../")) return null;
            int slash = anchorPath.lastIndexOf('/');
            String base = slash < 0 ? "" : anchorPath.substring(0, slash + 1);
            return Path.of(base + relativePath).normalize().toString().replace('\\', '/');
        }

        @Override
        public String createCacheKey(String templateName) {
            return templateName;
        }

        @Override
        public boolean resourceExists(String templateName) {
            return files.containsKey(templateName);
        }
    }
}
