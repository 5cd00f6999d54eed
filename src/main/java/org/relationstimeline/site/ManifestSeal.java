package org.relationstimeline.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the site manifest with a key kept outside the project (in the user's cache folder), so a
 * manifest is trusted only when this machine's generator wrote it. A site folder or an older
 * generation that arrives with the sources (committed to the repository, say) cannot tell the
 * build that its files are up to date: its seal does not verify, so every file is made afresh.
 * Checking one seal replaces reading and hashing every file of the site on every build.
 */
final class ManifestSeal {
    private static final String ALGORITHM = "HmacSHA256";
    private static volatile byte[] cachedKey;

    private ManifestSeal() {}

    static String seal(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides " + ALGORITHM, e);
        }
    }

    static boolean verifies(String text, String seal) {
        return MessageDigest.isEqual(seal(text).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }

    /** The machine's key, made on first use; where it cannot be stored, a key for this run only. */
    private static byte[] key() {
        byte[] k = cachedKey;
        if (k != null) return k;
        synchronized (ManifestSeal.class) {
            if (cachedKey == null) cachedKey = loadOrCreate();
            return cachedKey;
        }
    }

    /** Read and write for the owner only, where the file system knows POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static byte[] loadOrCreate() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("relations-timeline");
        Path file = dir.resolve("manifest.key");
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 32) return Files.readAllBytes(file);
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "key", ".tmp", ownerOnly(dir));
            Files.write(tmp, fresh);
            try {
                // A hard link never replaces: if another build made the key meanwhile, the first one stays.
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // keep theirs
            } finally {
                Files.deleteIfExists(tmp);
            }
            byte[] stored = Files.readAllBytes(file);
            return stored.length == 32 ? stored : fresh;
        } catch (IOException | RuntimeException e) {
            byte[] once = new byte[32];
            new SecureRandom().nextBytes(once);
            return once;
        }
    }
}
