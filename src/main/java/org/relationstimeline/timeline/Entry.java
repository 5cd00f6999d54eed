package org.relationstimeline.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.relationstimeline.countries.Party;

/**
 * One event of the timeline, validated; the body stays Markdown until an entry page renders it.
 *
 * @param path the source file, relative to the content folder, with '/' separators
 * @param slug the URL segment and the anchor of the entry on every timeline
 * @param parties two or more distinct parties, sorted by slug
 * @param topics topic keys as configured in the site config
 * @param aliases old addresses that redirect to the entry
 * @param bodyLine the line of the source file on which the body starts, so body positions are file positions
 * @param fingerprint a hash of the source file, which changes whenever anything in it changes
 * @param end where a span ends ({@link EventEnd#NONE} for an event of one date); {@code date} is its start
 * @param type what kind of event it is (cooperation or conflict, said or done), or null when the entry does not say
 * @param published the day the entry was first published on the site ({@code published:}), or null
 * @param updated the day it was last revised in substance ({@code updated:}), or null; never before {@code published}
 * @param storedBody the Markdown body, held or left in the entry's file ({@link #body()} reads it)
 * @param bodySearch what search keeps of the body (its terms, the start of its text), worked out once when the
 *     file is parsed and kept in the entry cache; null when not worked out (then search works it out)
 * @param bodyLinks the body's links and images that are not web addresses ({@code render/BodyLinks}), worked
 *     out with its text, so the build checks and resolves them without reading the body again; null when not
 *     worked out
 */
public record Entry(
        String path,
        String slug,
        String title,
        EventDate date,
        List<Party> parties,
        List<String> topics,
        String summary,
        List<Source> sources,
        List<Alias> aliases,
        Body storedBody,
        int bodyLine,
        boolean draft,
        String fingerprint,
        EventEnd end,
        EventType type,
        EventDate published,
        EventDate updated,
        BodySearch bodySearch,
        List<BodyLink> bodyLinks) {

    public Entry {
        java.util.Objects.requireNonNull(end, "end");
        java.util.Objects.requireNonNull(storedBody, "storedBody");
    }

    /** The body's Markdown; read from the entry's file when it is not held (see {@link Body}). */
    public String body() {
        return storedBody.markdown();
    }

    /** This entry with its body held or left in its file. */
    public Entry withStoredBody(Body body) {
        return with(body, end, type, published, updated, bodySearch, bodyLinks);
    }

    /** This entry with its body's links that are not web addresses. */
    public Entry withBodyLinks(List<BodyLink> links) {
        return with(storedBody, end, type, published, updated, bodySearch, List.copyOf(links));
    }

    /** This entry with what search keeps of its body. */
    public Entry withBodySearch(BodySearch search) {
        return with(storedBody, end, type, published, updated, search, bodyLinks);
    }

    /** This entry as a span to {@code end} (or a point date with {@link EventEnd#NONE}). */
    public Entry withEnd(EventEnd end) {
        return with(storedBody, end, type, published, updated, bodySearch, bodyLinks);
    }

    /** This entry with an event type, or none with null. */
    public Entry withType(EventType type) {
        return with(storedBody, end, type, published, updated, bodySearch, bodyLinks);
    }

    /** This entry with the days it was published and updated (either may be null). */
    public Entry withPublication(EventDate published, EventDate updated) {
        return with(storedBody, end, type, published, updated, bodySearch, bodyLinks);
    }

    /**
     * This entry without its body and what comes of the body (the line it starts on, its text, the
     * file's hash): everything an export or a feed shows of it, so a fingerprint of this changes
     * with the front matter and not with an edit of the body.
     */
    public Entry withoutBody() {
        return new Entry(
                path,
                slug,
                title,
                date,
                parties,
                topics,
                summary,
                sources,
                aliases,
                Body.Held.EMPTY,
                0,
                draft,
                "",
                end,
                type,
                published,
                updated,
                null,
                List.of());
    }

    /** The body and the fields added after the first, which readers and tests set one at a time. */
    private Entry with(
            Body storedBody,
            EventEnd end,
            EventType type,
            EventDate published,
            EventDate updated,
            BodySearch bodySearch,
            List<BodyLink> bodyLinks) {
        return new Entry(
                path,
                slug,
                title,
                date,
                parties,
                topics,
                summary,
                sources,
                aliases,
                storedBody,
                bodyLine,
                draft,
                fingerprint,
                end,
                type,
                published,
                updated,
                bodySearch,
                bodyLinks);
    }

    /** An entry of one date (not a span), without a type, publication dates or body text. */
    public Entry(
            String path,
            String slug,
            String title,
            EventDate date,
            List<Party> parties,
            List<String> topics,
            String summary,
            List<Source> sources,
            List<Alias> aliases,
            String body,
            int bodyLine,
            boolean draft,
            String fingerprint) {
        this(
                path,
                slug,
                title,
                date,
                parties,
                topics,
                summary,
                sources,
                aliases,
                new Body.Held(body),
                bodyLine,
                draft,
                fingerprint,
                EventEnd.NONE,
                null,
                null,
                null,
                null,
                null);
    }

    /** An entry without aliases whose body starts on the first line (generated and test entries). */
    public Entry(
            String path,
            String slug,
            String title,
            EventDate date,
            List<Party> parties,
            List<String> topics,
            String summary,
            List<Source> sources,
            String body,
            boolean draft,
            String fingerprint) {
        this(path, slug, title, date, parties, topics, summary, sources, List.of(), body, 1, draft, fingerprint);
    }

    /** Newest first; then title, then path, so the order never depends on file system order. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::date)
            .reversed()
            .thenComparing(Entry::title)
            .thenComparing(Entry::path);

    /** Paths are unique within a content folder; hashing the body on every map lookup would be waste. */
    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /** Every unordered pair of this entry's parties. */
    public List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) pairs.add(Pair.of(parties.get(i), parties.get(j)));
        }
        return pairs;
    }

    /** Two parties alone; an entry of three or more is multilateral. */
    public boolean isBilateral() {
        return parties.size() == 2;
    }

    public int year() {
        return date.year();
    }

    /** The entry has a type. */
    public boolean isTyped() {
        return type != null;
    }

    /** Its date, or its span from {@code date} to {@code end}, as one value to show. */
    public When when() {
        return new When(date, end);
    }
}
