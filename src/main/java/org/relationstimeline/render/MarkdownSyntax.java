package org.relationstimeline.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown dialect of entry bodies, in one place: what the renderer renders and what the link
 * scan reads are parsed the same way. Flexmark's parser is immutable and shared by all threads.
 */
final class MarkdownSyntax {
    static final DataHolder OPTIONS = options();
    static final Parser PARSER = Parser.builder(OPTIONS).build();
    /**
     * The same dialect without the autolink extension, for reading a body's text: an autolink
     * only wraps words that are already text, and finding them is a third of the parse's time.
     */
    static final Parser TEXT_PARSER = Parser.builder(textOptions()).build();

    private MarkdownSyntax() {}

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet(textOptions());
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        QuickAutolinks.create(),
                        FootnoteExtension.create()));
        return options.toImmutable();
    }

    private static DataHolder textOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create()));
        // GFM tables: one dash per column is enough (Flexmark's default asks for three).
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Addresses are written percent-encoded, as CommonMark renders them ("/f%C3%B6%C3%B6").
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        return options.toImmutable();
    }
}
