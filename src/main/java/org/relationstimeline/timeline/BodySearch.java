package org.relationstimeline.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What search keeps of an entry's body, worked out once when its file is parsed (by
 * {@code site/search/SearchIndex.bodySearch}) and kept in the entry cache: far less than the
 * body's text, and an unchanged body is not read, parsed or tokenized again.
 *
 * <p>Held packed: its terms and snippet as UTF-8, one after the other, deflated (about a third of
 * the size). At 100,000 entries these were the largest part of what a build holds, and the entry
 * cache, which is read and its seal checked on every build, keeps them as they are held here.
 */
public final class BodySearch {
    // One of each per thread, reset between uses: setting zlib up again for every entry cost more than inflating it
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    // After the (de)compressors, which it needs
    public static final BodySearch EMPTY = new BodySearch("", "");

    private final byte[] packed;
    private final int termsBytes;
    private final int snippetBytes;

    private BodySearch(byte[] packed, int termsBytes, int snippetBytes) {
        this.packed = packed;
        this.termsBytes = termsBytes;
        this.snippetBytes = snippetBytes;
    }

    /**
     * @param terms the distinct search terms of the body's visible text, separated by spaces (a term holds none)
     * @param snippet the start of that text, cut as a result shows it
     */
    public BodySearch(String terms, String snippet) {
        this(terms.getBytes(StandardCharsets.UTF_8), snippet.getBytes(StandardCharsets.UTF_8));
    }

    private BodySearch(byte[] terms, byte[] snippet) {
        this(deflate(terms, snippet), terms.length, snippet.length);
    }

    /**
     * One read back from the entry cache, as {@link #packed()}, {@link #termsBytes()} and
     * {@link #snippetBytes()} gave it. The array becomes this one's own, not copied: the cache reads
     * one for every entry on every build and keeps no other reference to it.
     */
    public static BodySearch ofPacked(byte[] packed, int termsBytes, int snippetBytes) {
        if (termsBytes < 0 || snippetBytes < 0) throw new IllegalArgumentException("negative length");
        return new BodySearch(packed, termsBytes, snippetBytes);
    }

    /** The deflated terms and snippet, for the entry cache. */
    public byte[] packed() {
        return packed.clone();
    }

    public int termsBytes() {
        return termsBytes;
    }

    public int snippetBytes() {
        return snippetBytes;
    }

    /** The terms, separated by spaces. */
    public String terms() {
        return new String(inflate(), 0, termsBytes, StandardCharsets.UTF_8);
    }

    /** The terms, one by one. */
    public List<String> termList() {
        return termsBytes == 0 ? List.of() : List.of(terms().split(" "));
    }

    /** The start of the body's visible text that a result shows. */
    public String snippet() {
        return new String(inflate(), termsBytes, snippetBytes, StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] terms, byte[] snippet) {
        byte[] both = Arrays.copyOf(terms, terms.length + snippet.length);
        System.arraycopy(snippet, 0, both, terms.length, snippet.length);
        Deflater deflater = DEFLATERS.get();
        try {
            deflater.setInput(both);
            deflater.finish();
            byte[] out = new byte[64 + both.length];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.reset();
        }
    }

    /** Exactly as many bytes as were packed: a stream that gives more or fewer is refused. */
    private byte[] inflate() {
        byte[] out = new byte[termsBytes + snippetBytes];
        Inflater inflater = INFLATERS.get();
        try {
            inflater.setInput(packed);
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                n += got;
            }
            if (n != out.length || inflater.inflate(new byte[1]) != 0 || !inflater.finished())
                throw new IllegalStateException("packed search text does not hold what it says");
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed search text is damaged", e);
        } finally {
            inflater.reset();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodySearch b
                && termsBytes == b.termsBytes
                && snippetBytes == b.snippetBytes
                && Arrays.equals(packed, b.packed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(packed) + termsBytes;
    }

    @Override
    public String toString() {
        return "BodySearch[terms=" + terms() + ", snippet=" + snippet() + "]";
    }
}
