package org.relationstimeline.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The generator's own version, and a fingerprint of its code so a new build of it re-renders pages. */
public final class GeneratorVersion {
    private GeneratorVersion() {}

    public static String version() {
        String v = GeneratorVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Version plus the size and time of the jar or classes folder the code runs from. */
    public static String fingerprint() {
        try {
            Path code = Path.of(GeneratorVersion.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return version() + ":" + Files.size(code) + ":"
                    + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
            return version();
        }
    }
}
