package org.relationstimeline.timeline;

import java.util.List;

/**
 * What search keeps of an entry's body, worked out once when its file is parsed (by
 * {@code site/search/SearchIndex.bodySearch}) and kept in the entry cache: far less than the
 * body's text, and an unchanged body is not read, parsed or tokenized again.
 *
 * @param terms the distinct search terms of the body's visible text, separated by spaces (a term holds none)
 * @param snippet the start of that text, cut as a result shows it
 */
public record BodySearch(String terms, String snippet) {
    public static final BodySearch EMPTY = new BodySearch("", "");

    /** The terms, one by one. */
    public List<String> termList() {
        return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
    }
}
