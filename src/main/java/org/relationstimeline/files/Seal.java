package org.relationstimeline.files;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the generator's own state files (the site manifest, the entry cache) with a key kept
 * outside the project (in the user's cache folder), so such a file is trusted only when this
 * machine's generator wrote it. A site folder or an older
 * generation that arrives with the sources (committed to the repository, say) cannot tell the
 * build that its files are up to date: its seal does not verify, so every file is made afresh.
 * Checking one seal replaces reading and hashing every file of the site on every build.
 *
 * <p>Where the machine is new on every run (CI), {@code RT_SEAL_KEY} may give the key instead,
 * from a secret: state cached between runs is then trusted only if a run that knew the secret
 * wrote it.
 */
public final class Seal {
    private static final String ALGORITHM = "HmacSHA256";
    private static volatile byte[] cachedKey;

    private Seal() {}

    public static String seal(String text) {
        return HexFormat.of().formatHex(mac().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static boolean verifies(String text, String seal) {
        return MessageDigest.isEqual(
                seal(text).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }

    /** A MAC keyed with this machine's key, for sealing a stream as it is written or read. */
    public static Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides " + ALGORITHM, e);
        }
    }

    /** Bytes of a MAC as stored after a sealed stream. */
    public static final int LENGTH = 32;

    /** Passes bytes on and adds them to the seal; {@link #seal()} gives the seal of all so far. */
    public static final class SealingOutput extends FilterOutputStream {
        private final Mac mac = mac();

        public SealingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            mac.update((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            mac.update(b, off, len);
            out.write(b, off, len);
        }

        /** Writes the seal of everything written so far, unsealed, after it. */
        public void writeSeal() throws IOException {
            out.write(mac.doFinal());
        }
    }

    /** Reads bytes and adds them to the seal, so the stored seal can be checked at the end. */
    public static final class CheckingInput extends FilterInputStream {
        private final Mac mac = mac();

        public CheckingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) mac.update((byte) b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) mac.update(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) {
            return 0; // every byte must pass through the seal
        }

        /** True when the next bytes are the seal of everything read so far. */
        public boolean sealVerifies() throws IOException {
            byte[] stored = in.readNBytes(LENGTH);
            return MessageDigest.isEqual(stored, mac.doFinal()) && in.read() < 0;
        }
    }

    /** The machine's key, made on first use; where it cannot be stored, a key for this run only. */
    private static byte[] key() {
        byte[] k = cachedKey;
        if (k != null) return k;
        synchronized (Seal.class) {
            if (cachedKey == null) cachedKey = loadOrCreate();
            return cachedKey;
        }
    }

    /**
     * The key a secret names: its SHA-256, for a secret of at least 32 characters (a shorter one
     * is too easily guessed and is ignored, as is none).
     */
    static Optional<byte[]> keyFrom(String secret) {
        if (secret == null || secret.strip().length() < 32) return Optional.empty();
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256")
                    .digest(("relations-timeline seal\n" + secret.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    /** Permissions for the owner only ("rw-------", "rwx------"), where the file system knows POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path dir, String permissions) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    /** Where a key from outside the machine is given: a CI secret, so state cached between runs can be sealed. */
    public static final String KEY_VARIABLE = "RT_SEAL_KEY";

    private static byte[] loadOrCreate() {
        Optional<byte[]> given = keyFrom(System.getenv(KEY_VARIABLE));
        if (given.isPresent()) return given.get();
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("relations-timeline");
        return loadOrCreate(dir).orElseGet(Seal::runOnly);
    }

    /**
     * The key kept in {@code dir}, made there if missing. Only a folder of the user's own that nobody
     * else can write is used, as the launcher requires for its archives: a key planted by someone
     * else would make every seal worthless. The folder and the key file are checked without
     * following a link, and the key is read with {@code O_NOFOLLOW}. Empty when the folder is not
     * fit or the key cannot be stored: the run then seals with a key of its own, so its state is
     * simply not reused.
     */
    static Optional<byte[]> loadOrCreate(Path dir) {
        Path file = dir.resolve("manifest.key");
        try {
            NoFollow.refuseLink(dir, "");
            Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
            if (!isPrivate(dir)) return Optional.empty();
            Optional<BasicFileAttributes> existing = NoFollow.lstat(file);
            if (existing.isPresent()) {
                if (!existing.get().isRegularFile() || existing.get().size() != 32 || !isPrivate(file))
                    return Optional.empty();
                return Optional.of(NoFollow.readAll(file, 32));
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path tmp = Files.createTempFile(dir, "key", ".tmp", ownerOnly(dir, "rw-------"));
            Files.write(tmp, fresh, LinkOption.NOFOLLOW_LINKS);
            try {
                // A hard link never replaces: if another build made the key meanwhile, the first one stays.
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // keep theirs
            } finally {
                Files.deleteIfExists(tmp);
            }
            byte[] stored = NoFollow.readAll(file, 32);
            return Optional.of(stored.length == 32 ? stored : fresh);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] runOnly() {
        byte[] once = new byte[32];
        new SecureRandom().nextBytes(once);
        return once;
    }

    /** Owned by this user and writable by nobody else (always true where POSIX permissions are unknown). */
    private static boolean isPrivate(Path p) throws IOException {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) return true;
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> perms = a.permissions();
        boolean othersWrite =
                perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE);
        return !a.isSymbolicLink() && !othersWrite && a.owner().getName().equals(System.getProperty("user.name"));
    }
}
