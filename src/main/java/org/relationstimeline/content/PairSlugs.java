package org.relationstimeline.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.timeline.Pair;

/**
 * Reads a relation's slug ("algeria-russia") back into its pair. Party slugs have hyphens of their
 * own ("bosnia-and-herzegovina"), so every hyphen is tried as the join.
 */
public final class PairSlugs {
    private final CountryRegistry registry;
    private final List<String> partySlugs;

    public PairSlugs(CountryRegistry registry) {
        this.registry = registry;
        this.partySlugs = registry.all().stream().map(Party::slug).toList();
    }

    /** What a slug names. */
    public sealed interface Reading permits Named, Reversed, Unknown {}

    /** The slug of a pair, written as its pages write it. */
    public record Named(Pair pair) implements Reading {}

    /** A pair written the other way round: its slug is {@code pair.slug()}. */
    public record Reversed(Pair pair) implements Reading {}

    /**
     * Not a pair of two distinct parties.
     *
     * @param hint a did-you-mean, or empty
     */
    public record Unknown(String message, String hint) implements Reading {}

    /**
     * @param known pair slugs to suggest first (the relations that have entries)
     */
    public Reading read(String slug, Collection<String> known) {
        for (int i = slug.indexOf('-'); i > 0; i = slug.indexOf('-', i + 1)) {
            Optional<Party> a = registry.bySlug(slug.substring(0, i));
            Optional<Party> b = registry.bySlug(slug.substring(i + 1));
            if (a.isEmpty() || b.isEmpty()) continue;
            if (a.get().equals(b.get())) {
                return new Unknown(
                        "'" + slug + "' names " + a.get().name() + " twice", "a relation is between two parties");
            }
            Pair pair = Pair.of(a.get(), b.get());
            return pair.slug().equals(slug) ? new Named(pair) : new Reversed(pair);
        }
        return new Unknown("'" + slug + "' is not the slug of a relation between two parties", suggest(slug, known));
    }

    /** A known relation close to the slug, or failing that the slug with one side's typo fixed. */
    private String suggest(String slug, Collection<String> known) {
        String close = DidYouMean.hint(slug, known);
        if (!close.isEmpty()) return close;
        for (int i = slug.indexOf('-'); i > 0; i = slug.indexOf('-', i + 1)) {
            String left = slug.substring(0, i);
            String right = slug.substring(i + 1);
            Optional<Party> a = registry.bySlug(left);
            Optional<Party> b = registry.bySlug(right);
            Optional<Party> fixed = a.isPresent() ? closest(right) : b.isPresent() ? closest(left) : Optional.empty();
            if (fixed.isPresent() && !fixed.get().equals(a.orElse(b.orElse(null)))) {
                return "did you mean '"
                        + Pair.of(a.orElse(fixed.get()), b.orElse(fixed.get())).slug() + "'?";
            }
        }
        return "write the two parties' slugs joined by a hyphen, in alphabetical order: 'algeria-russia'";
    }

    private Optional<Party> closest(String word) {
        return DidYouMean.suggest(word, partySlugs, 1).stream().findFirst().flatMap(registry::bySlug);
    }
}
