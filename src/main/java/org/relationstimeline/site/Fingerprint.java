package org.relationstimeline.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Entry;

/** Accumulates what a page shows into one hash; equal data gives an equal fingerprint. */
final class Fingerprint {
    private final MessageDigest digest = Hashes.digest();

    Fingerprint add(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    Fingerprint add(long n) {
        return add(Long.toString(n));
    }

    /** An entry counts by its path and content, which together decide everything shown of it. */
    Fingerprint add(Entry e) {
        return add(e.path()).add(e.fingerprint());
    }

    Fingerprint addAll(Iterable<Entry> entries) {
        for (Entry e : entries) add(e);
        return this;
    }

    /** An entry by its key, worked out once per build (see {@link EntryKeys}): 32 bytes, not its text again. */
    Fingerprint add(EntryKeys keys, Entry e) {
        digest.update(keys.of(e));
        return this;
    }

    /** An entry by its key, or a mark for none (no neighbour). */
    Fingerprint addOrNone(EntryKeys keys, Entry e) {
        return e == null ? add("-") : add(keys, e).add("+");
    }

    Fingerprint addAll(EntryKeys keys, Iterable<Entry> entries) {
        for (Entry e : entries) digest.update(keys.of(e));
        return add(""); // ends the list, so what follows cannot be read as part of it
    }

    String hex() {
        return Hashes.hex(digest);
    }
}
