package org.relationstimeline.timeline;

import org.relationstimeline.countries.Party;

/** An unordered pair of parties, stored with the smaller slug first so (A, B) equals (B, A). */
public record Pair(Party first, Party second) implements Comparable<Pair> {
    public Pair {
        if (first.slug().compareTo(second.slug()) > 0) {
            Party t = first;
            first = second;
            second = t;
        }
    }

    public static Pair of(Party a, Party b) {
        return new Pair(a, b);
    }

    /** "algeria-russia". */
    public String slug() {
        return first.slug() + "-" + second.slug();
    }

    /** "Algeria–Russia", with an en dash. */
    public String name() {
        return first.name() + "\u2013" + second.name();
    }

    public Party partnerOf(Party p) {
        return first.equals(p) ? second : first;
    }

    @Override
    public int compareTo(Pair o) {
        return slug().compareTo(o.slug());
    }
}
