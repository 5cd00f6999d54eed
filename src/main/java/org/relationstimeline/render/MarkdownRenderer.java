package org.relationstimeline.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.ast.LinkNodeBase;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown bodies to HTML with Flexmark (tables, footnotes, autolinks, strikethrough, heading
 * ids). Unless the site trusts its editors, the result is cleaned with an allowlist: raw HTML
 * outside it is dropped and links other than http(s), mailto and in-page anchors are removed.
 * The parser and renderer are immutable after construction and shared by all threads.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean trustedHtml;
    private final Safelist safelist;
    private final org.jsoup.nodes.Document.OutputSettings output = new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false);

    public MarkdownRenderer(boolean trustedHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        // GFM tables: one dash per column is enough (Flexmark's default asks for three).
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.trustedHtml = trustedHtml;
        this.safelist = Safelist.relaxed()
                .addTags("del", "s", "hr", "abbr", "figure", "figcaption", "mark", "small", "time")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("li", "id").addAttributes("sup", "id").addAttributes("a", "id", "class", "title")
                .addAttributes("div", "class").addAttributes("ol", "class", "start").addAttributes("th", "align")
                .addAttributes("td", "align").addAttributes("time", "datetime").addAttributes("abbr", "title")
                .removeProtocols("img", "src", "http")
                .addProtocols("a", "href", "#");
    }

    /** A body the renderer refuses before or while parsing; the build reports it against the entry. */
    public static class BodyRefusedException extends RuntimeException {
        BodyRefusedException(String message) {
            super(message);
        }
    }

    /**
     * A body nested so deeply (a thousand quote or list levels fit in a few kilobytes) that the
     * parser's recursion runs out of stack; the build reports it against the entry.
     */
    public static final class TooDeepException extends BodyRefusedException {
        public TooDeepException() {
            super("the Markdown body is nested too deeply to render (quotes, lists or emphasis inside each other);"
                    + " flatten it");
        }
    }

    /**
     * A body with so much inline markup that Flexmark would take quadratic time over it (see
     * {@link InlineCost}); refused before parsing, with the paragraph to change.
     */
    public static final class TooCostlyException extends BodyRefusedException {
        public TooCostlyException(String message) {
            super(message);
        }
    }

    /**
     * Quote and list markers one line may open before its text. Real documents stay far below;
     * Flexmark takes quadratic time and then its recursion overflows on thousands of them, so
     * such a body is refused before parsing.
     */
    static final int MAX_LINE_NESTING = 100;

    public String render(String markdown) {
        if (lineNestingExceeds(markdown, MAX_LINE_NESTING)) throw new TooDeepException();
        InlineCost.check(markdown);
        try {
            Node document = parser.parse(markdown);
            demoteHeadings(document);
            String html = renderer.render(document);
            if (trustedHtml || isPlainMarkdown(markdown, document)) return html;
            return Jsoup.clean(html, "", safelist, output);
        } catch (StackOverflowError e) {
            // Flexmark recurses once per nesting level; the stack is unwound by now, so this thread is fine.
            throw new TooDeepException();
        }
    }

    /** True when some line opens more than {@code max} block quotes and list items ("> - 1. > ..."). */
    static boolean lineNestingExceeds(String markdown, int max) {
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int depth = 0;
            while (true) {
                while (i < n && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) i++;
                if (i >= n) break;
                char c = markdown.charAt(i);
                int next = i + 1;
                if (c == '>') {
                    i = next;
                } else if ((c == '-' || c == '*' || c == '+') && next < n && (markdown.charAt(next) == ' ' || markdown.charAt(next) == '\t')) {
                    i = next;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && j - i < 9 && markdown.charAt(j) >= '0' && markdown.charAt(j) <= '9') j++;
                    if (j + 1 < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
                            && (markdown.charAt(j + 1) == ' ' || markdown.charAt(j + 1) == '\t')) {
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (++depth > max) return true;
            }
            int nl = markdown.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        return false;
    }

    /** The page title is the only h1: body headings start at h2 and keep their relative levels. */
    private static void demoteHeadings(Node document) {
        int top = 7;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) top = Math.min(top, h.getLevel());
        }
        if (top >= 2) return;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) h.setLevel(Math.min(6, h.getLevel() + 1));
        }
    }

    /**
     * Without raw HTML ('<' anywhere) and with only web, mail and in-page link targets, Flexmark's
     * output holds nothing the allowlist would remove, so the (costly) cleaning can be skipped.
     */
    private static boolean isPlainMarkdown(String markdown, Node document) {
        if (markdown.indexOf('<') >= 0) return false;
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkNodeBase link && !isSafeUrl(link.getUrl().toString())) return false;
            // The allowlist takes images over https only (no mixed content).
            if (node instanceof Image image && !isHttpsUrl(image.getUrl().toString())) return false;
            // A reference-style image ("![x][r]") takes its address from the definition "[r]: url".
            if (node instanceof ImageRef ref && ref.isDefined() && !isHttpsUrl(referenceUrl(ref, document))) return false;
        }
        return true;
    }

    private static boolean isSafeUrl(String url) {
        String u = lower(url);
        return u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:") || u.startsWith("#");
    }

    /** The address a reference-style image points to; empty when it cannot be resolved (so not https). */
    private static String referenceUrl(ImageRef ref, Node document) {
        Reference target = document instanceof Document d ? ref.getReferenceNode(d) : null;
        return target == null ? "" : target.getUrl().toString();
    }

    private static boolean isHttpsUrl(String url) {
        return lower(url).startsWith("https://");
    }

    private static String lower(String url) {
        return url.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
