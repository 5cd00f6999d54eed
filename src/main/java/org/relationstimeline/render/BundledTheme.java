package org.relationstimeline.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.relationstimeline.text.Hashes;

/**
 * The default theme: the repository's {@code templates/} folder, packed into the generator as
 * resources beside this class, with a listing of its file names written at build time (pom.xml),
 * since a resource folder inside a jar cannot be listed. It is part of the generator, trusted like
 * its code, and small (some 130 KB), so it is read whole into memory.
 */
final class BundledTheme implements ThemeLayer {
    private static final String FOLDER = "default-theme/";
    private static final String LISTING = "default-theme.txt";

    private final Map<String, byte[]> files;
    private final Map<String, String> hashes;

    private BundledTheme(Map<String, byte[]> files) {
        this.files = files;
        Map<String, String> h = new TreeMap<>();
        files.forEach((name, bytes) -> h.put(name, Hashes.of(bytes)));
        this.hashes = Collections.unmodifiableMap(h);
    }

    /** Reads every listed file; a listing or file missing means the generator was packaged wrongly. */
    static BundledTheme load() {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream listing = resource(LISTING);
                BufferedReader names = new BufferedReader(new InputStreamReader(listing, StandardCharsets.UTF_8))) {
            for (String name; (name = names.readLine()) != null; ) {
                if (name.isBlank()) continue;
                try (InputStream in = resource(FOLDER + name)) {
                    files.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundledTheme(files);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledTheme.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(
                    "the default theme is incomplete: resource " + name + " is missing from the generator; "
                            + "build it with 'mvn package', which packs templates/ into the jar");
        }
        return in;
    }

    @Override
    public Map<String, String> hashes() {
        return hashes;
    }

    @Override
    public byte[] read(String name) throws IOException {
        byte[] bytes = files.get(name);
        if (bytes == null) throw new IOException("no file " + name + " in the default theme");
        return bytes.clone();
    }
}
