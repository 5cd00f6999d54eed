package org.relationstimeline.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.ImportPlaceholders;
import org.relationstimeline.content.SourceFile;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.editor.PartyDetector.Detection;
import org.relationstimeline.editor.TopicSuggester.Suggestion;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.timeline.EventDate;

/**
 * Turns a pasted article into a draft entry ({@code import}): the date, the parties and topics
 * detected in the text, a title from the first sentence, an empty summary for the editor, the
 * article as the body, and {@code draft: true}. It also says what it found and why.
 */
public final class ArticleImporter {
    static final int MAX_TITLE = 100;

    private final Clock clock;
    private final CountryRegistry registry;
    private final Map<String, String> siteTopics;
    private final PartyDetector parties;
    private final TopicSuggester topics;

    public ArticleImporter(CountryRegistry registry, Map<String, String> siteTopics) {
        this(registry, siteTopics, Clock.systemDefaultZone());
    }

    /** @param clock gives the day written as {@code published:} */
    public ArticleImporter(CountryRegistry registry, Map<String, String> siteTopics, Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.siteTopics = siteTopics;
        this.parties = new PartyDetector(registry);
        this.topics = new TopicSuggester(siteTopics);
    }

    /**
     * A draft made from one article.
     *
     * @param ranked every party found, best first; {@code chosen} are the entry's countries
     * @param report what was detected and why, one line each, for the editor
     */
    public record Draft(
            Path file,
            String text,
            Article article,
            List<Detection> ranked,
            List<Detection> chosen,
            List<Suggestion> topics,
            String title,
            List<String> report) {}

    /** Why an article could not become an entry; the report says what was found. */
    public static final class ImportException extends Exception {
        private final List<String> report;

        public ImportException(String message, List<String> report) {
            super(message);
            this.report = List.copyOf(report);
        }

        public List<String> report() {
            return report;
        }
    }

