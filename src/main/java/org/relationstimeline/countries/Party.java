package org.relationstimeline.countries;

import java.util.List;
import java.util.Objects;
import org.relationstimeline.text.Slugs;

/** One party to a relation: a country, a former state, or an organisation from the site config. */
public record Party(
        String code,
        String alpha3,
        String name,
        String slug,
        Kind kind,
        List<String> aliases,
        List<String> demonyms,
        List<String> capitals) {

    /** What sort of party this is; decides how it is labelled and whether it still exists. */
    public enum Kind {
        COUNTRY,
        HISTORICAL,
        ORGANIZATION
    }

    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        if (code.isBlank()) throw new IllegalArgumentException("party code is blank");
        if (name.isBlank()) throw new IllegalArgumentException("party " + code + " has a blank name");
        // The slug becomes a URL path segment, so an unsafe one would break page links.
        if (!Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("party " + code + " has an invalid slug '" + slug + "'");
        }
        // Organisations have no alpha-3 code; an empty string keeps callers free of null checks.
        alpha3 = alpha3 == null ? "" : alpha3;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        capitals = capitals == null ? List.of() : List.copyOf(capitals);
    }

    /** For templates ({@code party.organization}), which should not compare enum names as strings. */
    public boolean isOrganization() {
        return kind == Kind.ORGANIZATION;
    }

    /** A state that no longer exists (the Soviet Union, Yugoslavia). */
    public boolean isHistorical() {
        return kind == Kind.HISTORICAL;
    }

    /** Codes are unique in a registry; hashing only the code keeps map lookups cheap. */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Short form: the code and name (aliases and demonyms are lookup data, not identity). */
    @Override
    public String toString() {
        return code + ":" + name + ":" + slug + ":" + kind;
    }

    /** An organisation party (EU, NATO...) as declared in the site config, slug derived from the name. */
    public static Party organization(String code, String name, List<String> aliases) {
        return new Party(code, "", name, Slugs.slugify(name), Kind.ORGANIZATION, aliases, List.of(), List.of());
    }
}
