package org.relationstimeline.site;

import java.nio.charset.StandardCharsets;

/** A file of the site, by path relative to the site folder. */
public record OutputFile(String file, byte[] content) {
    public static OutputFile text(String file, String content) {
        return new OutputFile(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
