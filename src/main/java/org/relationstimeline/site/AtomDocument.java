package org.relationstimeline.site;

import java.util.List;
import org.relationstimeline.text.Xml;
import org.relationstimeline.timeline.EventDate;

/**
 * One Atom feed as XML. Its {@code updated} dates come from the entries' own dates (the first day
 * a date may mean, at midnight UTC), never from the clock, so the same entries give the same bytes.
 *
 * @param id a permanent id (a tag URI), independent of titles
 * @param author the feed's author, which every entry inherits
 */
public record AtomDocument(
        String id,
        String title,
        String subtitle,
        String language,
        String author,
        String authorUri,
        String selfUrl,
        String pageUrl,
        List<Item> items) {
    /** Used as {@code updated} by a feed without entries, which RFC 4287 still requires to have one. */
    static final String EPOCH = "1970-01-01T00:00:00Z";

    /** One entry of the feed; {@code url} is the absolute URL of its page. */
    public record Item(
            String id, String title, EventDate date, String url, String summary, List<Category> categories) {}

    public record Category(String term, String label) {}

    public String xml() {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(language))
                .append("\">\n");
        element(x, "  ", "id", id);
        x.append("  <title type=\"text\">").append(Xml.escape(title)).append("</title>\n");
        if (!subtitle.isBlank())
            x.append("  <subtitle type=\"text\">").append(Xml.escape(subtitle)).append("</subtitle>\n");
        element(x, "  ", "updated", updated());
        x.append("  <author>\n");
        element(x, "    ", "name", author);
        element(x, "    ", "uri", authorUri);
        x.append("  </author>\n");
        link(x, "  ", "self", "application/atom+xml", selfUrl);
        link(x, "  ", "alternate", "text/html", pageUrl);
        for (Item item : items) {
            x.append("  <entry>\n");
            element(x, "    ", "id", item.id());
            x.append("    <title type=\"text\">")
                    .append(Xml.escape(item.title()))
                    .append("</title>\n");
            element(x, "    ", "updated", timestamp(item.date()));
            link(x, "    ", "alternate", "text/html", item.url());
            if (!item.summary().isBlank()) {
                x.append("    <summary type=\"text\">")
                        .append(Xml.escape(item.summary()))
                        .append("</summary>\n");
            }
            for (Category c : item.categories()) {
                x.append("    <category term=\"")
                        .append(Xml.escape(c.term()))
                        .append("\" label=\"")
                        .append(Xml.escape(c.label()))
                        .append("\"/>\n");
            }
            x.append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /** The newest entry date of the feed. */
    String updated() {
        return items.stream()
                .map(Item::date)
                .max(EventDate::compareTo)
                .map(AtomDocument::timestamp)
                .orElse(EPOCH);
    }

    /** An RFC 3339 date-time for an entry date: "1962" is 1962-01-01T00:00:00Z. */
    static String timestamp(EventDate date) {
        return date.firstDay() + "T00:00:00Z";
    }

    private static void element(StringBuilder x, String indent, String name, String text) {
        x.append(indent)
                .append('<')
                .append(name)
                .append('>')
                .append(Xml.escape(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static void link(StringBuilder x, String indent, String rel, String type, String href) {
        x.append(indent)
                .append("<link rel=\"")
                .append(rel)
                .append("\" type=\"")
                .append(type)
                .append("\" href=\"")
                .append(Xml.escape(href))
                .append("\"/>\n");
    }
}
