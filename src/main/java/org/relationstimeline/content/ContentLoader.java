package org.relationstimeline.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.Entry;

/** Loads and validates every entry of a content folder in parallel, collecting all problems. */
public final class ContentLoader {
    private final EntryReader reader;
    private final UnaryOperator<Entry> workedOut;

    public ContentLoader(EntryReader reader) {
        this(reader, UnaryOperator.identity());
    }

    /**
     * @param workedOut what a build needs of a parsed entry's body besides its page (its links,
     *     its visible text for search), worked out once per parsed file and kept with its entry in
     *     the cache, so that unchanged bodies are neither parsed nor read again
     */
    public ContentLoader(EntryReader reader, UnaryOperator<Entry> workedOut) {
        this.reader = reader;
        this.workedOut = workedOut;
    }

    /** The valid entries (drafts filtered as asked) and every problem, sorted by file and line. */
    public record Loaded(List<Entry> entries, List<Problem> problems, int filesRead) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * @param displayPrefix how the content folder is named in messages, e.g. "content"
     * @param includeDrafts keep entries marked {@code draft: true}
     */
    public Loaded load(Path contentDir, String displayPrefix, boolean includeDrafts) {
        return load(contentDir, displayPrefix, includeDrafts, EntryCache.none());
    }

    /** Loads with a cache of earlier results; the cache is saved for the next run. */
    public Loaded load(Path contentDir, String displayPrefix, boolean includeDrafts, EntryCache cache) {
        return load(ContentFinder.find(contentDir, displayPrefix), contentDir, displayPrefix, includeDrafts, cache);
    }

    /** Loads the entries among files already found (the profiles and pages are another loader's). */
    public Loaded load(
            ContentFinder.Found found, Path contentDir, String displayPrefix, boolean includeDrafts, EntryCache cache) {
        List<Problem> problems = new ArrayList<>(found.problems());
        Path root = ContentFinder.root(contentDir);
        List<EntryReader.Result> results = found.files().parallelStream()
                .map(file -> readOne(root, file, displayPrefix, cache))
                .toList();
        cache.save();
        List<Entry> entries = new ArrayList<>();
        for (EntryReader.Result r : results) {
            problems.addAll(r.problems());
            r.entry().filter(e -> includeDrafts || !e.draft()).ifPresent(entries::add);
        }
        problems.addAll(duplicateUrls(entries, displayPrefix));
        problems.sort(Problem.ORDER);
        entries.sort(Comparator.comparing(Entry::path));
        return new Loaded(
                List.copyOf(entries), List.copyOf(problems), found.files().size());
    }

    private EntryReader.Result workedOut(EntryReader.Result result) {
        if (result.entry().isEmpty()) return result;
        return new EntryReader.Result(Optional.of(workedOut.apply(result.entry().get())), result.problems());
    }

    /**
     * The entry with its body left in its file rather than held: its page reads it again, checked
     * against the size and hash it has now (see {@link Body.InFile}).
     */
    private static EntryReader.Result bodyInFile(EntryReader.Result result, Path source, long size) {
        if (result.entry().isEmpty()) return result;
        Entry e = result.entry().get();
        return new EntryReader.Result(
                Optional.of(e.withStoredBody(new Body.InFile(source, size, e.fingerprint(), e.bodyLine()))),
                result.problems());
    }

    private EntryReader.Result readOne(Path root, Path file, String prefix, EntryCache cache) {
        String display = ContentFinder.display(root, file, prefix);
        String relative = root.relativize(file).toString().replace('\\', '/');
        try {
            // One stat of a plain file. A link the finder let through stays inside the content folder:
            // its target is read, and is where its page reads the body again, as a plain file.
            Path source = file.toAbsolutePath();
            BasicFileAttributes attrs =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                source = file.toRealPath();
                attrs = Files.readAttributes(source, BasicFileAttributes.class);
            }
            long modified = attrs.lastModifiedTime().toMillis();
            Optional<EntryCache.Record> known = cache.byStat(relative, attrs.size(), modified);
            if (known.isPresent()) {
                cache.put(relative, known.get(), false);
                return bodyInFile(
                        new EntryReader.Result(known.get().entry(), known.get().problems()), source, attrs.size());
            }
            // A huge file is refused from its size alone, before it is read into memory.
            Optional<Problem> tooLarge = reader.sizeProblem(display, attrs.size());
            if (tooLarge.isPresent()) return new EntryReader.Result(Optional.empty(), List.of(tooLarge.get()));
            byte[] bytes = Files.readAllBytes(source);
            String hash = Hashes.of(bytes);
            Optional<EntryCache.Record> same = cache.byHash(relative, hash);
            EntryReader.Result result = same.isPresent()
                    ? new EntryReader.Result(same.get().entry(), same.get().problems())
                    : workedOut(reader.read(new SourceFile(display, relative, bytes), hash));
            result = bodyInFile(result, source, bytes.length);
            cache.put(
                    relative,
                    new EntryCache.Record(bytes.length, modified, hash, result.entry(), result.problems()),
                    same.isEmpty() || same.get().modifiedMillis() != modified);
            return result;
        } catch (IOException e) {
            return new EntryReader.Result(
                    Optional.empty(),
                    List.of(Problem.error(
                            display,
                            0,
                            0,
                            "unreadable",
                            "cannot read the file: " + e.getMessage(),
                            "check the file's permissions")));
        }
    }

    /** Two entries may not share a URL: the later path (in sort order) gets the error. */
    private static List<Problem> duplicateUrls(List<Entry> entries, String prefix) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> byUrl = new HashMap<>();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path));
        for (Entry e : sorted) {
            String key = e.year() + "/" + e.slug();
            Entry first = byUrl.putIfAbsent(key, e);
            if (first != null) {
                problems.add(Problem.error(
                        prefix + "/" + e.path(),
                        1,
                        1,
                        "duplicate-url",
                        "entry URL /entries/" + key + "/ is already used by " + prefix + "/" + first.path(),
                        "set a different 'slug:' in one of them"));
            }
        }
        return problems;
    }
}
