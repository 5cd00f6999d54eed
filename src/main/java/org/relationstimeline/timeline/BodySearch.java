package org.relationstimeline.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What search keeps of an entry's body, worked out once when its file is parsed (by
 * {@code site/search/SearchIndex.bodySearch}) and kept in the entry cache: far less than the
 * body's text, and an unchanged body is not read, parsed or tokenized again. Held as UTF-8: a
 * string with one character beyond Latin-1 (a dash, a quotation mark) takes two bytes for every
 * character, and at 100,000 entries these are the largest part of what a build holds.
 */
public final class BodySearch {
    public static final BodySearch EMPTY = new BodySearch("", "");

    private final byte[] terms;
    private final byte[] snippet;

    /**
     * @param terms the distinct search terms of the body's visible text, separated by spaces (a term holds none)
     * @param snippet the start of that text, cut as a result shows it
     */
    public BodySearch(String terms, String snippet) {
        this.terms = terms.getBytes(StandardCharsets.UTF_8);
        this.snippet = snippet.getBytes(StandardCharsets.UTF_8);
    }

    /** The terms, separated by spaces. */
    public String terms() {
        return new String(terms, StandardCharsets.UTF_8);
    }

    /** The terms, one by one. */
    public List<String> termList() {
        return terms.length == 0 ? List.of() : List.of(terms().split(" "));
    }

    /** The start of the body's visible text that a result shows. */
    public String snippet() {
        return new String(snippet, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodySearch b && Arrays.equals(terms, b.terms) && Arrays.equals(snippet, b.snippet);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(snippet);
    }

    @Override
    public String toString() {
        return "BodySearch[terms=" + terms() + ", snippet=" + snippet() + "]";
    }
}
