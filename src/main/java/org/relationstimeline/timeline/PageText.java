package org.relationstimeline.timeline;

/**
 * A general page as the editor wrote it (About, Methodology, Corrections).
 *
 * @param path the source file, relative to the content folder ({@code pages/about.md})
 * @param slug the last segment of its URL, from the file name
 * @param summary one or two sentences for search engines and link previews, or empty
 * @param body the Markdown text
 * @param fingerprint a hash of the source file
 */
public record PageText(String path, String slug, String title, String summary, String body, String fingerprint) {}
