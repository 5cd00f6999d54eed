package org.relationstimeline.site;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.PageViews.Downloads;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.TopicPage;
import org.relationstimeline.text.Csv;
import org.relationstimeline.text.Json;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Source;

/**
 * Machine-readable copies of the timeline for reuse: {@code index.json} and {@code entries.csv}
 * beside each pair, country and topic page, {@code data/entries.json} and {@code data/entries.csv}
 * for all entries. The schema is in
 * the README ("Data exports"); entries are in timeline order (newest first, then title, then
 * path), every URL is absolute and names a page of the plan.
 *
 * <p>An entry of n parties is on n(n-1)/2 pairs, so what a pair's file says about it is written
 * n(n-1)/2 times. It therefore holds only what does not grow with the entry's parties and pairs:
 * the entry's party codes, not its party objects, and not the list of its pairs. Those are in
 * {@code data/entries.json}, once per entry, so the exports together grow with the pairs, not
 * with the pairs times the pairs. A country's or topic's files have the same form as a pair's.
 */
public final class DataExports implements ExtraOutput {
    /** Raised when a field is removed or changes meaning; new fields may appear without it. */
    public static final int VERSION = 1;
    /** The version of a pair's file: 2 since its entries name parties by code and leave out pairs and sources. */
    public static final int PAIR_VERSION = 2;
    /** The version of a country's and a topic's file, which have the form of a pair's. */
    public static final int LIST_VERSION = 1;

    /** Indent the document and its lists, and write each entry on one line: small at scale, and diffable. */
    private static final int ENTRY_PER_LINE = 2;

    /** The columns both CSV files end a row with, added after the first version: the span's end and the type. */
    private static final List<String> TRAILING_COLUMNS = List.of(
            "end_date", "end_date_precision", "end_date_qualifier", "ongoing", "type", "type_class", "type_mode");

    static final List<String> CSV_COLUMNS = withTrailing(List.of(
            "id",
            "url",
            "date",
            "date_precision",
            "date_qualifier",
            "date_display",
            "title",
            "summary",
            "parties",
            "party_names",
            "topics",
            "source_urls"));
    /** The columns of a pair's, country's or topic's CSV: those of its JSON file, without party names and sources. */
    static final List<String> LIST_CSV_COLUMNS = withTrailing(List.of(
            "id",
            "url",
            "date",
            "date_precision",
            "date_qualifier",
            "date_display",
            "title",
            "summary",
            "parties",
            "topics"));

    @Override
    public List<OutputFile> files(SiteModel site) {
        PlanIndex plan = PlanIndex.of(site.plan());
        UrlScheme urls = site.urls();
        List<Entry> all = site.timeline().entries();
        // What the exports show of an entry is its front matter: a body edit leaves their inputs as they were.
        EntryKeys keys = EntryKeys.withoutBodies(all);
        List<OutputFile> files = new ArrayList<>();
        for (PairPage page : plan.firstPages(PairPage.class)) {
            Pair pair = page.pair();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("slug", pair.slug());
            p.put("name", pair.name());
            p.put("url", urls.absolute(plan.require(urls.pair(pair))));
            p.put("feed", urls.absolute(urls.feed(pair)));
            p.put("parties", List.of(party(pair.first(), urls, plan), party(pair.second(), urls, plan)));
            list(
                    site,
                    plan,
                    keys,
                    "relations-timeline/pair",
                    PAIR_VERSION,
                    "pair",
                    p,
                    site.timeline().byPair().get(pair),
                    page.downloads(),
                    files);
        }
        for (CountryPage page : plan.firstPages(CountryPage.class)) {
            Map<String, Object> p = party(page.party(), urls, plan);
            p.put("feed", urls.absolute(urls.feed(page.party())));
            list(
                    site,
                    plan,
                    keys,
                    "relations-timeline/party",
                    LIST_VERSION,
                    "party",
                    p,
                    site.timeline().byParty().get(page.party()),
                    page.downloads(),
                    files);
        }
        for (TopicPage page : plan.firstPages(TopicPage.class)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("key", page.topic());
            t.put("label", site.config().topicLabel(page.topic()));
            t.put("url", urls.absolute(plan.require(urls.topic(page.topic()))));
            t.put("feed", urls.absolute(urls.topicFeed(page.topic())));
            list(
                    site,
                    plan,
                    keys,
                    "relations-timeline/topic",
                    LIST_VERSION,
                    "topic",
                    t,
                    site.timeline().byTopic().get(page.topic()),
                    page.downloads(),
                    files);
        }
        // Made only when an entry's exported fields, the order of the entries or the build's own inputs changed.
        String inputs = new Fingerprint().add("entries-data").addAll(keys, all).hex();
        // Both grow with the whole timeline: they are written as they are made, never held whole.
        files.add(OutputFile.streamed(urls.outputFile(urls.entriesJson()), inputs, out -> {
            Map<String, Object> doc = header(site, "relations-timeline/entries", VERSION);
            body(doc, all, site, plan, false);
            Json.pretty(doc, ENTRY_PER_LINE, out);
        }));
        files.add(OutputFile.streamed(
                urls.outputFile(urls.entriesCsv()),
                inputs,
                out -> csv(CSV_COLUMNS, all, e -> csvRow(e, site.urls(), plan), out)));
        return files;
    }

