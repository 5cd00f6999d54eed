package org.relationstimeline.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.SourceFile;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.When;

/**
 * Makes the text and path of a new entry from what the editor typed ({@code new}): parties are
 * looked up in the registry and written as codes with their names as comments, the date defaults
 * to today, topics are checked against the site's list. The result is read back through the
 * normal {@link EntryReader}, so a broken archetype is caught before anything is written.
 */
public final class EntryScaffold {
    private final CountryRegistry registry;
    private final Map<String, String> siteTopics;
    private final Clock clock;
    private final Archetype archetype;

    public EntryScaffold(CountryRegistry registry, Map<String, String> siteTopics, Clock clock, Archetype archetype) {
        this.registry = registry;
        this.siteTopics = siteTopics;
        this.clock = clock;
        this.archetype = archetype;
    }

    /** What the editor asked for; {@code date} empty means today, {@code slug} empty means one made from the title. */
    public record Request(
            String countries,
            String title,
            Optional<String> date,
            List<String> topics,
            boolean draft,
            Optional<String> slug,
            Optional<String> type) {
        /** A request without a type. */
        public Request(
                String countries,
                String title,
                Optional<String> date,
                List<String> topics,
                boolean draft,
                Optional<String> slug) {
            this(countries, title, date, topics, draft, slug, Optional.empty());
        }
    }

    /** The file to write and its text. */
    public record Scaffold(Path file, String text, List<Party> parties, EventDate date) {}

    /** Something the editor must fix; the message says how. */
    public static final class ScaffoldException extends Exception {
        public ScaffoldException(String message) {
            super(message);
        }
    }

    public Scaffold make(Request request, Path entriesDir) throws ScaffoldException {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty())
            throw new ScaffoldException(
                    "--title is empty; give the entry a title such as \"Russia and Algeria sign a partnership\"");
        List<Party> parties = parties(request.countries());
        When when = when(request.date());
        EventDate date = when.start();
        List<String> topics = topics(request.topics());
        String slug = slug(request.slug(), title);
        Optional<EventType> type = type(request.type());

