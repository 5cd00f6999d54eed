package org.relationstimeline.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template a new entry is made from: {@code archetypes/entry.md} in the project when present,
 * otherwise {@link #DEFAULT}. Placeholders are {@code {{name}}}; a line holding only a
 * placeholder that is empty (such as {@code {{draft}}} without {@code --draft}) is dropped.
 */
public final class Archetype {
    /** The placeholders a template may use, and what each becomes. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "title", "the title, as a quoted YAML string",
            "date", "the date as written, e.g. 2023-08-01",
            "year", "the year of the date, e.g. 2023",
            "countries", "one '  - CODE  # Name' line per party, to follow a 'countries:' line",
            "country_names", "the parties' names, e.g. 'Algeria and Russia'",
            "topics", "the topics as a YAML list, e.g. [defense] or []",
            "draft", "'draft: true' with --draft, otherwise empty (the line is dropped)",
            "type", "'type: agree' with --type, otherwise empty (the line is dropped)",
            "published", "today's date, e.g. 2026-12-01: the day the entry is written, for 'published:'",
            "slug", "the URL slug made from the title");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    /** Used when the project has no {@code archetypes/entry.md}. */
    public static final String DEFAULT = """
            ---
            title: {{title}}
            date: {{date}}
            published: {{published}}
            countries:
            {{countries}}
            topics: {{topics}}
            {{type}}
            # One or two sentences shown in timeline lists.
            summary:
            # Where each fact comes from: a plain https:// URL, or title, publisher, date and url.
            sources:
              # - title: Headline of the article
              #   publisher: News agency
              #   date: {{date}}
              #   url: https://...
            {{draft}}
            ---
            <!-- What happened between {{country_names}}, in two or three short paragraphs: who, what,
                 where, and why it matters. This comment is not shown on the site. -->

            """;

    private final String text;
    private final String origin;

    private Archetype(String text, String origin) {
        this.text = text;
        this.origin = origin;
    }

    /** A problem with the template itself, naming the file. */
    public static final class ArchetypeException extends Exception {
        public ArchetypeException(String message) {
            super(message);
        }
    }

    public static Archetype builtIn() {
        return new Archetype(DEFAULT, "the built-in archetype");
    }

    /** The project's template when {@code file} exists, else the built-in one. */
    public static Archetype load(Path file) throws IOException, ArchetypeException {
        if (!Files.isRegularFile(file)) return builtIn();
        return of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"), file.toString());
    }

    static Archetype of(String text, String origin) throws ArchetypeException {
        Matcher m = PLACEHOLDER.matcher(text);
        TreeSet<String> unknown = new TreeSet<>();
        while (m.find()) if (!PLACEHOLDERS.containsKey(m.group(1))) unknown.add(m.group(1));
        if (!unknown.isEmpty()) {
            throw new ArchetypeException(origin + ": unknown placeholder(s) "
                    + unknown.stream().map(u -> "{{" + u + "}}").toList() + "; known: "
                    + new TreeSet<>(PLACEHOLDERS.keySet())
                            .stream().map(u -> "{{" + u + "}}").toList());
        }
        return new Archetype(text, origin);
    }

    public String origin() {
        return origin;
    }

    /** The template has the placeholder, so a value given for it is written. */
    boolean uses(String placeholder) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) if (m.group(1).equals(placeholder)) return true;
        return false;
    }

    /** The template with every placeholder replaced. */
    String fill(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher alone = PLACEHOLDER.matcher(line.strip());
            if (alone.matches() && values.getOrDefault(alone.group(1), "").isEmpty()) continue;
            out.add(PLACEHOLDER
                    .matcher(line)
                    .replaceAll(r -> Matcher.quoteReplacement(values.getOrDefault(r.group(1), ""))));
        }
        return String.join("\n", out);
    }
}
