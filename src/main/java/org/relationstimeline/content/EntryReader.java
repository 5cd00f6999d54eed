package org.relationstimeline.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.Alias;
import org.relationstimeline.timeline.Body;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Source;
import org.relationstimeline.timeline.When;

/** Turns one content file into an {@link Entry}, or into the list of everything wrong with it. */
public final class EntryReader {
    /** The front matter keys an entry may use. */
    public static final List<String> KEYS = List.of(
            "title",
            "date",
            "countries",
            "summary",
            "topics",
            "type",
            "sources",
            "slug",
            "aliases",
            "draft",
            "published",
            "updated");
    /*
     * Fields written again on every pair timeline the entry is on (its card, the pair's feed and
     * export), up to n(n-1)/2 times, are bounded so that what one pair costs does not depend on the
     * front matter limit. Real ones are far shorter: in the shipped content titles reach 89
     * characters, summaries 253, three topics per entry. Long text belongs in the body, written once.
     */
    /** The longest title, in characters. */
    public static final int MAX_TITLE_CHARACTERS = 300;
    /** The longest summary, in characters. */
    public static final int MAX_SUMMARY_CHARACTERS = 1_000;
    /** The most topics one entry may have (each also gets a topic page listing the entry). */
    public static final int MAX_TOPICS = 10;
    /** The longest topic key or slug, in characters. */
    public static final int MAX_KEY_CHARACTERS = 120;
    /** The most old addresses one entry may keep (each is a page of the site). */
    public static final int MAX_ALIASES = 20;
    /** The most segments of an old address ("entries/1950/old-slug" has three). */
    static final int MAX_ALIAS_SEGMENTS = 8;

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}(-\\d{2}){0,2}-");

    private final CountryRegistry registry;
    private final Map<String, String> topics;
    private final YamlLimits limits;
    private final boolean requireSources;

    /** A reader that accepts entries without sources: for scaffolds that {@code new} and {@code import} write. */
    public EntryReader(CountryRegistry registry, Map<String, String> topics, YamlLimits limits) {
        this(registry, topics, limits, false);
    }

    /** @param requireSources an entry that is not a draft must cite a source ({@code require_sources} in site.yaml) */
    public EntryReader(
            CountryRegistry registry, Map<String, String> topics, YamlLimits limits, boolean requireSources) {
        this.registry = registry;
        this.topics = topics;
        this.limits = limits;
        this.requireSources = requireSources;
    }

    /** The outcome for one file: an entry when there was no error, and all problems found. */
    public record Result(Optional<Entry> entry, List<Problem> problems) {}

    public Result read(SourceFile file) {
        return read(file, Hashes.of(file.bytes()));
    }

    /** Reads a file whose content hash the caller has already computed (the loader needs it too). */
    public Result read(SourceFile file, String contentHash) {
        List<Problem> problems = new ArrayList<>();
        String name = file.displayPath();
        Optional<Problem> tooLarge = sizeProblem(name, file.bytes().length);
        if (tooLarge.isPresent()) return new Result(Optional.empty(), List.of(tooLarge.get()));
        Optional<FrontMatterReader.Document> document = FrontMatterReader.read(file, limits, "an entry", problems);
        if (document.isEmpty()) return new Result(Optional.empty(), problems);
        YamlFields f = document.get().fields();
        String body = document.get().body();
        f.warnUnknownKeys(KEYS, "front matter");
        Optional<String> title = f.requiredText("title", "\"Russia and Algeria sign a partnership declaration\"");
        title.ifPresent(t -> Lengths.check(
                f, "title", t, MAX_TITLE_CHARACTERS, "shorten it; details belong in the summary or the body"));
        Optional<When> date = DateFields.requiredWhen(f, "date", "2023-08-01");
        List<Party> parties = parties(f);
        String summary = f.optionalText("summary").orElse("");
        Lengths.check(
                f,
                "summary",
                summary,
                MAX_SUMMARY_CHARACTERS,
                "a summary is one or two sentences; move the rest into the body");
        List<String> entryTopics = topics(f);
        EventType type = type(f);
        List<Source> sources = SourceFields.list(f, "sources");
        String slug = slug(f, file.relativePath());
        List<Alias> aliases = aliases(f);
        boolean draft = f.bool("draft", false);
        Optional<EventDate> published = DateFields.optionalDay(f, "published", "2024-03-01");
        Optional<EventDate> updated = DateFields.optionalDay(f, "updated", "2024-03-01");
        if (published.isPresent() && updated.isPresent() && updated.get().compareTo(published.get()) < 0) {
            f.error(
                    f.field("updated").get().value().position(),
                    "updated-before-published",
                    "updated " + updated.get().iso() + " is before published "
                            + published.get().iso(),
                    "an entry is updated on or after the day it was published; correct one of the two dates");
        }
        if (!draft)
            ImportPlaceholders.check(
                    f, title.orElse(""), summary, body, document.get().bodyFirstLine());
        if (!draft && requireSources && listsNothing(f.field("sources"))) {
            f.error(
                    f.field("sources").map(YamlValue.Field::keyPosition).orElse(f.position()),
                    "no-sources",
                    "entry has no sources, and this site requires one (require_sources in site.yaml)",
                    "add one under 'sources:', a https:// URL or title, publisher, date and url");
        }
        boolean failed = problems.stream().anyMatch(Problem::isError);
        if (failed || title.isEmpty() || date.isEmpty() || slug.isEmpty())
            return new Result(Optional.empty(), problems);
        Entry entry = new Entry(
                file.relativePath(),
                slug,
                title.get(),
                date.get().start(),
                parties,
                entryTopics,
                summary,
                sources,
                aliases,
                new Body.Held(body),
                document.get().bodyFirstLine(),
                draft,
                contentHash,
                date.get().end(),
                type,
                published.orElse(null),
                updated.orElse(null),
                null,
                null);
        return new Result(Optional.of(entry), problems);
    }

    /** The error for a file over the size limit; callers check the size on disk before reading it. */
    public Optional<Problem> sizeProblem(String displayPath, long size) {
        return limits.sizeProblem(displayPath, size);
    }

    private List<Party> parties(YamlFields f) {
        Optional<YamlValue.Field> field = f.field("countries");
        if (field.isEmpty()) {
            f.requiredText("countries", "[DZ, RU]");
            return List.of();
        }
        Set<Party> parties = new LinkedHashSet<>();
        boolean unknown = false;
        for (YamlValue.Scalar s : f.scalarList("countries")) {
            Optional<Party> party = registry.find(s.text());
            if (party.isEmpty()) {
                unknown = true;
                List<String> close = registry.suggest(s.text(), 1);
                f.error(
                        s.position(),
                        "unknown-country",
                        "unknown country '" + s.text() + "'",
                        close.isEmpty()
                                ? "use an ISO 3166 code such as RU or DZ, or an English name"
                                : "did you mean '" + close.get(0) + "'?");
            } else if (!parties.add(party.get())) {
                f.error(
                        s.position(),
                        "duplicate-country",
                        "'" + s.text() + "' names " + party.get().name() + ", which is already listed",
                        "list each party once");
            }
        }
        if (!unknown && parties.size() < 2) {
            f.error(
                    field.get().keyPosition(),
                    "single-party",
                    "an entry needs two or more distinct parties, found " + parties.size(),
                    "add the other party, e.g. 'countries: [DZ, RU]'");
        }
        if (parties.size() > limits.maxPartiesPerEntry()) {
            long pairs = YamlLimits.pairsOf(parties.size());
            f.error(
                    field.get().keyPosition(),
                    "too-many-parties",
                    "the entry names " + parties.size()
                            + " parties, more than the limit of " + limits.maxPartiesPerEntry()
                            + " (it would be placed on "
                            + pairs + " pair timelines)",
                    "split it into entries of fewer parties, or raise limits.max_parties_per_entry" + " in site.yaml");
        }
        List<Party> sorted = new ArrayList<>(parties);
        sorted.sort((a, b) -> a.slug().compareTo(b.slug()));
        return List.copyOf(sorted);
    }

    private List<String> topics(YamlFields f) {
        Set<String> out = new LinkedHashSet<>();
        List<YamlValue.Scalar> listed = f.scalarList("topics");
        if (listed.size() > MAX_TOPICS) {
            f.error(
                    f.field("topics").get().keyPosition(),
                    "too-many-topics",
                    "the entry has " + listed.size() + " topics, more than the limit of " + MAX_TOPICS,
                    "keep the few that describe it best");
            return List.of();
        }
        for (YamlValue.Scalar s : listed) {
            String key = s.text().strip().toLowerCase(Locale.ROOT);
            if (key.length() > MAX_KEY_CHARACTERS) {
                f.error(
                        s.position(),
                        "too-long",
                        "topic key is " + key.length() + " characters, more than the limit of " + MAX_KEY_CHARACTERS,
                        "use a short key and give it a label under 'topics:' in site.yaml");
                continue;
            }
            if (!Slugs.isSlug(key)) {
                f.error(
                        s.position(),
                        "bad-topic",
                        "topic '" + s.text() + "' must be lowercase letters, digits and hyphens",
                        "write '" + Slugs.slugify(s.text()) + "'");
                continue;
            }
            // Like a misspelt country, a misspelt topic would split the site: "defence" beside "defense".
            if (!topics.isEmpty() && !topics.containsKey(key)) {
                String hint = DidYouMean.hint(key, topics.keySet());
                f.error(
                        s.position(),
                        "unknown-topic",
                        "topic '" + key + "' is not in the site's topic list",
                        hint.isEmpty() ? "add it under 'topics:' in site.yaml" : hint);
                continue;
            }
            out.add(key);
        }
        return List.copyOf(out);
    }

    /** The entry's type, or null when it gives none; one outside the vocabulary is an error with a suggestion. */
    private static EventType type(YamlFields f) {
        Optional<YamlValue.Field> field = f.field("type");
        if (field.isEmpty()) return null;
        Optional<String> written = f.text(field.get());
        if (written.isEmpty() || written.get().isEmpty()) return null;
        Optional<EventType> type = EventType.find(written.get());
        if (type.isEmpty()) {
            String hint = DidYouMean.hint(written.get(), EventType.keys());
            f.error(
                    field.get().value().position(),
                    "unknown-type",
                    "unknown event type '" + written.get() + "'",
                    hint.isEmpty()
                            ? "use one of " + String.join(", ", EventType.keys()) + ", or leave 'type:' out"
                            : hint);
        }
        return type.orElse(null);
    }

    /** No {@code sources:} key, or one with nothing under it (the items written are checked one by one). */
    private static boolean listsNothing(Optional<YamlValue.Field> field) {
        if (field.isEmpty()) return true;
        YamlValue v = field.get().value();
        if (v instanceof YamlValue.Scalar s) return s.isNull();
        return v instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar s && s.isNull());
    }

    /**
     * Old addresses of the entry, each a path of slugs and numbers below the site's base path
     * ("/entries/1950/old-slug/"), so a redirect page can be written there and nowhere else.
     */
    private static List<Alias> aliases(YamlFields f) {
        List<YamlValue.Scalar> listed = f.scalarList("aliases");
        if (listed.size() > MAX_ALIASES) {
            f.error(
                    f.field("aliases").get().keyPosition(),
                    "too-many-aliases",
                    "the entry has " + listed.size() + " aliases, more than the limit of " + MAX_ALIASES,
                    "keep the addresses that are still linked to");
            return List.of();
        }
        Map<String, Alias> out = new LinkedHashMap<>();
        for (YamlValue.Scalar s : listed) {
            String written = s.text().strip();
            Optional<String> problem = aliasProblem(written);
            if (problem.isPresent()) {
                f.error(
                        s.position(),
                        "bad-alias",
                        "alias '" + written + "' " + problem.get(),
                        "write the old address as a path below the site, such as /entries/1950/old-slug/");
                continue;
            }
            String path = written.replaceAll("^/+|/+$", "");
            Alias alias = new Alias(path, s.position().line(), s.position().column());
            Alias first = out.putIfAbsent(path, alias);
            if (first != null) {
                f.error(
                        s.position(),
                        "duplicate-alias",
                        "alias '" + written + "' is already listed on line " + first.line(),
                        "list each old address once");
            }
        }
        return List.copyOf(out.values());
    }

    /** What is wrong with an old address as written, or empty when it is a path of slugs and numbers. */
    private static Optional<String> aliasProblem(String written) {
        if (written.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*")) {
            return Optional.of("is a full address; give only its path");
        }
        if (!written.startsWith("/")) return Optional.of("must start with '/'");
        String path = written.replaceAll("^/+|/+$", "");
        if (path.isEmpty()) return Optional.of("is the home page");
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_ALIAS_SEGMENTS) {
            return Optional.of("has more than " + MAX_ALIAS_SEGMENTS + " parts");
        }
        for (String segment : segments) {
            if (!Slugs.isSlug(segment)) {
                return Optional.of("has the part '" + segment
                        + "'; each part must be lowercase letters, digits and single hyphens");
            }
        }
        return Optional.empty();
    }

    /** The explicit slug, or the file name without its extension and date prefix. */
    private String slug(YamlFields f, String relativePath) {
        Optional<String> explicit = f.optionalText("slug");
        if (explicit.isPresent()) {
            if (explicit.get().length() > MAX_KEY_CHARACTERS) {
                f.error(
                        f.field("slug").get().value().position(),
                        "too-long",
                        "slug is " + explicit.get().length() + " characters, more than the limit of "
                                + MAX_KEY_CHARACTERS,
                        "use a few words");
                return "";
            }
            if (Slugs.isSlug(explicit.get())) return explicit.get();
            String fixed = Slugs.slugify(explicit.get());
            f.error(
                    f.field("slug").get().value().position(),
                    "bad-slug",
                    "slug '" + explicit.get() + "' may only contain lowercase letters, digits and single hyphens",
                    fixed.isEmpty() ? "remove it to use the file name" : "write 'slug: " + fixed + "'");
            return "";
        }
        String fileName =
                relativePath.substring(relativePath.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String slug = Slugs.slugify(DATE_PREFIX.matcher(fileName).replaceFirst(""));
        if (slug.isEmpty()) slug = Slugs.slugify(fileName);
        if (slug.isEmpty() || slug.length() > MAX_KEY_CHARACTERS) {
            f.error(
                    Position.FILE,
                    "bad-slug",
                    "the file name gives no usable URL slug",
                    "rename the file to words such as 2023-08-01-russia-algeria-talks.md or add 'slug:'");
            return "";
        }
        return slug;
    }
}
