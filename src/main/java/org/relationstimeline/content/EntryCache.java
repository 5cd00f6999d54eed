package org.relationstimeline.content;

import static org.relationstimeline.files.BinaryFields.readBytes;
import static org.relationstimeline.files.BinaryFields.readCount;
import static org.relationstimeline.files.BinaryFields.readLength;
import static org.relationstimeline.files.BinaryFields.readString;
import static org.relationstimeline.files.BinaryFields.readStrings;
import static org.relationstimeline.files.BinaryFields.writeString;
import static org.relationstimeline.files.BinaryFields.writeStrings;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.Seal;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.problems.ProblemRecords;
import org.relationstimeline.timeline.Alias;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.BodySearch;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventEnd;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Source;

/**
 * Remembers what each content file gave (its entry and problems) between builds, so unchanged
 * files are neither read nor parsed again. A file counts as unchanged when its size and
 * modification time match, unless that time is too close to when the cache was written to be
 * trusted (an edit within the same clock tick could keep both; git's "racy clean" rule); then, and
 * whenever the stat differs, its bytes are hashed and compared. The cache is tied to a stamp of
 * everything validation depends on (config, registry, generator), so any change there empties it.
 *
 * <p>The cache is split into {@link #SHARDS} files by path, each stamped and sealed on its own, so
 * an edit rewrites the one shard that holds the edited file (a sixty-fourth of the cache) rather
 * than all of it, and the shards are read side by side. A shard that is missing, damaged, unsealed
 * or stamped differently is read as empty: its files are parsed again, the others are not.
 */
public final class EntryCache {
    // "RTC9": one shard of the cache; entries keep where a span ends, their type, their publication days,
    // what search keeps of their body, packed (so search does not parse every body again on every build) and its
    // links; not the body itself, which stays in the entry's file (the loader points the entry at it)
    private static final int MAGIC = 0x52544339;
    private static final long RACY_MILLIS = 2_000;
    /** How many files the cache is split into: at 10,000 entries a shard is about 0.6 MB. */
    public static final int SHARDS = 64;

    /**
     * What one file gave, and the stat and hash it had. An entry's body is not kept: it is read
     * back empty, and the loader points the entry at its file.
     */
    public record Record(long size, long modifiedMillis, String hash, Optional<Entry> entry, List<Problem> problems) {}

    /** A shard as read: its records and when it was written (which the racy rule needs). */
    private record Shard(Map<String, Record> records, long writtenAt) {
        static final Shard EMPTY = new Shard(Map.of(), 0);
    }

    private final Path folder;
    private final String stamp;
    private final List<Shard> previous;
    private final Map<String, Record> next = new ConcurrentHashMap<>();
    /** Shards that must be written again: a file in them is new, changed or gone. */
    private final boolean[] changed = new boolean[SHARDS];

    private EntryCache(Path folder, String stamp, List<Shard> previous) {
        this.folder = folder;
        this.stamp = stamp;
        this.previous = previous;
    }

    /** A cache that remembers nothing and saves nothing. */
    public static EntryCache none() {
        return new EntryCache(null, "", List.of());
    }

    /**
     * Opens the cache in {@code folder} (the state folder's {@code cache/}); a shard that is
     * missing, unreadable or differently stamped starts empty.
     */
    public static EntryCache open(Path folder, String stamp, CountryRegistry registry) {
        List<Shard> shards = IntStream.range(0, SHARDS)
                .parallel()
                .mapToObj(i -> readShard(shardFile(folder, i), i, stamp, registry))
                .toList();
        return new EntryCache(folder, stamp, shards);
    }

    /** The file of shard {@code i}. */
    public static Path shardFile(Path folder, int i) {
        return folder.resolve(String.format("entries-%02d.bin", i));
    }

