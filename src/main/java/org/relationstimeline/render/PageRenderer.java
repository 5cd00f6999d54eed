package org.relationstimeline.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.render.charts.PageCharts;
import org.relationstimeline.site.PageMeta;
import org.relationstimeline.site.PlannedPage;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.timeline.Entry;

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

    public PageRenderer(Theme theme, SiteConfig config, UrlScheme urls, MarkdownRenderer markdown) {
        this.engine = new PebbleEngine.Builder()
                .loader(theme.loader())
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        this.globals = Map.of("site", config, "urls", urls);
        this.markdown = markdown;
        this.config = config;
        this.urls = urls;
    }

    /** A template that does not exist or does not compile, with the theme file it came from. */
    public static class TemplateException extends Exception {
        public TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An entry's Markdown body cannot be rendered; the fault is in the content file, not the theme. */
    public static final class BodyException extends TemplateException {
        private final String entryPath;

        public BodyException(String entryPath, String message, Throwable cause) {
            super(message, cause);
            this.entryPath = entryPath;
        }

        /** The entry's file, relative to the content folder. */
        public String entryPath() {
            return entryPath;
        }
    }

    public String render(PlannedPage page) throws TemplateException {
        return new String(renderUtf8(page), StandardCharsets.UTF_8);
    }

    /** The page as UTF-8 bytes, encoded as the template writes (no intermediate page string). */
    public byte[] renderUtf8(PlannedPage page) throws TemplateException {
        PebbleTemplate template = template(page.template() + ".peb");
        Map<String, Object> context = new HashMap<>(globals);
        context.putAll(page.model());
        context.putAll(PageCharts.forPage(page));
        context.put("meta", PageMeta.of(page, config, urls));
        if (page.model().get("entry") instanceof Entry entry) {
            try {
                context.put("bodyHtml", markdown.render(entry.body()));
            } catch (MarkdownRenderer.BodyRefusedException e) {
                throw new BodyException(entry.path(), e.getMessage(), e);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            template.evaluate(out, context);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("template " + page.template() + ".peb failed on " + page.url() + ": " + message(e), e);
        }
        return bytes.toByteArray();
    }

    private PebbleTemplate template(String name) throws TemplateException {
        try {
            return compiled.computeIfAbsent(name, engine::getTemplate);
        } catch (PebbleException e) {
            throw new TemplateException("template " + name + ": " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
