package org.relationstimeline.text;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they need to be. Cells a
 * spreadsheet would take for a formula are neutralised by OWASP's CSV injection rule.
 */
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

    /**
     * A field, quoted (inner quotes doubled) when it holds a comma, a quote, CR or LF. A field that
     * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (or the
     * full-width {@code ＝ ＋ － ＠}, which some spreadsheets read the same way) would run as a
     * formula when the file is opened in a spreadsheet: it gets a leading single quote, which
     * spreadsheets read as "text", and is quoted (OWASP, "CSV Injection").
     */
    public static String field(String value) {
        if (startsLikeAFormula(value)) {
            return "\"'" + value.replace("\"", "\"\"") + '"';
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) return false;
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20' -> true;
            default -> false;
        };
    }
}
