package org.relationstimeline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.core.CoreExtension;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relationstimeline.text.DidYouMean;

/**
 * Turns Pebble's messages about a name that does not exist (a variable, a field, a filter, a
 * test, a function) into the project's words, with the closest existing name as the hint.
 */
final class TemplateErrors {
    private TemplateErrors() {}

    /** What the editor reads: the message and how to fix it (empty when nothing is close). */
    record Explained(String message, String hint) {}

    private static final Pattern ROOT = Pattern.compile("^Root attribute \\[(.+?)] does not exist");
    private static final Pattern ATTRIBUTE = Pattern.compile("^Attribute \\[(.+?)] of \\[(.+?)] does not exist");
    private static final Pattern FILTER = Pattern.compile("^Filter \\[(.+?)] does not exist");
    private static final Pattern TEST = Pattern.compile("^Test \\[(.+?)] does not exist");
    private static final Pattern FUNCTION = Pattern.compile("^Function or Macro \\[(.+?)] does not exist");

    private static final CoreExtension CORE = new CoreExtension();
    private static final Set<String> FILTERS =
            union(CORE.getFilters().keySet(), new ThemeFilters().getFilters().keySet());

    /**
     * @param variables the names the page's template receives, for suggestions on a misspelt one
     */
    static Explained explain(PebbleException e, Collection<String> variables) {
        // Pebble wraps the missing name in what it was evaluating ("Wrong operand(s) type in
        // conditional expression"): the name is the more useful of the two.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof PebbleException inner) {
                Explained why = explainOne(inner, variables);
                if (!why.message().equals(messageOf(inner))) return why;
            }
        }
        return explainOne(e, variables);
    }

    private static String messageOf(PebbleException e) {
        return e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
    }

    private static Explained explainOne(PebbleException e, Collection<String> variables) {
        String message = messageOf(e);
        Matcher m;
        if ((m = ROOT.matcher(message)).find()) {
            return named("unknown variable '" + m.group(1) + "'", m.group(1), variables);
        }
        if ((m = ATTRIBUTE.matcher(message)).find()) {
            String type = m.group(2);
            return named("'" + m.group(1) + "' is not a field of " + simpleName(type), m.group(1), fieldsOf(type));
        }
        if ((m = FILTER.matcher(message)).find())
            return named("unknown filter '" + m.group(1) + "'", m.group(1), FILTERS);
        if ((m = TEST.matcher(message)).find()) {
            return named(
                    "unknown test '" + m.group(1) + "'",
                    m.group(1),
                    CORE.getTests().keySet());
        }
        if ((m = FUNCTION.matcher(message)).find()) {
            return named(
                    "unknown function or macro '" + m.group(1) + "'",
                    m.group(1),
                    CORE.getFunctions().keySet());
        }
        return new Explained(message, "");
    }

    private static Explained named(String message, String name, Collection<String> known) {
        return new Explained(message, DidYouMean.hint(name, known));
    }

    /** What a template can read of a value of the type: record components and public getters, as Pebble resolves them. */
    private static Set<String> fieldsOf(String className) {
        Set<String> names = new TreeSet<>();
        Class<?> type;
        try {
            type = Class.forName(className, false, TemplateErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return names;
        }
        if (type.isRecord()) for (RecordComponent c : type.getRecordComponents()) names.add(c.getName());
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0
                    || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) continue;
            names.add(propertyName(method.getName()));
        }
        return names;
    }

    private static String propertyName(String method) {
        for (String prefix : new String[] {"get", "is", "has"}) {
            if (method.length() > prefix.length()
                    && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }

    private static String simpleName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
