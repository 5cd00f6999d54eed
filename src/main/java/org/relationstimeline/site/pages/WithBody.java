package org.relationstimeline.site.pages;

/**
 * A page that shows Markdown an editor wrote: an entry's body, a profile's overview, a general
 * page's text. The renderer gives its template the Markdown rendered and sanitised as {@code bodyHtml}.
 */
public interface WithBody {
    /** The Markdown, or an empty string (a pair or country page without a profile). */
    String bodyMarkdown();

    /** The file the Markdown comes from, relative to the content folder, for errors; empty with no Markdown. */
    String bodySource();
}