    /** Every file the cache may write in {@code folder}: the shards and their drafts (checked for links). */
    public static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            files.add(shardFile(folder, i));
            files.add(draftOf(shardFile(folder, i)));
        }
        return files;
    }

    /** Refuses a symbolic link at any file the cache may write in {@code folder} (see {@link #files}). */
    public static void refuseLinks(Path folder, String role) throws IOException {
        for (Path p : files(folder)) NoFollow.refuseLink(p, role);
    }

    /** The shard a file's record lives in: fixed by its path, the same on every machine and run. */
    static int shardOf(String path) {
        return Math.floorMod(path.hashCode(), SHARDS);
    }

    private static Shard readShard(Path file, int index, String stamp, CountryRegistry registry) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Shard.EMPTY;
        Seal.CheckingInput sealed;
        try (DataInputStream in = new DataInputStream(
                sealed = new Seal.CheckingInput(new BufferedInputStream(NoFollow.openRegular(file), 1 << 16)))) {
            if (in.readInt() != MAGIC || !readString(in).equals(stamp)) return Shard.EMPTY;
            long writtenAt = in.readLong();
            int n = readCount(in);
            Map<String, Record> records = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = readString(in);
                Record r = readRecord(in, registry);
                if (shardOf(path) != index) throw new IOException("record in the wrong shard");
                records.put(path, r);
            }
            // Records are only trusted under this machine's seal: a cache committed by a
            // pull request could otherwise carry entries that never passed validation.
            if (!sealed.sealVerifies()) throw new IOException("cache not sealed on this machine");
            return new Shard(records, writtenAt);
        } catch (IOException | RuntimeException e) {
            return Shard.EMPTY;
        }
    }

    /** The remembered result when the stat shows the file unchanged, or empty. */
    Optional<Record> byStat(String path, long size, long modifiedMillis) {
        if (folder == null) return Optional.empty();
        Shard shard = previous.get(shardOf(path));
        Record r = shard.records().get(path);
        if (r == null || r.size() != size || r.modifiedMillis() != modifiedMillis) return Optional.empty();
        if (modifiedMillis >= shard.writtenAt() - RACY_MILLIS) return Optional.empty();
        return Optional.of(r);
    }

    /** The remembered result for identical content, or empty. */
    Optional<Record> byHash(String path, String hash) {
        if (folder == null) return Optional.empty();
        Record r = previous.get(shardOf(path)).records().get(path);
        return r != null && r.hash().equals(hash) ? Optional.of(r) : Optional.empty();
    }

    /** Records a file's result for the next build; {@code fresh} when it differs from the remembered one. */
    void put(String path, Record record, boolean fresh) {
        if (folder == null) return;
        next.put(path, record);
        if (fresh) changed[shardOf(path)] = true; // racing writes all store true
    }

    /**
     * Writes the shards in which anything changed (or files disappeared); each replaces its file
     * atomically. A draft is created exclusively and no link is followed on the way (a pull
     * request can commit one at {@code entries-00.bin.tmp}: writing through it would overwrite
     * its target).
     */
    public void save() {
        if (folder == null) return;
        List<Map<String, Record>> byShard = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) byShard.add(new TreeMap<>());
        next.forEach((path, r) -> byShard.get(shardOf(path)).put(path, r));
        try {
            NoFollow.createFolders(folder.getParent(), folder);
        } catch (IOException e) {
            return; // a cache that cannot be written only makes the next build slower
        }
        try {
            Files.deleteIfExists(folder.resolve("entries.bin")); // the single file of earlier versions
        } catch (IOException e) {
            // left in place: it is never read
        }
        IntStream.range(0, SHARDS).parallel().forEach(i -> {
            boolean gone = byShard.get(i).size() != previous.get(i).records().size();
            if (changed[i] || gone) writeShard(shardFile(folder, i), byShard.get(i));
        });
    }

    private void writeShard(Path file, Map<String, Record> records) {
        try {
            if (records.isEmpty()) {
                Files.deleteIfExists(file); // deletes a link itself, never its target
                return;
            }
            NoFollow.replace(file, stream -> {
                Seal.SealingOutput sealed = new Seal.SealingOutput(stream);
                DataOutputStream out = new DataOutputStream(sealed);
                out.writeInt(MAGIC);
                writeString(out, stamp);
                out.writeLong(System.currentTimeMillis());
                out.writeInt(records.size());
                for (Map.Entry<String, Record> e : records.entrySet()) {
                    writeString(out, e.getKey());
                    writeRecord(out, e.getValue());
                }
                out.flush();
                sealed.writeSeal();
            });
        } catch (IOException e) {
            // A shard that cannot be written only makes the next build slower.
        }
    }

    /** Where a shard is written before it replaces {@code file}. */
    public static Path draftOf(Path file) {
        return NoFollow.draftOf(file);
    }

    private static void writeRecord(DataOutputStream out, Record r) throws IOException {
        out.writeLong(r.size());
        out.writeLong(r.modifiedMillis());
        writeString(out, r.hash());
        ProblemRecords.write(out, r.problems());
        out.writeBoolean(r.entry().isPresent());
        if (r.entry().isEmpty()) return;
        Entry e = r.entry().get();
        writeString(out, e.path());
        writeString(out, e.slug());
        writeString(out, e.title());
        writeDate(out, e.date());
        out.writeInt(e.parties().size());
        for (Party p : e.parties()) writeString(out, p.code());
        writeStrings(out, e.topics());
        writeString(out, e.summary());
        out.writeInt(e.sources().size());
        for (Source s : e.sources()) {
            writeString(out, s.title());
            writeString(out, s.publisher());
            out.writeBoolean(s.date().isPresent());
            if (s.date().isPresent()) writeDate(out, s.date().get());
            writeString(out, s.url());
        }
        out.writeInt(e.aliases().size());
        for (Alias a : e.aliases()) {
            writeString(out, a.path());
            out.writeInt(a.line());
            out.writeInt(a.column());
        }
        // No body: the loader points every entry at its file, where its page reads the body again
        out.writeInt(e.bodyLine());
        out.writeBoolean(e.draft());
        writeString(out, e.fingerprint());
        out.writeBoolean(e.end().ongoing());
        out.writeBoolean(e.end().date() != null);
        if (e.end().date() != null) writeDate(out, e.end().date());
        writeString(out, e.isTyped() ? e.type().key() : "");
        writeOptionalDate(out, e.published());
        writeOptionalDate(out, e.updated());
        out.writeBoolean(e.bodySearch() != null);
        if (e.bodySearch() != null) {
            // As it is held: packed, so the cache is a third smaller and read without packing again
            byte[] packed = e.bodySearch().packed();
            out.writeInt(packed.length);
            out.write(packed);
            out.writeInt(e.bodySearch().termsBytes());
            out.writeInt(e.bodySearch().snippetBytes());
        }
        out.writeBoolean(e.bodyLinks() != null);
        if (e.bodyLinks() != null) {
            out.writeInt(e.bodyLinks().size());
            for (BodyLink link : e.bodyLinks()) {
                writeString(out, link.destination());
                out.writeBoolean(link.image());
                out.writeInt(link.line());
                out.writeInt(link.column());
                writeString(out, link.text());
                writeString(out, link.title());
            }
        }
    }

    private static void writeOptionalDate(DataOutputStream out, EventDate date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) writeDate(out, date);
    }

    private static EventDate readOptionalDate(DataInputStream in) throws IOException {
        return in.readBoolean() ? readDate(in) : null;
    }

    private static Record readRecord(DataInputStream in, CountryRegistry registry) throws IOException {
        long size = in.readLong();
        long modified = in.readLong();
        String hash = readString(in);
        List<Problem> problems = ProblemRecords.read(in);
        if (!in.readBoolean()) return new Record(size, modified, hash, Optional.empty(), problems);
        String path = readString(in);
        String slug = readString(in);
        String title = readString(in);
        EventDate date = readDate(in);
        int n = readCount(in);
        List<Party> parties = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = readString(in);
            parties.add(registry.byCode(code).orElseThrow(() -> new IOException("unknown party " + code)));
        }
        List<String> topics = readStrings(in);
        String summary = readString(in);
        n = readCount(in);
        List<Source> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String t = readString(in);
            String publisher = readString(in);
            Optional<EventDate> d = in.readBoolean() ? Optional.of(readDate(in)) : Optional.empty();
            sources.add(new Source(t, publisher, d, readString(in)));
        }
        n = readCount(in);
        List<Alias> aliases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) aliases.add(new Alias(readString(in), in.readInt(), in.readInt()));
        Body body = Body.Held.EMPTY; // the loader points the entry at its file
        int bodyLine = in.readInt();
        boolean draft = in.readBoolean();
        String fingerprint = readString(in);
        boolean ongoing = in.readBoolean();
        EventEnd end = in.readBoolean() ? EventEnd.at(readDate(in)) : ongoing ? EventEnd.ONGOING : EventEnd.NONE;
        String typeKey = readString(in);
        EventType type = typeKey.isEmpty()
                ? null
                : EventType.find(typeKey).orElseThrow(() -> new IOException("unknown type " + typeKey));
        EventDate published = readOptionalDate(in);
        EventDate updated = readOptionalDate(in);
        BodySearch search =
                in.readBoolean() ? BodySearch.ofPacked(readBytes(in), readLength(in), readLength(in)) : null;
        List<BodyLink> links = null;
        if (in.readBoolean()) {
            n = readCount(in);
            links = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                links.add(new BodyLink(
                        readString(in), in.readBoolean(), in.readInt(), in.readInt(), readString(in), readString(in)));
            links = List.copyOf(links);
        }
        Entry entry = new Entry(
                path,
                slug,
                title,
                date,
                List.copyOf(parties),
                List.copyOf(topics),
                summary,
                List.copyOf(sources),
                List.copyOf(aliases),
                body,
                bodyLine,
                draft,
                fingerprint,
                end,
                type,
                published,
                updated,
                search,
                links);
        return new Record(size, modified, hash, Optional.of(entry), List.copyOf(problems));
    }

    private static void writeDate(DataOutputStream out, EventDate d) throws IOException {
        out.writeInt(d.year());
        out.writeByte(d.month());
        out.writeByte(d.day());
        out.writeByte(d.precision().ordinal());
        out.writeByte(d.qualifier().ordinal());
    }

    private static EventDate readDate(DataInputStream in) throws IOException {
        int year = in.readInt();
        int month = in.readByte();
        int day = in.readByte();
        EventDate.Precision p = EventDate.Precision.values()[in.readByte()];
        EventDate.Qualifier q = EventDate.Qualifier.values()[in.readByte()];
        return new EventDate(year, month, day, p, q);
    }
}