    /** Reads one article; {@code sourceName} is named in the entry's comment, {@code entriesDir} decides the path. */
    public Draft draft(String articleText, String sourceName, Path entriesDir)
            throws Article.ArticleException, ImportException {
        Article article = Article.parse(
                articleText.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", ""));
        List<Detection> ranked = parties.detect(article.text());
        List<Detection> chosen = PartyDetector.select(ranked);
        List<Suggestion> suggested = topics.suggest(article.text());
        List<String> report = new ArrayList<>();
        report.add("date: " + article.date() + " (" + article.dateSource() + ")");
        report.add("parties (score = mentions + 2 x earliness; the top two, and others with 3+ mentions and half the"
                + " second's score):");
        for (Detection d : ranked) {
            report.add(String.format(
                    Locale.ROOT,
                    "  %s %-22s %2d mention(s) (%s), first at %s, score %.2f",
                    chosen.contains(d) ? "+" : "-",
                    d.party().name() + " (" + d.party().code() + ")",
                    d.mentions(),
                    phrases(d.phrases()),
                    position(article.text(), d.first()),
                    d.score()));
        }
        if (ranked.isEmpty()) report.add("  (none found)");
        if (chosen.size() < 2) {
            throw new ImportException(
                    "found " + chosen.size() + " part" + (chosen.size() == 1 ? "y" : "ies")
                            + " in the text, an entry needs two; write it with 'new --countries ...' instead",
                    report);
        }
        String title = title(article.text(), chosen);
        report.add("topics: "
                + (suggested.isEmpty()
                        ? "none suggested"
                        : suggested.stream()
                                .map(s -> s.key() + " (" + s.hits() + ": " + phrases(s.words()) + ")")
                                .collect(Collectors.joining(", "))));
        report.add("title: " + title + " (from the first sentence; check it)");

        List<Party> sortedParties = chosen.stream()
                .map(Detection::party)
                .sorted((a, b) -> a.slug().compareTo(b.slug()))
                .toList();
        EventDate date = EventDate.ofDay(article.date());
        String slug = EntryFiles.slug(title);
        Path file = EntryFiles.path(entriesDir, date, slug.isEmpty() ? "imported" : slug);
        String text = entryText(sourceName, article, chosen, sortedParties, suggested, title, LocalDate.now(clock));
        checkReadsBack(text, file, report);
        return new Draft(file, text, article, ranked, chosen, suggested, title, List.copyOf(report));
    }

    private static String entryText(
            String sourceName,
            Article article,
            List<Detection> chosen,
            List<Party> sorted,
            List<Suggestion> suggested,
            String title,
            LocalDate today) {
        StringBuilder s = new StringBuilder();
        s.append("---\n");
        s.append("# Imported from ").append(YamlText.comment(sourceName)).append(" by 'relations-timeline import'.\n");
        s.append("# Check every field, write the title, summary, sources and text in your own words, delete the\n");
        s.append("# imported article, then delete 'draft: true' to publish ('check' says what is left).\n");
        s.append("title: ")
                .append(YamlText.quote(title))
                .append("  # TODO: from the first sentence; rewrite as a headline\n");
        s.append("date: ").append(article.date()).append('\n');
        s.append("published: ").append(today).append('\n');
        s.append("countries:\n");
        for (Party p : sorted) {
            Detection d =
                    chosen.stream().filter(c -> c.party().equals(p)).findFirst().orElseThrow();
            s.append("  - ")
                    .append(p.code())
                    .append("  # ")
                    .append(YamlText.comment(p.name()))
                    .append(": ")
                    .append(d.mentions())
                    .append(" mention(s), first at ")
                    .append(position(article.text(), d.first()))
                    .append('\n');
        }
        s.append("topics: [")
                .append(suggested.stream().map(Suggestion::key).collect(Collectors.joining(", ")))
                .append(']');
        if (!suggested.isEmpty()) s.append("  # suggested from words in the article; check them");
        s.append('\n');
        s.append("# TODO: one or two sentences for the timeline lists.\n");
        s.append("summary:\n");
        s.append("sources:\n");
        s.append("  # TODO: where the article was published, e.g.\n");
        s.append("  # - title: Headline of the article\n");
        s.append("  #   publisher: News agency\n");
        s.append("  #   date: ").append(article.date()).append('\n');
        s.append("  #   url: https://...\n");
        s.append("draft: true\n");
        s.append("---\n");
        // The markers let the loader refuse to publish the pasted text (ImportPlaceholders).
        s.append(ImportPlaceholders.START).append("\n\n");
        s.append(article.text()).append("\n\n");
        s.append(ImportPlaceholders.END).append('\n');
        return s.toString();
    }

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“‘(])|\n\\s*\n");

    /** The first sentence, cut at a word boundary; prefixed with the parties when it names neither. */
    static String title(String text, List<Detection> chosen) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        int end = m.find() ? m.start() : text.length();
        String sentence = text.substring(0, end).replaceAll("\\s+", " ").strip().replaceAll("[.!?]+$", "");
        if (sentence.length() > MAX_TITLE) {
            int cut = sentence.lastIndexOf(' ', MAX_TITLE - 1);
            sentence = sentence.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1)
                            .replaceAll("[,;:]$", "")
                    + ImportPlaceholders.CUT;
        }
        boolean namesAParty = chosen.stream().anyMatch(d -> d.first() < end);
        if (namesAParty) return sentence;
        List<String> names = chosen.stream().map(d -> d.party().name()).sorted().toList();
        return String.join(" and ", names) + ": " + sentence;
    }

    private void checkReadsBack(String text, Path file, List<String> report) throws ImportException {
        EntryReader reader = new EntryReader(registry, siteTopics, YamlLimits.DEFAULT);
        List<Problem> errors = reader
                .read(new SourceFile(
                        file.toString(), "entries/" + file.getFileName(), text.getBytes(StandardCharsets.UTF_8)))
                .problems()
                .stream()
                .filter(Problem::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new ImportException(
                    "the draft would not be a valid entry: " + errors.get(0).format(), report);
        }
    }

    private static String phrases(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code line:column} of an offset in the article text (the text after the date line). */
    static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
