package org.relationstimeline.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relationstimeline.text.Hashes;

/**
 * The theme a build renders with: the default theme shipped in the jar ({@link BundledTheme}),
 * overlaid file by file by the project's theme folder ({@link ThemeFolder}) when it has one. A
 * project file wins over the default file of the same relative path and a file only in the
 * project is added, so restyling one partial means copying one file. Templates, partials and
 * assets are looked up the same way, so the default {@code pair.peb} includes the project's
 * {@code partials/entry-card.peb} when there is one.
 */
public final class Theme {
    /** Templates are a few kilobytes and assets rarely more than a few megabytes. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** Every file's name to the layer it is read from. */
    private final Map<String, ThemeLayer> layers;
    /** Every file's name to the hash of the file used. */
    private final Map<String, String> hashes;

    private final Optional<ThemeFolder> project;
    private final List<String> overrides;
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

    private Theme(ThemeLayer defaults, Optional<ThemeFolder> project) {
        Map<String, ThemeLayer> layers = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        List<ThemeLayer> lowestFirst = project.isPresent() ? List.of(defaults, project.get()) : List.of(defaults);
        for (ThemeLayer layer : lowestFirst) {
            layer.hashes().forEach((name, hash) -> {
                layers.put(name, layer);
                hashes.put(name, hash);
            });
        }
        this.layers = Collections.unmodifiableMap(layers);
        this.hashes = Collections.unmodifiableMap(hashes);
        this.project = project;
        // An identical copy of a default file (this repository's own templates/) changes nothing.
        this.overrides = project.map(p -> p.hashes().entrySet().stream()
                        .filter(e -> defaults.hashes().containsKey(e.getKey())
                                && !defaults.hashes().get(e.getKey()).equals(e.getValue()))
                        .map(Map.Entry::getKey)
                        .toList())
                .orElse(List.of());
        // Over the files used, from either layer: a new default theme re-renders pages as an edited override does.
        StringBuilder all = new StringBuilder();
        hashes.forEach((name, hash) -> all.append(name).append('=').append(hash).append('\n'));
        this.fingerprint = Hashes.of(all.toString());
    }

    /** The default theme alone, for a project without a theme folder. */
    public static Theme bundled() {
        return overlay(BundledTheme.load(), Optional.empty());
    }

    /** The default theme overridden by the files of {@code folder}, which must exist and pass every check. */
    public static Theme overriddenBy(Path folder) throws ThemeException {
        return overlay(BundledTheme.load(), Optional.of(ThemeFolder.open(folder)));
    }

    /** As {@link #overriddenBy}, over other defaults (tests stand in for a new generator's theme). */
    static Theme overlay(ThemeLayer defaults, Optional<ThemeFolder> project) {
        return new Theme(defaults, project);
    }

    /** Every file used and its content: any change to either layer's files that are used changes it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The project's files that take the place of a default theme file (relative paths, sorted). */
    public List<String> overrides() {
        return overrides;
    }

    /** The project file a theme file is read from, as the user would name it; empty when it comes from the default theme. */
    public Optional<Path> projectFile(String name) {
        return project.filter(folder -> layers.get(name) == folder).map(folder -> folder.shown(name));
    }

    /** The files under {@code prefix/} (relative paths, sorted). */
    public List<String> filesUnder(String prefix) {
        return hashes.keySet().stream().filter(f -> f.startsWith(prefix + "/")).toList();
    }

    /** A file of the theme, from the layer that provides it (a project file is read again without following links). */
    public byte[] read(String name) throws IOException {
        ThemeLayer layer = layers.get(name);
        if (layer == null) throw new IOException("no file " + name + " in the theme");
        return layer.read(name);
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
            // names are relative to the theme's root
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
            return layers.containsKey(templateName);
        }
    }
}