    /**
     * One list's JSON and CSV files, where its page's downloads say: the subject, then its entries in
     * the bounded form. Each is made only when the subject or its entries changed (config and URLs
     * are in the build's own inputs).
     */
    private static void list(
            SiteModel site,
            PlanIndex plan,
            EntryKeys keys,
            String format,
            int version,
            String key,
            Map<String, Object> subject,
            List<Entry> entries,
            Downloads downloads,
            List<OutputFile> files) {
        UrlScheme urls = site.urls();
        String inputs = new Fingerprint()
                .add("list-data")
                .add(format)
                .add(String.valueOf(subject))
                .addAll(keys, entries)
                .hex();
        // A large country's or topic's list grows with the timeline too: written as it is made.
        files.add(OutputFile.streamed(urls.outputFile(downloads.json()), inputs, out -> {
            Map<String, Object> doc = header(site, format, version);
            doc.put(key, subject);
            body(doc, entries, site, plan, true);
            Json.pretty(doc, ENTRY_PER_LINE, out);
        }));
        files.add(OutputFile.streamed(
                urls.outputFile(downloads.csv()),
                inputs,
                out -> csv(LIST_CSV_COLUMNS, entries, e -> listCsvRow(e, urls, plan), out)));
    }

    private static Map<String, Object> header(SiteModel site, String format, int version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", format);
        doc.put("version", version);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", site.config().title());
        about.put("url", site.urls().absolute(site.urls().home()));
        doc.put("site", about);
        return doc;
    }

    private static void body(
            Map<String, Object> doc, List<Entry> entries, SiteModel site, PlanIndex plan, boolean onPair) {
        Map<String, Object> topics = new TreeMap<>();
        for (Entry e : entries)
            for (String t : e.topics()) topics.put(t, site.config().topicLabel(t));
        doc.put("topics", topics);
        doc.put("count", entries.size());
        // Each entry is written on its own line, a chunk at a time as the writer reaches it: no tree
        // of the whole document is built, and the lines are not all held at once.
        doc.put(
                "entries",
                new InChunks<>(
                        entries,
                        e -> Json.written(onPair ? onPair(e, site.urls(), plan) : entry(e, site.urls(), plan))));
    }

    /** One entry as the JSON exports show it; the CSV has the same fields, flattened. */
    static Map<String, Object> entry(Entry e, UrlScheme urls, PlanIndex plan) {
        return fields(e, urls, plan, true);
    }

    /**
     * One entry as a pair's file shows it: the fields of {@link #entry} but {@code parties}, which
     * becomes {@code party_codes}, and {@code pairs} and {@code sources}, which are left out. Its size
     * does not grow with the number of pairs the entry is on (only by a code per party), and is
     * bounded by the reader's limits on title, summary and topics, whatever the front matter limit.
     */
    static Map<String, Object> onPair(Entry e, UrlScheme urls, PlanIndex plan) {
        return fields(e, urls, plan, false);
    }

