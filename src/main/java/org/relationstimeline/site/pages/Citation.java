package org.relationstimeline.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.relationstimeline.text.BibTex;
import org.relationstimeline.text.Json;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;

/**
 * How to cite an entry page, in three forms. Dates are the entry's own publication dates
 * ({@code published:}, {@code updated:}); no "accessed" date, which would change every build.
 *
 * <p>The forms are written when a template reads them, not when the site is planned: every entry
 * page has one, and all of them held together were a tenth of what a build of 10,000 entries
 * keeps in memory while rendering (curly quotes make each a string of two bytes a character).
 */
public final class Citation {
    private final Entry entry;
    private final String siteTitle;
    private final String url;
    private final String language;

    private Citation(Entry entry, String siteTitle, String url, String language) {
        this.entry = entry;
        this.siteTitle = siteTitle;
        this.url = url;
        this.language = language;
    }

    /** @param url the entry page's absolute URL */
    public static Citation of(Entry e, String siteTitle, String url, String language) {
        return new Citation(e, siteTitle, url, language);
    }

    /** The BibTeX key and CSL id: the site's slug, the entry's year and slug, stable while its address is. */
    public String key() {
        String site = Slugs.slugify(siteTitle);
        return (site.isEmpty() ? "entry" : site) + ":" + entry.year() + "-" + entry.slug();
    }

    /** A plain-text reference for readers. */
    public String text() {
        return text(entry, siteTitle, url);
    }

    /** A biblatex {@code @online} record. */
    public String bibtex() {
        return bibtex(key(), entry, siteTitle, url);
    }

    /** A CSL-JSON array of one {@code webpage} item, as Zotero and citeproc read it. */
    public String cslJson() {
        return csl(key(), entry, siteTitle, url, language);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c
                && entry.equals(c.entry)
                && siteTitle.equals(c.siteTitle)
                && url.equals(c.url)
                && language.equals(c.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, siteTitle, url, language);
    }

    @Override
    public String toString() {
        return "Citation[" + key() + "]";
    }

    private static String text(Entry e, String siteTitle, String url) {
        StringBuilder s = new StringBuilder();
        s.append('\u201c').append(oneLine(e.title()));
        if (!e.title().endsWith(".") && !e.title().endsWith("?") && !e.title().endsWith("!")) s.append('.');
        s.append("\u201d ").append(oneLine(siteTitle));
        if (e.published() != null) {
            s.append(", ").append(e.published().display());
            if (e.updated() != null && !e.updated().equals(e.published()))
                s.append(" (updated ").append(e.updated().display()).append(')');
        } else if (e.updated() != null) {
            s.append(", updated ").append(e.updated().display());
        }
        return s.append(". ").append(url).toString();
    }

    private static String bibtex(String key, Entry e, String siteTitle, String url) {
        List<String[]> fields = new ArrayList<>();
        // Double braces keep the title's capitals as written.
        fields.add(new String[] {"title", "{" + BibTex.escape(e.title()) + "}"});
        fields.add(new String[] {"organization", BibTex.escape(siteTitle)});
        EventDate issued = e.published() != null ? e.published() : e.updated();
        if (issued != null) fields.add(new String[] {"date", issued.iso()});
        if (e.published() != null && e.updated() != null && !e.updated().equals(e.published()))
            fields.add(new String[] {"note", "Updated " + e.updated().iso()});
        fields.add(new String[] {"url", url});
        StringBuilder s = new StringBuilder("@online{").append(key).append(",\n");
        for (String[] f : fields)
            s.append("  ").append(f[0]).append(" = {").append(f[1]).append("},\n");
        return s.append("}\n").toString();
    }

    private static String csl(String key, Entry e, String siteTitle, String url, String language) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key);
        item.put("type", "webpage");
        item.put("title", oneLine(e.title()));
        item.put("container-title", oneLine(siteTitle));
        EventDate issued = e.published() != null ? e.published() : e.updated();
        if (issued != null) item.put("issued", Map.of("date-parts", List.of(dateParts(issued))));
        item.put("URL", url);
        item.put("language", language);
        return Json.pretty(List.of(item)).strip();
    }

    private static List<Integer> dateParts(EventDate d) {
        return List.of(d.year(), d.month(), d.day());
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
