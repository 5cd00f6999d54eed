package org.relationstimeline.render;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become
 * links), run only on the text that can hold one. The extension runs a regular expression over
 * every text node, which made it a third of the time a body's parse takes, though most text has
 * none of the three characters every bare link needs: a {@code :} (a scheme), an {@code @} (an
 * address) or {@code www}. Text that has one, or that runs on into an entity or typographic
 * node (which the extension reads with it), goes to the extension as before, so the result is
 * the same.
 */
final class QuickAutolinks implements Parser.ParserExtension {
    static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** True when the text may hold a bare link; false only when it surely holds none. */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') return true;
            if ((c == 'w' || c == 'W') && i + 2 < text.length()) {
                char b = text.charAt(i + 1), d = text.charAt(i + 2);
                if ((b == 'w' || b == 'W') && (d == 'w' || d == 'W')) return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor links = autolinks.apply(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    Node next = node.getNext();
                    if (next instanceof TypographicText || next instanceof HtmlEntity || mayHoldLink(node.getChars()))
                        links.process(state, node);
                }
            };
        }
    }
}
