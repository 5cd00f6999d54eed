package org.relationstimeline.cms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the CMS's field definitions, so each collection reads as a list of fields. */
final class Fields {
    private Fields() {}

    /** A field with its name, label and widget; further options are added with {@link #with}. */
    static Map<String, Object> field(String name, String label, String widget) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("label", label);
        f.put("widget", widget);
        return f;
    }

    static Map<String, Object> with(Map<String, Object> field, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) field.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return field;
    }

    static Map<String, Object> optional(Map<String, Object> field) {
        return with(field, "required", false);
    }

    /** One choice of a select field: what the editor sees, and what is written to the file. */
    static Map<String, Object> option(String label, String value) {
        return with(new LinkedHashMap<>(), "label", label, "value", value);
    }

    /** A validation pattern (a JavaScript regular expression) and the message shown when it fails. */
    static List<String> pattern(String regex, String message) {
        return List.of(regex, message);
    }
}
