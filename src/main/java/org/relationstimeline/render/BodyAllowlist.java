package org.relationstimeline.render;

import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What sanitised bodies may keep: jsoup's relaxed list (text markup, lists, tables, quotes, code,
 * links, images) plus what Flexmark writes for headings, footnotes and tables. Links keep
 * http(s), mailto, in-page and same-site targets; images keep https and root paths of the site
 * ("/assets/map.png": nothing but the site's own files), never a path relative to the page,
 * where no picture lives; a fenced code block keeps its {@code language-xxx} class and no other.
 */
final class BodyAllowlist extends Safelist {
    /**
     * Relative targets are checked against this address, so a same-site path counts as https and
     * is kept as written; it never appears in the output.
     */
    static final String BASE = "https://site.invalid/";

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    BodyAllowlist() {
        super(Safelist.relaxed());
        addTags("del", "s", "hr", "abbr", "figure", "figcaption", "mark", "small", "time");
        addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id");
        addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id");
        addAttributes("li", "id").addAttributes("sup", "id").addAttributes("a", "id", "class", "title");
        addAttributes("div", "class").addAttributes("ol", "class", "start").addAttributes("th", "align");
        addAttributes("td", "align").addAttributes("time", "datetime").addAttributes("abbr", "title");
        removeProtocols("img", "src", "http");
        addProtocols("a", "href", "#");
        preserveRelativeLinks(true);
    }

    /** A scheme as URLs start with one ("https:", "mailto:"), or an in-page anchor. */
    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*:|#)");

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        String key = attribute.getKey();
        if (tagName.equals("code") && key.equals("class")) {
            return LANGUAGE_CLASS.matcher(attribute.getValue()).matches();
        }
        if ((tagName.equals("a") && key.equals("href")) || (tagName.equals("img") && key.equals("src"))) {
            String url = attribute.getValue();
            if (tagName.equals("img") ? isSiteRootPath(url) : isSitePath(url)) return true;
            // Anything relative that is not a plain path ("java%0ascript:x", "\\x", "//host") is dropped;
            // absolute addresses go to the protocol allowlist.
            if (!SCHEME.matcher(url).find()) return false;
        }
        return super.isSafeAttribute(tagName, element, attribute);
    }

    /** A path from the site's root, "/assets/map.png", as images may have. */
    static boolean isSiteRootPath(String url) {
        return url.startsWith("/") && isSitePath(url);
    }

    /**
     * A path on this site ("/repo/entries/1951/x/", "../x/", "map.png", "#notes", "" for the page itself): no scheme, no
     * host and nothing a browser could read as either (a colon, a backslash, a leading "//",
     * blanks or control characters).
     */
    static boolean isSitePath(String url) {
        if (url.startsWith("//")) return false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':' || c == '\\' || c <= ' ' || c == 0x7f) return false;
        }
        return true;
    }
}
