package org.relationstimeline.cms;

import static org.relationstimeline.cms.Fields.field;
import static org.relationstimeline.cms.Fields.option;
import static org.relationstimeline.cms.Fields.optional;
import static org.relationstimeline.cms.Fields.pattern;
import static org.relationstimeline.cms.Fields.with;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.EventType;

/**
 * The entries collection: one field per front matter key of the content contract (README
 * "Content contract"), with the site's own parties and topics as the choices, and files placed as
 * the shipped content is, {@code content/entries/<year>/<date>-<title>.md}.
 */
final class EntryCollection {
    static final String NAME = "entries";
    static final String FOLDER = "content/entries";

    /**
     * The year folder comes from the date as written. The CMS reads a date it can parse
     * (2023-08-01, 2023-08, 2023, 1962?, a date-time); an approximate date such as 1962~ it cannot,
     * and those entries go to an "approximate" folder: the build reads every folder alike.
     */
    static final String PATH = "{{fields.date | date('YYYY') | default('approximate')}}/{{slug}}";

    /** The file name starts with the date (its first ten characters), which the build drops from the URL. */
    static final String SLUG = "{{fields.date | truncate(10)}}-{{title}}";

    private static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String URL_PATTERN = "^https?://\\S+$";

    private EntryCollection() {}

    static Map<String, Object> of(SiteConfig config, CountryRegistry registry) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", NAME);
        c.put("label", "Entries");
        c.put("label_singular", "Entry");
        c.put("description", "Events between two or more parties, one file each.");
        c.put("folder", FOLDER);
        c.put("path", PATH);
        c.put("slug", SLUG);
        c.put("extension", "md");
        c.put("format", "frontmatter");
        c.put("create", true);
        c.put("identifier_field", "title");
        c.put("summary", "{{date}} \u00b7 {{title}}");
        c.put(
                "sortable_fields",
                with(
                        new LinkedHashMap<>(),
                        "fields",
                        List.of("date", "title"),
                        "default",
                        with(new LinkedHashMap<>(), "field", "date", "direction", "descending")));
        c.put("fields", fields(config, registry));
        return c;
    }

    /** In the order of the contract's table, then the body. */
    static List<Map<String, Object>> fields(SiteConfig config, CountryRegistry registry) {
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(with(field("title", "Title", "string"), "maxlength", EntryReader.MAX_TITLE_CHARACTERS));
        fields.add(with(
                field("date", "Date", "string"),
                "hint",
                DateForms.HINT,
                "pattern",
                pattern(DateForms.PATTERN, DateForms.MESSAGE)));
        fields.add(
                publicationDate("published", "Published", "{{now}}", "The day this entry first appeared on the site."));
        fields.add(publicationDate(
                "updated", "Updated", "", "The day it was last revised in substance; leave empty until then."));
        fields.add(countries(config, registry));
        fields.add(optional(with(
                field("summary", "Summary", "text"),
                "maxlength",
                EntryReader.MAX_SUMMARY_CHARACTERS,
                "hint",
                "One or two sentences, shown in timeline lists.")));
        fields.add(topics(config));
        fields.add(type());
        fields.add(sources());
        fields.add(optional(with(
                field("slug", "URL slug", "string"),
                "hint",
                "Leave empty to use the title. Lowercase letters, digits and hyphens, e.g. treaty-of-paris.",
                "pattern",
                pattern(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens."))));
        fields.add(optional(with(
                field("aliases", "Old addresses", "list"),
                "hint",
                "Addresses this entry had before it moved (/entries/1951/old-slug/): each becomes a redirect.")));
        fields.add(optional(with(
                field("draft", "Draft", "boolean"),
                "default",
                false,
                "hint",
                "A draft stays out of the published site.")));
        fields.add(optional(field("body", "Body", "markdown")));
        return fields;
    }

    /**
     * A day picker that stores YYYY-MM-DD, as the build requires for {@code published:} and
     * {@code updated:}; shown in UTC so that every editor's browser writes the day it shows.
     */
    private static Map<String, Object> publicationDate(String name, String label, String initial, String hint) {
        return optional(with(
                field(name, label, "datetime"),
                "format",
                "YYYY-MM-DD",
                "date_format",
                "YYYY-MM-DD",
                "time_format",
                false,
                "picker_utc",
                true,
                "default",
                initial,
                "hint",
                hint));
    }

    /** Every party the build accepts: the registry's countries and former states, and the site's own parties. */
    private static Map<String, Object> countries(SiteConfig config, CountryRegistry registry) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Party p : registry.all()) options.add(option(p.name() + " (" + p.code() + ")", p.code()));
        return with(
                field("countries", "Countries", "select"),
                "multiple",
                true,
                "min",
                2,
                "max",
                config.limits().maxPartiesPerEntry(),
                "options",
                options,
                "hint",
                "The parties to the event: two or more countries, former states or organisations.");
    }

    /** The topics of site.yaml as choices; without any there, a free list (the build then warns about each). */
    private static Map<String, Object> topics(SiteConfig config) {
        if (config.topics().isEmpty()) {
            return optional(with(field("topics", "Topics", "list"), "max", EntryReader.MAX_TOPICS));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        config.topics().forEach((key, label) -> options.add(option(label, key)));
        return optional(with(
                field("topics", "Topics", "select"),
                "multiple",
                true,
                "max",
                EntryReader.MAX_TOPICS,
                "options",
                options));
    }

    /** The event types as choices, labelled with their class and mode so the editor need not look them up. */
    private static Map<String, Object> type() {
        List<Map<String, Object>> options = new ArrayList<>();
        for (EventType t : EventType.values()) {
            options.add(option(
                    t.label() + " (" + t.kind().key() + ", " + t.mode().key() + "): " + t.description(), t.key()));
        }
        return optional(with(
                field("type", "Event type", "select"),
                "options",
                options,
                "hint",
                "What kind of event it is: cooperation or conflict, said or done. Leave empty when none fits."));
    }

    private static Map<String, Object> sources() {
        return optional(with(
                field("sources", "Sources", "list"),
                "label_singular",
                "Source",
                "summary",
                "{{fields.publisher}} {{fields.title}}",
                "collapsed",
                "auto",
                "fields",
                sourceFields()));
    }

    /** The keys of one source, as entries list them and profiles give one per fact. */
    static List<Map<String, Object>> sourceFields() {
        return List.of(
                optional(field("title", "Title", "string")),
                optional(field("publisher", "Publisher", "string")),
                optional(with(
                        field("date", "Date", "string"), "pattern", pattern(DateForms.PATTERN, DateForms.MESSAGE))),
                optional(with(
                        field("url", "Address (URL)", "string"),
                        "pattern",
                        pattern(URL_PATTERN, "An address starting with https:// (or http://)."))));
    }
}
