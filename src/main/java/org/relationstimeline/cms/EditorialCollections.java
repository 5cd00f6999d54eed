package org.relationstimeline.cms;

import static org.relationstimeline.cms.Fields.field;
import static org.relationstimeline.cms.Fields.optional;
import static org.relationstimeline.cms.Fields.pattern;
import static org.relationstimeline.cms.Fields.with;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.ProfileReader;

/**
 * The collections beside the entries, each from its own contract (README "Profiles" and "General
 * pages"): relation profiles, party profiles and general pages. Their file name is what identifies
 * them (a pair's or a party's slug, a page's slug), so a new file is named in Sveltia's slug editor
 * ({@code slug: {editable: true}}), which is not written into the front matter; the build checks the name.
 */
final class EditorialCollections {
    static final String RELATIONS_FOLDER = "content/relations";
    static final String COUNTRIES_FOLDER = "content/countries";
    static final String PAGES_FOLDER = "content/pages";

    /** The file name is typed in the slug editor when the file is made; slugs are what the build accepts. */
    private static final Map<String, Object> SLUG = Map.of("editable", true);

    private static final String PLAIN_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?$";
    private static final String PLAIN_DATE_MESSAGE =
            "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, optionally followed by ~ (approximate) or ? (uncertain).";
    private static final String PAIR_SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private EditorialCollections() {}

    static List<Map<String, Object>> all() {
        return List.of(relations(), countries(), pages());
    }

    static Map<String, Object> relations() {
        Map<String, Object> c = collection(
                "relations",
                "Relation profiles",
                "Relation profile",
                "The overview, key facts and eras at the top of a pair page. Name a new file after the pair's"
                        + " address, parties in alphabetical order: algeria-russia for /relations/algeria-russia/.",
                RELATIONS_FOLDER);
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(summary());
        fields.add(optional(with(
                field("established", "Relations established", "string"),
                "hint",
                "When diplomatic relations began, as precise as known: 1962-03-23, 1962-03 or 1962.",
                "pattern",
                pattern(PLAIN_DATE, PLAIN_DATE_MESSAGE))));
        fields.add(facts());
        fields.add(eras());
        fields.add(related());
        fields.add(assessment());
        fields.add(body("Overview"));
        c.put("fields", fields);
        return c;
    }

    static Map<String, Object> countries() {
        Map<String, Object> c = collection(
                "countries",
                "Country profiles",
                "Country profile",
                "The overview, key facts and eras at the top of a country's or organisation's page. Name a new"
                        + " file after its address: algeria for /countries/algeria/.",
                COUNTRIES_FOLDER);
        c.put("fields", List.of(summary(), facts(), eras(), related(), body("Overview")));
        return c;
    }

    static Map<String, Object> pages() {
        Map<String, Object> c = collection(
                "pages",
                "General pages",
                "General page",
                "About, Methodology, Corrections: each is linked from the footer. Name a new file with"
                        + " lowercase letters, digits and hyphens: about for /pages/about/.",
                PAGES_FOLDER);
        c.put("identifier_field", "title");
        c.put("summary", "{{title}}");
        c.put(
                "fields",
                List.of(
                        with(field("title", "Title", "string"), "maxlength", EntryReader.MAX_TITLE_CHARACTERS),
                        summary(),
                        body("Page")));
        return c;
    }

    private static Map<String, Object> collection(
            String name, String label, String singular, String description, String folder) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("label", label);
        c.put("label_singular", singular);
        c.put("description", description);
        c.put("folder", folder);
        c.put("slug", SLUG);
        c.put("extension", "md");
        c.put("format", "frontmatter");
        c.put("create", true);
        c.put("summary", "{{slug}}");
        return c;
    }

    private static Map<String, Object> summary() {
        return optional(with(
                field("summary", "Summary", "text"),
                "maxlength",
                EntryReader.MAX_SUMMARY_CHARACTERS,
                "hint",
                "One or two sentences: the page's opening line and its description."));
    }

    private static Map<String, Object> facts() {
        return optional(with(
                field("facts", "Key facts", "list"),
                "label_singular",
                "Fact",
                "max",
                ProfileReader.MAX_FACTS,
                "summary",
                "{{fields.label}}: {{fields.value}}",
                "collapsed",
                "auto",
                "fields",
                List.of(
                        with(field("label", "Label", "string"), "maxlength", ProfileReader.MAX_LABEL_CHARACTERS),
                        with(field("value", "Value", "string"), "maxlength", ProfileReader.MAX_VALUE_CHARACTERS),
                        source("Every fact says where it comes from."))));
    }

    private static Map<String, Object> eras() {
        return optional(with(
                field("eras", "Eras", "list"),
                "label_singular",
                "Era",
                "max",
                ProfileReader.MAX_ERAS,
                "summary",
                "{{fields.from}} \u2013 {{fields.to}} \u00b7 {{fields.title}}",
                "collapsed",
                "auto",
                "hint",
                "Periods that chapter the timeline; they may not overlap. Leave 'to' empty while the era lasts.",
                "fields",
                List.of(
                        with(field("title", "Title", "string"), "maxlength", EntryReader.MAX_TITLE_CHARACTERS),
                        with(field("from", "From", "string"), "pattern", pattern(PLAIN_DATE, PLAIN_DATE_MESSAGE)),
                        optional(with(field("to", "To", "string"), "pattern", pattern(PLAIN_DATE, PLAIN_DATE_MESSAGE))),
                        optional(with(
                                field("summary", "Summary", "text"),
                                "maxlength",
                                EntryReader.MAX_SUMMARY_CHARACTERS)))));
    }

    private static Map<String, Object> related() {
        return optional(with(
                field("related", "See also", "list"),
                "max",
                ProfileReader.MAX_RELATED,
                "hint",
                "Relations to point to, by their address: algeria-france.",
                "field",
                with(
                        field("pair", "Relation", "string"),
                        "pattern",
                        pattern(PAIR_SLUG_PATTERN, "A relation's address, such as algeria-france."))));
    }

    private static Map<String, Object> assessment() {
        return optional(with(
                field("assessment", "Assessment", "object"),
                "hint",
                "The state of the relation now, neutral and dated; attribute a party's own description.",
                "collapsed",
                true,
                "fields",
                List.of(
                        with(field("text", "Text", "text"), "maxlength", EntryReader.MAX_SUMMARY_CHARACTERS),
                        with(field("as_of", "As of", "string"), "pattern", pattern(PLAIN_DATE, PLAIN_DATE_MESSAGE)),
                        optional(source("Where the assessment comes from, when it rests on one document.")))));
    }

    private static Map<String, Object> source(String hint) {
        return with(
                field("source", "Source", "object"),
                "hint",
                hint,
                "collapsed",
                "auto",
                "fields",
                EntryCollection.sourceFields());
    }

    private static Map<String, Object> body(String label) {
        return optional(field("body", label, "markdown"));
    }
}
