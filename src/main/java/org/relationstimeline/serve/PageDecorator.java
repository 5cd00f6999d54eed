package org.relationstimeline.serve;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.relationstimeline.problems.Problem;

/**
 * What the preview adds to HTML responses as they are sent (never to the files on disk): the
 * live-reload script, the error overlay while the content has errors, and the hint on 404 pages.
 */
final class PageDecorator {
    private PageDecorator() {}

    /** Inserts {@code snippet} before the last {@code </body>}, or at the end when there is none. */
    static String inject(String html, String snippet) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body");
        return at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
    }

    /** The reload script for a page served at {@code generation}, and the overlay when there are errors. */
    static String snippet(long generation, List<Problem> errors) {
        StringBuilder s = new StringBuilder(1024);
        s.append("\n<!-- relations-timeline serve: added while serving, not part of the built site -->\n");
        if (!errors.isEmpty()) s.append(overlay(errors));
        s.append("<script>(function(){var g=\"")
                .append(generation)
                .append("\";")
                .append("if(!window.EventSource)return;")
                .append("var es=new EventSource(\"")
                .append(ReloadHub.PATH)
                .append("\");")
                .append("function check(e){if(e.data!==g){es.close();location.reload();}}")
                .append("es.addEventListener(\"hello\",check);es.addEventListener(\"reload\",check);")
                .append("})();</script>\n");
        return s.toString();
    }

    /** The error list shown over the last good page: {@code file:line:column: message (hint)}. */
    static String overlay(List<Problem> errors) {
        StringBuilder s = new StringBuilder(512);
        s.append(
                        "<div id=\"rt-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;")
                .append("z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0e;color:#ffe9e9;")
                .append(
                        "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-top:4px solid #e5484d\">")
                .append("<p style=\"margin:0 0 .5rem;font-weight:bold\">")
                .append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors")
                .append(
                        " in the content: this page is the last good build. Fix and save; the page reloads by itself.</p>")
                .append("<ol style=\"margin:0;padding-left:1.5rem\">");
        for (Problem p : errors) {
            s.append("<li><code>")
                    .append(escape(location(p)))
                    .append("</code>: ")
                    .append(escape(p.message()));
            if (!p.hint().isEmpty()) s.append(" <em>(").append(escape(p.hint())).append(")</em>");
            s.append("</li>");
        }
        s.append("</ol><button type=\"button\" onclick=\"this.parentNode.remove()\" ")
                .append("style=\"margin-top:.75rem;font:inherit\">Hide</button></div>\n");
        return s.toString();
    }

    /** The hint a 404 page gets in the preview: what was asked for, and the usual reasons. */
    static String notFoundHint(String requestPath) {
        return "<div id=\"rt-hint\" role=\"note\" style=\"margin:1rem;padding:1rem;border:2px dashed #888;"
                + "font:14px/1.5 system-ui,sans-serif\"><strong>Preview server:</strong> nothing was built at <code>"
                + escape(requestPath)
                + "</code>. Entry pages live at <code>/entries/YEAR/SLUG/</code>, where SLUG is the "
                + "file name without its date prefix or the entry's <code>slug:</code>. Entries marked "
                + "<code>draft: true</code> are shown only with <code>serve --drafts</code>; an entry with errors is "
                + "left out until it is fixed (see the terminal).</div>\n";
    }

    /** {@code file:line:column}, as far as known. */
    static String location(Problem p) {
        StringBuilder s = new StringBuilder(p.file());
        if (p.line() > 0) {
            s.append(':').append(p.line());
            if (p.column() > 0) s.append(':').append(p.column());
        }
        return s.toString();
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
