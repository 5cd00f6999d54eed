package org.relationstimeline.content;

/**
 * A content file as read from disk.
 *
 * @param displayPath the path shown in messages, e.g. {@code content/entries/2023/x.md}
 * @param relativePath the path below the content folder with '/' separators
 */
public record SourceFile(String displayPath, String relativePath, byte[] bytes) {}
