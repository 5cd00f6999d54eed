package org.relationstimeline.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Optional;
import java.util.Set;
import org.relationstimeline.render.BodyImages.Picture;
import org.relationstimeline.text.Xml;

/**
 * Writes the local pictures of a body ({@link BodyImages}) as responsive images: every copy in
 * {@code srcset}, the width and height of the largest so the page keeps its place, lazy loading
 * and asynchronous decoding. A picture alone in its paragraph becomes a {@code <figure>} whose
 * {@code <figcaption>} is the image's title, the credit line; a picture inside a sentence keeps
 * its title as a tooltip. Every other image is left to Flexmark.
 */
final class BodyPictures implements NodeRenderer {
    /** The body's file, set on each document before it is rendered, so relative pictures resolve per body. */
    static final DataKey<String> BODY_FILE = new DataKey<>("RELATIONS_TIMELINE_BODY_FILE", "");

    /** The prose column is at most 38rem wide; below that the picture spans the screen. */
    static final String SIZES = "(min-width: 40rem) 38rem, 100vw";

    private final BodyImages images;

    BodyPictures(BodyImages images) {
        this.images = images;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Image.class, (node, context, html) -> inline(node, context, html)),
                new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> inline(node, context, html)));
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Node only = loneChild(paragraph);
        Node parent = paragraph.getParent();
        Optional<Picture> picture = only == null || !(parent instanceof Document || parent instanceof BlockQuote)
                ? Optional.empty()
                : picture(only, context);
        if (picture.isEmpty()) {
            context.delegateRender();
            return;
        }
        String title = title(only, context);
        StringBuilder out = new StringBuilder("<figure>");
        img(out, picture.get(), alt(only), "");
        if (!title.isBlank())
            out.append("<figcaption>").append(Xml.escape(title)).append("</figcaption>");
        out.append("</figure>");
        html.line().raw(out).line();
    }

    private void inline(Node image, NodeRendererContext context, HtmlWriter html) {
        Optional<Picture> picture = picture(image, context);
        if (picture.isEmpty()) {
            context.delegateRender();
            return;
        }
        StringBuilder out = new StringBuilder();
        img(out, picture.get(), alt(image), title(image, context));
        html.raw(out);
    }

    private static void img(StringBuilder out, Picture p, String alt, String title) {
        out.append("<img src=\"").append(Xml.escape(p.src())).append('"');
        out.append(" srcset=\"").append(Xml.escape(p.srcset())).append('"');
        out.append(" sizes=\"").append(SIZES).append('"');
        out.append(" width=\"")
                .append(p.width())
                .append("\" height=\"")
                .append(p.height())
                .append('"');
        out.append(" alt=\"").append(Xml.escape(alt)).append('"');
        if (!title.isBlank()) out.append(" title=\"").append(Xml.escape(title)).append('"');
        out.append(" loading=\"lazy\" decoding=\"async\">");
    }

    /** The paragraph's one image, blanks and line breaks aside; null when it holds anything else. */
    private static Node loneChild(Paragraph paragraph) {
        Node found = null;
        for (Node child : paragraph.getChildren()) {
            if (child instanceof Image || child instanceof ImageRef) {
                if (found != null) return null;
                found = child;
            } else if (!(child instanceof SoftLineBreak)
                    && !(child instanceof Text t && t.getChars().isBlank())) {
                return null;
            }
        }
        return found;
    }

    private Optional<Picture> picture(Node image, NodeRendererContext context) {
        String destination = destination(image, context);
        if (destination == null) return Optional.empty();
        return images.picture(BODY_FILE.get(context.getDocument()), destination);
    }

    private static String destination(Node image, NodeRendererContext context) {
        if (image instanceof Image i) return i.getUrl().unescape();
        Reference r = reference(image, context);
        return r == null ? null : r.getUrl().unescape();
    }

    private static String title(Node image, NodeRendererContext context) {
        if (image instanceof Image i) return i.getTitle().unescape();
        Reference r = reference(image, context);
        return r == null ? "" : r.getTitle().unescape();
    }

    private static Reference reference(Node image, NodeRendererContext context) {
        if (!(image instanceof ImageRef ref) || !ref.isDefined()) return null;
        return ref.getReferenceNode(context.getDocument());
    }

    private static String alt(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image);
    }
}
