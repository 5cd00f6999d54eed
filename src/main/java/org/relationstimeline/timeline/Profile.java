package org.relationstimeline.timeline;

import java.util.List;

/**
 * What an editor wrote about a relation or a party beside its entries: a summary, key facts with
 * their sources, the eras of its story and related relations, and a Markdown overview.
 *
 * @param path the source file, relative to the content folder ({@code relations/algeria-russia.md})
 * @param summary one or two sentences, or empty
 * @param established when diplomatic relations began (relation profiles only), or null
 * @param eras oldest first, none overlapping another
 * @param related other relations the editor points readers to
 * @param body the Markdown overview, or empty
 * @param fingerprint a hash of the source file
 * @param assessment the editor's view of the relation as it stands (relation profiles only), or null
 */
public record Profile(
        String path,
        String summary,
        EventDate established,
        List<Fact> facts,
        List<Era> eras,
        List<Pair> related,
        String body,
        String fingerprint,
        Assessment assessment) {
    public Profile {
        facts = List.copyOf(facts);
        eras = List.copyOf(eras);
        related = List.copyOf(related);
    }

    /** A profile without an assessment. */
    public Profile(
            String path,
            String summary,
            EventDate established,
            List<Fact> facts,
            List<Era> eras,
            List<Pair> related,
            String body,
            String fingerprint) {
        this(path, summary, established, facts, eras, related, body, fingerprint, null);
    }

    /**
     * The state of a relation now, in the editor's words, dated because it ages.
     *
     * @param asOf when the assessment was true
     * @param source where it comes from, or null
     */
    public record Assessment(String text, EventDate asOf, Source source) {}

    /** A fact the editor states, with where it comes from. */
    public record Fact(String label, String value, Source source) {}

    /**
     * A period of the story.
     *
     * @param to its end, or null while it lasts
     * @param summary one or two sentences, or empty
     */
    public record Era(String title, EventDate from, EventDate to, String summary) {
        public boolean isOngoing() {
            return to == null;
        }
    }
}
