package org.relationstimeline.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.relationstimeline.text.Hashes;

/** The generator's own version, and a fingerprint of its code so a new build of it re-renders pages. */
public final class GeneratorVersion {
    private GeneratorVersion() {}

    public static String version() {
        String v = GeneratorVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Version plus a fingerprint of the jar or classes folder the code runs from. */
    public static String fingerprint() {
        try {
            return version() + ":" + fingerprintOf(code());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return version();
        }
    }

    /**
     * Version plus where the code runs from and that file's size and modification time: cheaper
     * than {@link #fingerprint} (nothing is read), and changed by every rebuilt jar, for a cache
     * that is only kept on one machine.
     */
    public static String identity() {
        try {
            Path code = code();
            return version() + ":" + code + ":" + Files.size(code) + ":"
                    + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return version();
        }
    }

    /** The classes folder the code runs from, when it is not a jar (tests, an IDE). */
    public static java.util.Optional<Path> codeFolder() {
        try {
            Path code = code();
            return Files.isDirectory(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The jar or classes folder the code runs from. */
    private static Path code() throws URISyntaxException {
        return Path.of(GeneratorVersion.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    /**
     * A jar by what it holds: each entry's name, size and CRC from the zip's central directory (a
     * few milliseconds to read), so the same code rebuilt elsewhere, as on every run of the Pages
     * workflow, keeps its caches, while any changed class or resource empties them. Maven's
     * {@code META-INF/maven/} is left out, as it may carry the time of the build. A classes folder
     * (tests, an IDE) counts by its size and modification time.
     */
    static String fingerprintOf(Path code) throws IOException {
        if (!Files.isRegularFile(code))
            return Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        List<String> rows = new ArrayList<>();
        try (ZipFile zip = new ZipFile(code.toFile())) {
            zip.stream()
                    .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/maven/"))
                    .forEach((ZipEntry e) -> rows.add(e.getName() + "\t" + e.getSize() + "\t" + e.getCrc()));
        }
        Collections.sort(rows);
        MessageDigest digest = Hashes.digest();
        for (String row : rows) digest.update((row + "\n").getBytes(StandardCharsets.UTF_8));
        return "jar:" + Hashes.hex(digest);
    }
}
