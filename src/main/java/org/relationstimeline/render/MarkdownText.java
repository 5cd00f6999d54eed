package org.relationstimeline.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The text a reader sees of a Markdown body, without its syntax: what search indexes and quotes
 * in snippets. Parsed as {@link MarkdownRenderer} parses (same dialect), then the text of each
 * block is collected; raw HTML, images, link destinations, reference definitions and footnote
 * definitions are left out, since the page shows none of them as text.
 */
public final class MarkdownText {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private MarkdownText() {}

    /** The visible text, whitespace collapsed to single spaces; "" for a body the renderer would refuse. */
    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        if (MarkdownRenderer.lineNestingExceeds(markdown, MarkdownRenderer.MAX_LINE_NESTING)) return "";
        try {
            InlineCost.check(markdown);
            Node document = MarkdownSyntax.TEXT_PARSER.parse(markdown);
            StringBuilder out = new StringBuilder(markdown.length());
            collect(document, out);
            return SPACE.matcher(out).replaceAll(" ").strip();
        } catch (MarkdownRenderer.BodyRefusedException | StackOverflowError e) {
            // The build reports the refused body against its entry; search just has no words from it.
            return "";
        }
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isHidden(child) || child instanceof TableSeparator) continue;
            if (child instanceof TableCell) {
                out.append(text(child)).append(' ');
            } else if (child instanceof TableBlock
                    || child instanceof TableHead
                    || child instanceof TableBody
                    || child instanceof TableRow
                    || (child instanceof Block && hasBlockChild(child))) {
                collect(child, out);
                out.append('\n');
            } else {
                // A leaf block (paragraph, heading): its inline text, then a break; or inline text.
                out.append(text(child));
                if (child instanceof Block) out.append('\n');
            }
        }
    }

    /** Inline text with entities decoded ("&amp;" is "&" on the page). */
    private static String text(Node node) {
        return Parser.unescapeEntities(new TextCollectingVisitor().collectAndGetText(withoutHidden(node)), false);
    }

    private static boolean hasBlockChild(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) if (c instanceof Block) return true;
        return false;
    }

    /** The node with its hidden descendants unlinked (the parsed document is thrown away after). */
    private static Node withoutHidden(Node node) {
        java.util.List<Node> hidden = new java.util.ArrayList<>();
        for (Node d : node.getDescendants()) if (isHidden(d)) hidden.add(d);
        hidden.forEach(Node::unlink);
        return node;
    }

    private static boolean isHidden(Node n) {
        return n instanceof HtmlBlock
                || n instanceof HtmlCommentBlock
                || n instanceof HtmlInline
                || n instanceof HtmlInlineComment
                || n instanceof Image
                || n instanceof ImageRef
                || n instanceof Reference
                || n instanceof FootnoteBlock
                || n instanceof com.vladsch.flexmark.ext.footnotes.Footnote;
    }
}
