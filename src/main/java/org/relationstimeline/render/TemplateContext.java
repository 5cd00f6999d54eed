package org.relationstimeline.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.site.pages.Frame;
import org.relationstimeline.site.pages.Page;

/**
 * The variables a page's template receives: every component of its page record except the
 * frame, under the component's name, and the frame's {@code url}, {@code title}, {@code crumbs}
 * and {@code sitePages}, with {@code kind}. Reading the record's components means the record is the
 * contract: a field added to a page kind reaches its template, and {@code docs/THEME.md} is
 * tested against the same list.
 */
final class TemplateContext {
    private TemplateContext() {}

    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != Frame.class) out.add(c.getAccessor());
            }
            return List.copyOf(out);
        }
    };

    /** The page's own variables; a map that allows null, since a template may test a value with {@code is null}. */
    static Map<String, Object> of(Page page) {
        Map<String, Object> vars = new HashMap<>();
        Frame frame = page.frame();
        vars.put("kind", page.kind().id());
        vars.put("url", frame.url());
        vars.put("title", frame.title());
        vars.put("crumbs", frame.crumbs());
        vars.put("sitePages", frame.sitePages());
        for (Method accessor : ACCESSORS.get(page.getClass())) {
            try {
                vars.put(accessor.getName(), accessor.invoke(page));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
        return vars;
    }
}