    /** The entry's fields in one order for both files; only the full form carries party objects, pairs and sources. */
    private static Map<String, Object> fields(Entry e, UrlScheme urls, PlanIndex plan, boolean full) {
        String url = plan.require(urls.entry(e));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", urls.tag(url));
        m.put("url", urls.absolute(url));
        m.put("slug", e.slug());
        m.put("title", e.title());
        m.put("date", e.date().iso());
        m.put("date_precision", lower(e.date().precision()));
        m.put("date_qualifier", lower(e.date().qualifier()));
        m.put("date_display", e.when().display());
        List<String> end = endCells(e);
        m.put("end_date", end.get(0));
        m.put("end_date_precision", end.get(1));
        m.put("end_date_qualifier", end.get(2));
        m.put("ongoing", e.end().ongoing());
        if (full) {
            m.put("parties", e.parties().stream().map(p -> party(p, urls, plan)).toList());
            m.put("pairs", e.pairs().stream().map(Pair::slug).toList());
        } else {
            m.put("party_codes", e.parties().stream().map(Party::code).toList());
        }
        m.put("topics", e.topics());
        EventType type = e.type();
        m.put("type", type == null ? null : type.key());
        m.put("type_class", type == null ? null : type.kind().key());
        m.put("type_mode", type == null ? null : type.mode().key());
        m.put("summary", e.summary());
        if (full) {
            List<Object> sources = new ArrayList<>();
            for (Source s : e.sources()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("title", s.title());
                sm.put("publisher", s.publisher());
                sm.put("date", s.dateIso());
                sm.put("url", s.url());
                sources.add(sm);
            }
            m.put("sources", sources);
        }
        return m;
    }

    private static Map<String, Object> party(Party p, UrlScheme urls, PlanIndex plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("slug", p.slug());
        m.put("kind", lower(p.kind()));
        m.put("url", urls.absolute(plan.require(urls.country(p))));
        return m;
    }

    /** A CSV file: the header row, then a row per entry, made a chunk at a time as they are written. */
    private static void csv(List<String> columns, List<Entry> entries, Function<Entry, String> row, Writer out)
            throws IOException {
        out.write(Csv.row(columns));
        for (String r : new InChunks<>(entries, row)) out.write(r);
    }

    private static String csvRow(Entry e, UrlScheme urls, PlanIndex plan) {
        String url = plan.require(urls.entry(e));
        List<String> row = new ArrayList<>(leadingCells(e, url, urls));
        row.add(String.join(";", e.parties().stream().map(Party::name).toList()));
        row.add(String.join(";", e.topics()));
        row.add(String.join(
                " ",
                e.sources().stream().map(Source::url).filter(u -> !u.isEmpty()).toList()));
        row.addAll(trailingCells(e));
        return Csv.row(row);
    }

    /** The cells both CSV files start a row with: the entry's id, address, date, title, summary and party codes. */
    private static List<String> leadingCells(Entry e, String url, UrlScheme urls) {
        return List.of(
                urls.tag(url),
                urls.absolute(url),
                e.date().iso(),
                lower(e.date().precision()),
                lower(e.date().qualifier()),
                e.when().display(),
                e.title(),
                e.summary(),
                String.join(";", e.parties().stream().map(Party::code).toList()));
    }

    /** The cells of {@link #TRAILING_COLUMNS}: the span's end, whether it is ongoing, and the type. */
    private static List<String> trailingCells(Entry e) {
        List<String> cells = new ArrayList<>(endCells(e));
        cells.add(Boolean.toString(e.end().ongoing()));
        cells.addAll(typeCells(e));
        return cells;
    }

    private static List<String> withTrailing(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(TRAILING_COLUMNS);
        return List.copyOf(all);
    }

    /** The type, its class and its mode, empty for an entry without a type. */
    private static List<String> typeCells(Entry e) {
        if (!e.isTyped()) return List.of("", "", "");
        return List.of(e.type().key(), e.type().kind().key(), e.type().mode().key());
    }

    /** A row of a list's CSV: the fields of its JSON file. */
    private static String listCsvRow(Entry e, UrlScheme urls, PlanIndex plan) {
        String url = plan.require(urls.entry(e));
        List<String> row = new ArrayList<>(leadingCells(e, url, urls));
        row.add(String.join(";", e.topics()));
        row.addAll(trailingCells(e));
        return Csv.row(row);
    }

    /** A closed span's end as date, precision and qualifier; three empty cells for a point or an ongoing span. */
    private static List<String> endCells(Entry e) {
        EventDate end = e.end().date();
        if (end == null) return List.of("", "", "");
        return List.of(end.iso(), lower(end.precision()), lower(end.qualifier()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
