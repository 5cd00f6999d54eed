package org.relationstimeline.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.text.Hashes;

/**
 * The bytes of a file being made: held in memory up to a limit, and past it written on to a part
 * file as they come, so a file that grows with the site (the export of every entry) is never held
 * whole. The part file is created exclusively, never followed; {@link #close} leaves it for the
 * caller to move into place or delete. A digest of what went to the part file is kept when asked
 * for, since reading a large file back only to hash it would cost as much again.
 */
final class SpillingOutput extends OutputStream {
    private final int limit;
    private final Path part;
    private final MessageDigest digest;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private OutputStream spilled;
    private long size;

    /** @param hash whether to keep a digest of a spilled file's bytes */
    SpillingOutput(int limit, Path part, boolean hash) {
        this.limit = limit;
        this.part = part;
        this.digest = hash ? Hashes.digest() : null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (spilled == null && held.size() + len > limit) spill();
        if (spilled != null) {
            spilled.write(b, off, len);
            if (digest != null) digest.update(b, off, len);
        } else {
            held.write(b, off, len);
        }
        size += len;
    }

    private void spill() throws IOException {
        spilled = new BufferedOutputStream(NoFollow.createNew(part), 1 << 16);
        byte[] bytes = held.toByteArray();
        held = null;
        spilled.write(bytes);
        if (digest != null) digest.update(bytes);
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) spilled.close();
    }

    /** True when the bytes went to the part file; false when they are all {@link #held}. */
    boolean spilled() {
        return spilled != null;
    }

    /** The bytes of a file that stayed within the limit. */
    byte[] held() {
        return held.toByteArray();
    }

    long size() {
        return size;
    }

    /** The hash of a spilled file's bytes, or {@link SiteManifest.Row#UNHASHED} when none was kept. */
    String hash() {
        return digest == null ? SiteManifest.Row.UNHASHED : Hashes.hex(digest);
    }

    /** Deletes the part file, if one was made. */
    void discard() throws IOException {
        try {
            close();
        } finally {
            if (spilled != null) Files.deleteIfExists(part);
        }
    }
}
