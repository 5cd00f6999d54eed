package org.relationstimeline.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Filters the theme needs beside Pebble's own, so templates do not hand-write the same
 * conditionals. A count is a number or anything with a size (a list, a map):
 * <ul>
 *   <li>{@code {{ total | count("event") }}} gives "1 event", "8 events";
 *       {@code {{ n | count("party", "parties") }}} for a plural that is not the word plus "s";</li>
 *   <li>{@code {{ total | plural("event") }}} gives the word alone, "event" or "events".</li>
 * </ul>
 */
final class ThemeFilters extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new Plural(true), "plural", new Plural(false));
    }

    private record Plural(boolean withNumber) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("singular", "pluralForm");
        }

        @Override
        public Object apply(
                Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            long n = sizeOf(input, self, line);
            Object singular = args.get("singular");
            if (!(singular instanceof String word)) {
                throw new PebbleException(
                        null,
                        "the " + name() + " filter needs the singular word, as in " + name() + "(\"event\")",
                        line,
                        self.getName());
            }
            Object given = args.get("pluralForm");
            String form = n == 1 ? word : given == null ? word + "s" : given.toString();
            return withNumber ? n + " " + form : form;
        }

        private String name() {
            return withNumber ? "count" : "plural";
        }

        private long sizeOf(Object input, PebbleTemplate self, int line) {
            if (input instanceof Number number) return number.longValue();
            if (input instanceof Collection<?> c) return c.size();
            if (input instanceof Map<?, ?> m) return m.size();
            throw new PebbleException(
                    null,
                    "the " + name() + " filter counts a number or a list, not "
                            + (input == null
                                    ? "nothing (null)"
                                    : input.getClass().getSimpleName()),
                    line,
                    self.getName());
        }
    }
}
