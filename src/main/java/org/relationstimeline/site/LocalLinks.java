package org.relationstimeline.site;

/**
 * Where the links of entry bodies that point inside the site lead. The site resolves references
 * ({@code entry:}, {@code pair:}, {@code country:}) to their pages and puts the base path before
 * root-relative paths; every other destination is written as it is (and then sanitised).
 */
@FunctionalInterface
public interface LocalLinks {
    /** The address to write for a destination as written in a body. */
    String href(String destination);

    /** Every destination as written: for bodies rendered outside a site. */
    LocalLinks NONE = destination -> destination;
}