        StringBuilder countryLines = new StringBuilder();
        for (Party p : parties) {
            if (countryLines.length() > 0) countryLines.append('\n');
            countryLines.append("  - ").append(p.code()).append("  # ").append(YamlText.comment(p.name()));
        }
        List<String> names = parties.stream().map(Party::name).toList();
        String nameList = names.size() == 2
                ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        String text = archetype.fill(Map.of(
                "title",
                YamlText.quote(title),
                "date",
                when.iso(),
                "year",
                Integer.toString(date.year()),
                "countries",
                countryLines.toString(),
                "country_names",
                nameList,
                "topics",
                "[" + String.join(", ", topics) + "]",
                "draft",
                request.draft() ? "draft: true" : "",
                "type",
                type.map(t -> "type: " + t.key()).orElse(""),
                "slug",
                slug,
                "published",
                LocalDate.now(clock).toString()));
        Path file = EntryFiles.path(entriesDir, date, slug);
        checkReadsBack(text, file);
        return new Scaffold(file, text, parties, date);
    }

    /** The slug asked for, or one made from the title in whatever script it is written. */
    private static String slug(Optional<String> asked, String title) throws ScaffoldException {
        if (asked.isPresent()) {
            String slug = asked.get().strip();
            if (Slugs.isSlug(slug)) return slug;
            String fixed = Slugs.slugify(slug);
            throw new ScaffoldException(
                    "--slug '" + slug + "' may only contain lowercase letters, digits and single hyphens"
                            + (fixed.isEmpty() ? "" : "; write --slug " + fixed));
        }
        String slug = EntryFiles.slug(title);
        if (slug.isEmpty()) {
            throw new ScaffoldException("the title \"" + title + "\" has no letters or digits to make a file name from;"
                    + " give one with --slug, e.g. --slug russia-algeria-talks");
        }
        return slug;
    }

    private List<Party> parties(String countries) throws ScaffoldException {
        Set<Party> parties = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (String part : (countries == null ? "" : countries).split(",")) {
            if (part.isBlank()) continue;
            Optional<Party> p = registry.find(part.strip());
            if (p.isEmpty()) {
                List<String> close = registry.suggest(part.strip(), 1);
                errors.add("unknown country '" + part.strip() + "'"
                        + (close.isEmpty()
                                ? " (use an ISO code such as RU or DZ, or an English name)"
                                : " (did you mean '" + close.get(0) + "'?)"));
            } else {
                parties.add(p.get());
            }
        }
        if (!errors.isEmpty()) throw new ScaffoldException(String.join("\n", errors));
        if (parties.size() < 2) {
            throw new ScaffoldException("an entry needs two or more distinct parties, found " + parties.size()
                    + "; e.g. --countries \"Russia, Algeria\"");
        }
        List<Party> sorted = new ArrayList<>(parties);
        sorted.sort((a, b) -> a.slug().compareTo(b.slug()));
        return sorted;
    }

    /** The type asked for, checked against the vocabulary; one the archetype has no place for is refused. */
    private Optional<EventType> type(Optional<String> asked) throws ScaffoldException {
        if (asked.isEmpty() || asked.get().isBlank()) return Optional.empty();
        Optional<EventType> type = EventType.find(asked.get());
        if (type.isEmpty()) {
            String hint = DidYouMean.hint(asked.get().strip(), EventType.keys());
            throw new ScaffoldException(
                    "--type: unknown event type '" + asked.get().strip() + "' ("
                            + (hint.isEmpty() ? "known: " + String.join(", ", EventType.keys()) : hint) + ")");
        }
        if (!archetype.uses("type")) {
            throw new ScaffoldException("--type: " + archetype.origin()
                    + " has no {{type}} placeholder; add a line '{{type}}' to its front matter");
        }
        return type;
    }

    /** The date asked for, or a span (START/END, START/..), as entries write them; today when none. */
    private When when(Optional<String> written) throws ScaffoldException {
        if (written.isEmpty() || written.get().isBlank()) return When.point(EventDate.ofDay(LocalDate.now(clock)));
        When.Result parsed = When.parse(written.get());
        if (parsed.when().isEmpty())
            throw new ScaffoldException(
                    "--date: " + parsed.error() + (parsed.hint().isEmpty() ? "" : " (" + parsed.hint() + ")"));
        return parsed.when().get();
    }

    private List<String> topics(List<String> given) throws ScaffoldException {
        Set<String> out = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (String item : given) {
            for (String part : item.split(",")) {
                String key = part.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) continue;
                if (!Slugs.isSlug(key)) {
                    errors.add("topic '" + part.strip() + "' must be lowercase letters, digits and hyphens");
                } else if (!siteTopics.isEmpty() && !siteTopics.containsKey(key)) {
                    String hint = DidYouMean.hint(key, siteTopics.keySet());
                    errors.add("topic '" + key + "' is not in the site's topic list ("
                            + (hint.isEmpty() ? "known: " + String.join(", ", siteTopics.keySet()) : hint) + ")");
                } else {
                    out.add(key);
                }
            }
        }
        if (!errors.isEmpty()) throw new ScaffoldException(String.join("\n", errors));
        return List.copyOf(out);
    }

    private void checkReadsBack(String text, Path file) throws ScaffoldException {
        EntryReader reader = new EntryReader(registry, siteTopics, YamlLimits.DEFAULT);
        String name = file.getFileName().toString();
        List<Problem> errors = reader
                .read(new SourceFile(archetype.origin(), "entries/" + name, text.getBytes(StandardCharsets.UTF_8)))
                .problems()
                .stream()
                .filter(Problem::isError)
                .toList();
        if (!errors.isEmpty()) {
            StringBuilder s = new StringBuilder(
                    "the new entry would not be valid, so it was not written; check " + archetype.origin() + ":");
            for (Problem p : errors)
                s.append("\n  ").append(p.message()).append(p.hint().isEmpty() ? "" : " (" + p.hint() + ")");
            throw new ScaffoldException(s.toString());
        }
    }
}
