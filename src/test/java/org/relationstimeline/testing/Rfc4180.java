package org.relationstimeline.testing;

import java.util.ArrayList;
import java.util.List;

/** A strict reader for RFC 4180 text (CRLF records, quoted fields with doubled quotes), so tests do not trust the writer they check. */
public final class Rfc4180 {
    private Rfc4180() {}

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || closed)
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                closed = false;
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare line break at " + i);
            } else if (closed) {
                throw new IllegalArgumentException("text after a closing quote at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("unclosed quote");
        if (field.length() > 0 || !row.isEmpty()) throw new IllegalArgumentException("last record lacks CRLF");
        return rows;
    }
}
