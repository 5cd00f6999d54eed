package org.relationstimeline.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.render.charts.PageCharts;
import org.relationstimeline.render.maps.PageMaps;
import org.relationstimeline.site.PageMeta;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.WithBody;

/**
 * Renders planned pages through the Pebble theme. Templates are compiled once and shared across
 * threads (Pebble templates are thread-safe); autoescaping is on, so only the sanitised Markdown
 * body is written unescaped.
 */
public final class PageRenderer {
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    private final Map<String, Object> globals;
    private final SiteConfig config;
    private final UrlScheme urls;
    private final MarkdownRenderer markdown;
    private final PageMaps maps;

    public PageRenderer(Theme theme, SiteConfig config, UrlScheme urls, MarkdownRenderer markdown) {
        this.engine = new PebbleEngine.Builder()
                .loader(theme.loader())
                .autoEscaping(true)
                .strictVariables(true)
                .extension(new ThemeFilters())
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        this.globals = Map.of("site", config, "urls", urls);
        this.markdown = markdown;
        this.config = config;
        this.urls = urls;
        this.maps = new PageMaps(config, urls);
    }

    /**
     * A template that does not exist, does not compile, or fails on a page (a misspelt variable
     * or filter, a value that is not there), with the theme file and line at fault.
     */
    public static class TemplateException extends Exception {
        private final String template;
        private final int line;
        private final String hint;

        public TemplateException(String template, int line, String message, String hint, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
            this.hint = hint;
        }

        /**
         * Pebble knows the file and line of what failed, which may be a partial or the base the
         * page extends; {@code variables} are the names the page's template receives.
         */
        static TemplateException of(PebbleException e, String rendering, Collection<String> variables) {
            String file = e.getFileName() == null ? rendering : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            TemplateErrors.Explained why = TemplateErrors.explain(e, variables);
            return new TemplateException(file, line, why.message(), why.hint(), e);
        }

        /** The theme file at fault, relative to the theme folder: "partials/entry-card.peb". */
        public String template() {
            return template;
        }

        /** Its line, or 0 where Pebble does not know it. */
        public int line() {
            return line;
        }

        /** How to fix it, such as the closest existing name ("did you mean 'title'?"), or empty. */
        public String hint() {
            return hint;
        }
    }

    /** Markdown an editor wrote cannot be rendered; the fault is in the content file, not the theme. */
    public static final class BodyException extends TemplateException {
        private final String sourcePath;

        public BodyException(String sourcePath, String message, Throwable cause) {
            super("", 0, message, "", cause);
            this.sourcePath = sourcePath;
        }

        /** The entry's, profile's or page's file, relative to the content folder. */
        public String sourcePath() {
            return sourcePath;
        }
    }

    /** The page as UTF-8 bytes, encoded as the template writes (no intermediate page string). */
    public byte[] renderUtf8(Page page) throws TemplateException {
        PebbleTemplate template = template(page.kind().template());
        Map<String, Object> context = context(page);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            template.evaluate(out, context);
        } catch (PebbleException e) {
            throw TemplateException.of(e, page.kind().template(), context.keySet());
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(page.kind().template(), 0, message(e), "", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Every variable the page's template receives: the site-wide ones ({@code site}, {@code urls},
     * {@code meta}), the page's own ({@link TemplateContext}), its charts and maps, and the
     * Markdown an editor wrote for it ({@link WithBody}).
     */
    public Map<String, Object> context(Page page) throws BodyException {
        Map<String, Object> context = TemplateContext.of(page);
        context.putAll(globals);
        context.putAll(PageCharts.forPage(page, urls));
        context.putAll(maps.forPage(page));
        context.put("meta", PageMeta.of(page, config, urls));
        if (page instanceof WithBody p) {
            try {
                // Read once: an entry's body is read from its file (timeline/Body)
                String body = p.bodyMarkdown();
                context.put("bodyHtml", body.isEmpty() ? "" : markdown.render(body, p.bodySource()));
            } catch (MarkdownRenderer.BodyRefusedException e) {
                throw new BodyException(p.bodySource(), e.getMessage(), e);
            }
        }
        return context;
    }

    private PebbleTemplate template(String name) throws TemplateException {
        try {
            return compiled.computeIfAbsent(name, engine::getTemplate);
        } catch (PebbleException e) {
            throw TemplateException.of(e, name, List.of());
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
