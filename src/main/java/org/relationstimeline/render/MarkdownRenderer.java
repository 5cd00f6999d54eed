package org.relationstimeline.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

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

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        if (trustedHtml) return html;
        return Jsoup.clean(html, "", safelist, output);
    }
}
