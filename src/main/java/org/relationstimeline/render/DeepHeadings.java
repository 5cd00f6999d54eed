package org.relationstimeline.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * HTML has six heading elements and the page title takes h1, so a body that uses all six Markdown
 * levels has one more than h2 to h6 hold. Its deepest level (7 after demotion) is written as a
 * paragraph that assistive technology reads as a heading of level 7, so no two levels merge.
 */
final class DeepHeadings implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::heading));
    }

    private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
        if (heading.getLevel() <= 6) {
            context.delegateRender();
            return;
        }
        String id = context.getNodeId(heading);
        if (id != null && !id.isEmpty()) html.attr("id", id);
        html.attr("role", "heading").attr("aria-level", String.valueOf(heading.getLevel()));
        html.srcPos(heading.getText()).withAttr().tagLine("p", () -> context.renderChildren(heading));
    }
}
