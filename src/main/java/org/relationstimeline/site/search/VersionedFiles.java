package org.relationstimeline.site.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.relationstimeline.site.OutputFile;

/**
 * The index's files and the version that names them all, which the script adds to every address
 * it fetches so that a browser never mixes two builds' files. The version only has to change when
 * a file does, and guards against nothing, so two fast checksums do (64 bits; SHA-256 of the 30 MB
 * index was a third of a second of every build that changed an entry).
 *
 * <p>Each file's checksums are taken when it is made, and the version folds them in file order: a
 * file made as the site is written (an entry's metadata) is therefore never held only to be
 * checksummed, which at 100,000 entries was 180 MB. A file not made yet when the version is asked
 * for is made then, for its checksums only, so the version is the same whatever the order.
 */
final class VersionedFiles {
    private final List<String> names = new ArrayList<>();
    private final List<Supplier<byte[]>> makers = new ArrayList<>();
    /** Per file, its CRC-32 and Adler-32, or null until it is made. */
    private final List<long[]> sums = new ArrayList<>();

    /** A file made when it is written. */
    void add(String name, Supplier<String> text) {
        names.add(name);
        makers.add(() -> text.get().getBytes(StandardCharsets.UTF_8));
        sums.add(null);
    }

    /** A file whose text is known already: encoded and checksummed once, here. */
    void addText(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        names.add(name);
        makers.add(() -> bytes);
        sums.add(null);
        record(names.size() - 1, bytes);
    }

    /** The files, each recording its checksums as it is made. */
    List<OutputFile> files() {
        List<OutputFile> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            out.add(new OutputFile(names.get(i), null, () -> {
                byte[] bytes = makers.get(index).get();
                record(index, bytes);
                return bytes;
            }));
        }
        return out;
    }

    /** The version of all the files added so far. */
    synchronized String version() {
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        ByteBuffer pair = ByteBuffer.allocate(2 * Long.BYTES);
        for (int i = 0; i < names.size(); i++) {
            if (sums.get(i) == null) record(i, makers.get(i).get());
            pair.clear().putLong(sums.get(i)[0]).putLong(sums.get(i)[1]);
            for (byte[] part : new byte[][] {names.get(i).getBytes(StandardCharsets.UTF_8), {0}, pair.array()}) {
                crc.update(part);
                adler.update(part);
            }
        }
        return String.format("%08x%08x", crc.getValue(), adler.getValue());
    }

    private synchronized void record(int index, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        sums.set(index, new long[] {crc.getValue(), adler.getValue()});
    }
}
