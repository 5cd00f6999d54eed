package org.relationstimeline.timeline;

/**
 * An old address of an entry, kept so that links to it still arrive: the site answers it with a
 * page that redirects to the entry.
 *
 * @param path the address below the site's base path, without slashes at either end ("entries/1950/old-slug")
 * @param line where the front matter gives it (1-based), for errors
 * @param column its column (1-based)
 */
public record Alias(String path, int line, int column) {}
