package org.relationstimeline.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.Entry;

/**
 * The links and images of a body whose destination is not a web or mail address: references,
 * site paths and anything else the sanitiser would remove, each with where it stands, so the
 * build can check them and tell the editor what to write.
 */
public final class BodyLinks {
    private static final List<String> WEB_PREFIXES = List.of("https://", "http://", "mailto:", "#");
    /** What the scan skips without parsing: http:// is not among them, since an http image is removed. */
    private static final List<String> SAFE_PREFIXES = List.of("https://", "mailto:", "#");

    private BodyLinks() {}

    /**
     * The body's links whose destination is not http(s), mailto or in-page, and images not over
     * https, in body order. A reference-style image ({@code ![alt][r]}) is reported at the image
     * with its definition's destination and title; a definition only images use is not reported
     * again as a link. An entry's are those worked out when it was loaded, when they were.
     */
    public static List<BodyLink> of(Entry entry) {
        return entry.bodyLinks() != null ? entry.bodyLinks() : of(entry.body());
    }

    /** As {@link #of(Entry)}, of a body's Markdown. */
    public static List<BodyLink> of(String markdown) {
        if (!mayHoldOne(markdown)) return List.of();
        List<BodyLink> out = new ArrayList<>();
        LineIndex lines = new LineIndex(markdown);
        Node document = MarkdownSyntax.PARSER.parse(markdown);
        Set<Node> imageDefinitions = new HashSet<>();
        Set<Node> linkDefinitions = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef ref && ref.isDefined()) imageDefinitions.add(definition(ref, document));
            if (node instanceof LinkRef ref && ref.isDefined()) linkDefinitions.add(definition(ref, document));
        }
        for (Node node : document.getDescendants()) {
            String destination;
            String text;
            String title;
            if (node instanceof ImageRef ref && ref.isDefined() && definition(ref, document) instanceof Reference r) {
                destination = r.getUrl().unescape();
                text = ref.getText().toString();
                title = r.getTitle().unescape();
            } else if (node instanceof Reference r && imageDefinitions.contains(r) && !linkDefinitions.contains(r)) {
                continue;
            } else if (node instanceof LinkNodeBase link) {
                destination = link.getUrl().unescape();
                text = node instanceof Image i ? i.getText().toString() : "";
                title = link.getTitle().unescape();
            } else {
                continue;
            }
            boolean image = node instanceof Image || node instanceof ImageRef;
            if (image ? destination.strip().regionMatches(true, 0, "https://", 0, 8) : isWebAddress(destination))
                continue;
            int offset = node.getStartOffset();
            out.add(new BodyLink(destination, image, lines.line(offset), lines.column(offset), text, title));
        }
        return out;
    }

    private static Node definition(com.vladsch.flexmark.ast.RefNode ref, Node document) {
        return document instanceof Document d ? ref.getReferenceNode(d) : null;
    }

    /** http(s), mailto or an in-page anchor: nothing to check or resolve. */
    static boolean isWebAddress(String destination) {
        String d = destination.strip().toLowerCase(Locale.ROOT);
        return WEB_PREFIXES.stream().anyMatch(d::startsWith);
    }

    /**
     * A cheap scan that rules out most bodies without parsing them: a destination follows
     * {@code ](} (inline links) or {@code ]:} (definitions), possibly after blanks and a {@code <},
     * and an autolink follows {@code <}. Only a body where one of those is not followed by a web
     * address (https, mailto or an anchor) can hold a link this class reports.
     */
    static boolean mayHoldOne(String markdown) {
        // Jumps from one '<' or ']' to the next with indexOf (a vector search), since every build
        // scans every body it parses (its links are then kept with the entry).
        int n = markdown.length();
        int lt = markdown.indexOf('<');
        int br = markdown.indexOf(']');
        while (lt >= 0 || br >= 0) {
            int from;
            if (br < 0 || (lt >= 0 && lt < br)) {
                from = lt + 1;
                lt = markdown.indexOf('<', from);
            } else {
                int i = br;
                br = markdown.indexOf(']', i + 1);
                if (i + 1 >= n || (markdown.charAt(i + 1) != '(' && markdown.charAt(i + 1) != ':')) continue;
                from = i + 2;
                while (from < n && Character.isWhitespace(markdown.charAt(from))) from++;
                if (from < n && markdown.charAt(from) == '<') from++;
            }
            if (!startsWithWebAddress(markdown, from)) return true;
        }
        return false;
    }

    private static boolean startsWithWebAddress(String text, int from) {
        for (String prefix : SAFE_PREFIXES) {
            if (text.regionMatches(true, from, prefix, 0, prefix.length())) return true;
        }
        return false;
    }

    /** Offsets to 1-based lines and columns. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        }

        int line(int offset) {
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts.get(mid) <= offset) low = mid;
                else high = mid - 1;
            }
            return low + 1;
        }

        int column(int offset) {
            return offset - starts.get(line(offset) - 1) + 1;
        }
    }
}
