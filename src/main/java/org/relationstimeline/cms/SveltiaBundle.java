package org.relationstimeline.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import org.relationstimeline.text.Hashes;

/**
 * The Sveltia CMS build shipped inside the generator (vendored by {@code scripts/update-cms.sh}
 * from the npm package pinned in {@code vendor/sveltia-cms/package-lock.json}), with its licence.
 * It is checked against the SHA-256 the script recorded, so a damaged or hand-edited copy is never
 * published.
 */
public record SveltiaBundle(String version, byte[] script, byte[] license) {
    static final String SCRIPT = "sveltia-cms.js";
    static final String LICENSE = "sveltia-cms.LICENSE.txt";
    static final String PROPERTIES = "sveltia-cms.properties";

    /** Read once per JVM: 2 MB that never change while the generator runs. */
    private static final class Holder {
        static final SveltiaBundle INSTANCE = read();
    }

    public static SveltiaBundle shipped() {
        return Holder.INSTANCE;
    }

    /** The name the script is published under; the version in it makes a new release a new URL, past any cache. */
    public String scriptFile() {
        return "sveltia-cms-" + version + ".js";
    }

    public String licenseFile() {
        return "sveltia-cms-" + version + ".LICENSE.txt";
    }

    private static SveltiaBundle read() {
        Properties p = new Properties();
        try (InputStream in = resource(PROPERTIES)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] script = bytes(SCRIPT);
        String expected = p.getProperty("sha256", "");
        String actual = sha256(script);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("the bundled " + SCRIPT + " has SHA-256 " + actual + ", not the " + expected
                    + " recorded in " + PROPERTIES + "; run scripts/update-cms.sh");
        }
        return new SveltiaBundle(p.getProperty("version"), script, bytes(LICENSE));
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = Hashes.digest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SveltiaBundle.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException(
                    "bundled " + name + " is missing from the classpath; run scripts/update-cms.sh");
        return in;
    }
}
