package org.relationstimeline.text;

import java.util.List;

/** Writes CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they need to be. */
public final class Csv {
    private Csv() {}

    /** One record, CRLF included. */
    public static String row(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** A field, quoted (inner quotes doubled) when it holds a comma, a quote, CR or LF. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
