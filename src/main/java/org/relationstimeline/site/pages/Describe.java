package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.site.pages.PageViews.YearCount;

/** Phrases the pages' descriptions share. */
final class Describe {
    private Describe() {}

    static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    /** ", 2001–2023", ", 2001", or nothing for an empty list. */
    static String span(List<YearCount> years) {
        if (years.isEmpty()) return "";
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        return first == last ? ", " + first : ", " + first + "\u2013" + last;
    }
}
