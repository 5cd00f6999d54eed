package org.relationstimeline.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.files.NoFollow;
import org.relationstimeline.files.Seal;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.timeline.Alias;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Source;

/**
 * Remembers what each content file gave (its entry and problems) between builds, so unchanged
 * files are neither read nor parsed again. A file counts as unchanged when its size and
 * modification time match, unless that time is too close to when the cache was written to be
 * trusted (an edit within the same clock tick could keep both; git's "racy clean" rule); then, and
 * whenever the stat differs, its bytes are hashed and compared. The cache is tied to a stamp of
 * everything validation depends on (config, registry, generator), so any change there empties it.
 */
public final class EntryCache {
    private static final int MAGIC = 0x52544333; // "RTC3"
    private static final long RACY_MILLIS = 2_000;

    /** What one file gave, and the stat and hash it had. */
    public record Record(long size, long modifiedMillis, String hash, Optional<Entry> entry, List<Problem> problems) {}

    private final Path file;
    private final String stamp;
    private final CountryRegistry registry;
    private final Map<String, Record> previous;
    private final long previousWrittenAt;
    private final Map<String, Record> next = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private EntryCache(
            Path file, String stamp, CountryRegistry registry, Map<String, Record> previous, long writtenAt) {
        this.file = file;
        this.stamp = stamp;
        this.registry = registry;
        this.previous = previous;
        this.previousWrittenAt = writtenAt;
    }

    /** A cache that remembers nothing and saves nothing. */
    public static EntryCache none() {
        return new EntryCache(null, "", null, Map.of(), 0);
    }

    /** Opens the cache file; a missing, unreadable or differently stamped file starts it empty. */
    public static EntryCache open(Path file, String stamp, CountryRegistry registry) {
        Map<String, Record> records = new HashMap<>();
        long writtenAt = 0;
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Seal.CheckingInput sealed;
            try (DataInputStream in = new DataInputStream(
                    sealed = new Seal.CheckingInput(new BufferedInputStream(NoFollow.openRegular(file), 1 << 16)))) {
                if (in.readInt() == MAGIC && readString(in).equals(stamp)) {
                    writtenAt = in.readLong();
                    int n = readCount(in);
                    for (int i = 0; i < n; i++) {
                        String path = readString(in);
                        records.put(path, readRecord(in, registry));
                    }
                    // Records are only trusted under this machine's seal: a cache committed by a
                    // pull request could otherwise carry entries that never passed validation.
                    if (!sealed.sealVerifies()) throw new IOException("cache not sealed on this machine");
                }
            } catch (IOException | RuntimeException e) {
                records.clear();
                writtenAt = 0;
            }
        }
        return new EntryCache(file, stamp, registry, records, writtenAt);
    }

    /** The remembered result when the stat shows the file unchanged, or empty. */
    Optional<Record> byStat(String path, long size, long modifiedMillis) {
        if (file == null) return Optional.empty();
        Record r = previous.get(path);
        if (r == null || r.size() != size || r.modifiedMillis() != modifiedMillis) return Optional.empty();
        if (modifiedMillis >= previousWrittenAt - RACY_MILLIS) return Optional.empty();
        return Optional.of(r);
    }

    /** The remembered result for identical content, or empty. */
    Optional<Record> byHash(String path, String hash) {
        if (file == null) return Optional.empty();
        Record r = previous.get(path);
        return r != null && r.hash().equals(hash) ? Optional.of(r) : Optional.empty();
    }

    /** Records a file's result for the next build. */
    void put(String path, Record record, boolean fresh) {
        if (file == null) return;
        next.put(path, record);
        if (fresh) changed = true;
    }

    /**
     * Writes the cache when anything changed (or files disappeared); replaces the file atomically.
     * The draft is created exclusively and no link is followed on the way (a pull request can commit
     * one at {@code entries.bin.tmp}: writing through it would overwrite its target).
     */
    public void save() {
        if (file == null || (!changed && next.size() == previous.size())) return;
        try {
            Path folder = file.getParent();
            NoFollow.createFolders(folder.getParent(), folder);
            Path tmp = draftOf(file);
            NoFollow.refuseLink(tmp, "");
            Files.deleteIfExists(tmp); // a draft left by a killed build
            Seal.SealingOutput sealed;
            try (DataOutputStream out = new DataOutputStream(
                    sealed = new Seal.SealingOutput(new BufferedOutputStream(NoFollow.createNew(tmp), 1 << 16)))) {
                out.writeInt(MAGIC);
                writeString(out, stamp);
                out.writeLong(System.currentTimeMillis());
                out.writeInt(next.size());
                for (Map.Entry<String, Record> e : new java.util.TreeMap<>(next).entrySet()) {
                    writeString(out, e.getKey());
                    writeRecord(out, e.getValue());
                }
                out.flush();
                sealed.writeSeal();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower.
        }
    }

    /** Where the cache is written before it replaces {@code file}. */
    public static Path draftOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static void writeRecord(DataOutputStream out, Record r) throws IOException {
        out.writeLong(r.size());
        out.writeLong(r.modifiedMillis());
        writeString(out, r.hash());
        out.writeInt(r.problems().size());
        for (Problem p : r.problems()) {
            writeString(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeBoolean(p.isError());
            writeString(out, p.code());
            writeString(out, p.message());
            writeString(out, p.hint());
        }
        out.writeBoolean(r.entry().isPresent());
        if (r.entry().isEmpty()) return;
        Entry e = r.entry().get();
        writeString(out, e.path());
        writeString(out, e.slug());
        writeString(out, e.title());
        writeDate(out, e.date());
        out.writeInt(e.parties().size());
        for (Party p : e.parties()) writeString(out, p.code());
        out.writeInt(e.topics().size());
        for (String t : e.topics()) writeString(out, t);
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
        writeString(out, e.body());
        out.writeInt(e.bodyLine());
        out.writeBoolean(e.draft());
        writeString(out, e.fingerprint());
        writeOptionalDate(out, e.published());
        writeOptionalDate(out, e.updated());
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
        int np = readCount(in);
        List<Problem> problems = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            String f = readString(in);
            int line = in.readInt();
            int column = in.readInt();
            boolean error = in.readBoolean();
            String code = readString(in);
            String message = readString(in);
            String hint = readString(in);
            problems.add(
                    error
                            ? Problem.error(f, line, column, code, message, hint)
                            : Problem.warning(f, line, column, code, message, hint));
        }
        if (!in.readBoolean()) return new Record(size, modified, hash, Optional.empty(), List.copyOf(problems));
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
        n = readCount(in);
        List<String> topics = new ArrayList<>(n);
        for (int i = 0; i < n; i++) topics.add(readString(in));
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
        String body = readString(in);
        int bodyLine = in.readInt();
        boolean draft = in.readBoolean();
        String fingerprint = readString(in);
        EventDate published = readOptionalDate(in);
        EventDate updated = readOptionalDate(in);
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
                published,
                updated);
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

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A count read from the file, refused when no honest cache could hold it (a corrupt file). */
    private static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) throw new IOException("corrupt cache");
        return n;
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (64 << 20)) throw new IOException("corrupt cache");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
