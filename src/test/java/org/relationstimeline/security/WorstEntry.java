package org.relationstimeline.security;

import java.nio.charset.StandardCharsets;
import org.relationstimeline.content.EntryReader;

/**
 * The entry that costs the most output within the limits: as many parties as allowed, every field
 * repeated on the pair timelines at its longest and in the characters escaping expands most, the
 * rest of the front matter spent on sources and the rest of the file on body text.
 */
final class WorstEntry {
    /** Characters that HTML, JSON and XML escaping each expand (to up to 6 bytes). */
    private static final String EXPANDING = "<&\"";

    private WorstEntry() {}

    /** The entry's text; its front matter is at most {@code frontBytes} long, the file at most {@code fileBytes}. */
    static String text(int parties, int frontBytes, int fileBytes, String slugStem) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("title: '")
                .append(repeat(EXPANDING, EntryReader.MAX_TITLE_CHARACTERS))
                .append("'\n");
        yaml.append("date: 2023-08-01\n");
        yaml.append("countries: [")
                .append(ConfiguredLimitsAndSourceUrlsTest.codes(parties))
                .append("]\n");
        yaml.append("summary: '")
                .append(repeat(EXPANDING, EntryReader.MAX_SUMMARY_CHARACTERS))
                .append("'\n");
        yaml.append("slug: ").append(key(slugStem)).append('\n');
        yaml.append("topics: [");
        for (int i = 0; i < EntryReader.MAX_TOPICS; i++)
            yaml.append(i == 0 ? "" : ", ").append(key("t" + i));
        yaml.append("]\n");
        // The shortest web addresses, each a source object of four fields on the entry page and in entries.json.
        yaml.append("sources: [");
        int room = frontBytes - bytes(yaml.toString()) - 2;
        for (int i = 0; bytes(yaml.toString()) + 10 <= frontBytes - 2; i++)
            yaml.append(i == 0 ? "" : ",").append("http://a");
        yaml.append("]\n");
        if (bytes(yaml.toString()) > frontBytes || room < 0) throw new IllegalStateException("front matter too long");
        String start = "---\n" + yaml + "---\n";
        StringBuilder body = new StringBuilder();
        int bodyRoom = fileBytes - bytes(start);
        // '"' expands sixfold in HTML text and is no inline markup, so the body passes the rendering-time
        // scan (render.InlineCost), which refuses a megabyte of '&' in one paragraph.
        while (body.length() + 81 <= bodyRoom) body.append(repeat("\"", 80)).append('\n');
        String text = start + body;
        if (bytes(text) > fileBytes) throw new IllegalStateException("file too long");
        return text;
    }

    /** A key of the longest length allowed, starting with {@code stem}. */
    private static String key(String stem) {
        return stem + "-" + "x".repeat(EntryReader.MAX_KEY_CHARACTERS - stem.length() - 1);
    }

    private static String repeat(String s, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) out.append(s.charAt(out.length() % s.length()));
        return out.toString();
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
