package org.relationstimeline.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Entry;

/**
 * Each entry's fingerprint, worked out once per build as 32 bytes: a list's fingerprint then
 * combines the keys of its entries (a fingerprint of fingerprints) instead of hashing each entry's
 * text again for every list, page and export it is on. Read-only once made, so shared by threads.
 */
final class EntryKeys {
    private final Map<Entry, byte[]> keys;

    private EntryKeys(Map<Entry, byte[]> keys) {
        this.keys = keys;
    }

    /**
     * Keys of everything about each entry, its body included (its path and its file's hash): what a
     * page may show of it, since a theme's template may print any field.
     */
    static EntryKeys whole(List<Entry> entries) {
        return of(entries, e -> e.path() + "\u0000" + e.fingerprint());
    }

    /**
     * Keys of each entry without its body ({@link Entry#withoutBody}): what the exports show of it, so
     * an edit of a body leaves the exports' inputs as they were.
     */
    static EntryKeys withoutBodies(List<Entry> entries) {
        return of(entries, e -> e.withoutBody().toString());
    }

    private static EntryKeys of(List<Entry> entries, Function<Entry, String> text) {
        byte[][] digests = entries.parallelStream()
                .map(e -> {
                    MessageDigest digest = Hashes.digest();
                    return digest.digest(text.apply(e).getBytes(StandardCharsets.UTF_8));
                })
                .toArray(byte[][]::new);
        Map<Entry, byte[]> keys = new IdentityHashMap<>(entries.size() * 2);
        for (int i = 0; i < digests.length; i++) keys.put(entries.get(i), digests[i]);
        return new EntryKeys(keys);
    }

    /** The key of an entry these keys were made for. */
    byte[] of(Entry e) {
        byte[] key = keys.get(e);
        if (key == null) throw new IllegalArgumentException("no key for " + e.path());
        return key;
    }
}
