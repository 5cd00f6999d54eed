package org.relationstimeline.render;

import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What sanitised bodies may keep: jsoup's relaxed list (text markup, lists, tables, quotes, code,
 * links, images) plus what Flexmark writes for headings, footnotes and tables. Links keep
 * http(s), mailto, in-page and same-site targets; images keep https and paths of the site (never
 * http: no mixed content), and a srcset only of the site's root paths; a fenced code block keeps
 * its {@code language-xxx} class and no other.
 */
final class BodyAllowlist extends Safelist {
    /**
     * Relative targets are checked against this address, so a same-site path counts as https and
     * is kept as written; it never appears in the output.
     */
    static final String BASE = "https://site.invalid/";

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    /** A sizes list as BodyPictures writes it: media conditions and lengths, no URL, nothing to escape. */
    private static final Pattern SIZES = Pattern.compile("[A-Za-z0-9 ().,:%+-]{1,200}");

    BodyAllowlist() {
        super(Safelist.relaxed());
        addTags("del", "s", "hr", "abbr", "figure", "figcaption", "mark", "small", "time");
        addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id");
        addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id");
        addAttributes("li", "id").addAttributes("sup", "id").addAttributes("a", "id", "class", "title");
        addAttributes("div", "class").addAttributes("ol", "class", "start").addAttributes("th", "align");
        // Responsive pictures (BodyPictures) and the seventh heading level (DeepHeadings), each value checked below.
        addAttributes("img", "srcset", "sizes", "loading", "decoding").addAttributes("p", "role", "aria-level", "id");
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
        String value = attribute.getValue();
        if (tagName.equals("code") && key.equals("class")) {
            return LANGUAGE_CLASS.matcher(value).matches();
        }
        if (tagName.equals("img")) {
            switch (key) {
                case "srcset":
                    return isSiteSrcset(value);
                case "sizes":
                    return SIZES.matcher(value).matches();
                case "loading":
                    return value.equals("lazy") || value.equals("eager");
                case "decoding":
                    return value.equals("async") || value.equals("sync") || value.equals("auto");
                default:
                    break;
            }
        }
        if (tagName.equals("p") && key.equals("role")) return value.equals("heading");
        if (tagName.equals("p") && key.equals("aria-level")) return value.matches("[1-9]");
        if ((tagName.equals("a") && key.equals("href")) || (tagName.equals("img") && key.equals("src"))) {
            String url = attribute.getValue();
            if (isSitePath(url)) return true;
            // Anything relative that is not a plain path ("java%0ascript:x", "\\x", "//host") is dropped;
            // absolute addresses go to the protocol allowlist.
            java.util.regex.Matcher scheme = SCHEME.matcher(url);
            if (!scheme.find()) return false;
            // "https:/host/x" or "http:x" is no address of another site a reader can check: a
            // browser would guess a host from the path. Absolute web addresses start with "//".
            String name = scheme.group(1).toLowerCase(java.util.Locale.ROOT);
            if ((name.equals("http:") || name.equals("https:")) && !url.startsWith("//", scheme.end())) return false;
        }
        return super.isSafeAttribute(tagName, element, attribute);
    }

    /** A path from the site's root, "/assets/map.png". */
    static boolean isSiteRootPath(String url) {
        return url.startsWith("/") && isSitePath(url);
    }

    /** Only the site's own files: every candidate of a srcset is a root path of the site. */
    private static boolean isSiteSrcset(String srcset) {
        for (String candidate : srcset.split(",")) {
            String[] parts = candidate.strip().split(" +");
            if (parts.length != 2 || !isSiteRootPath(parts[0]) || !parts[1].matches("[0-9]{1,5}w")) return false;
        }
        return true;
    }

    /**
     * A path on this site ("/repo/entries/1951/x/", "../x/", "map.png", "/bar\\/", "#notes", ""
     * for the page itself), read as a browser reads an address: leading and trailing blanks and
     * control characters are dropped and tabs and line breaks removed anywhere. What remains may
     * hold no colon at all (so no scheme, however spelt or decoded: "java\nscript:",
     * "java%0ascript:"; a colon later in a path is given up for that certainty), no other control
     * character, and may not start with two slashes or backslashes ("//host", "\\\\host",
     * "/\\host": another host). A backslash elsewhere is a slash to a browser, and blanks inside
     * are percent-encoded by it.
     */
    static boolean isSitePath(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            b.append(c);
        }
        String u = b.toString().replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':' || c < ' ' || c == 0x7f) return false;
        }
        return !(u.length() >= 2 && isSlash(u.charAt(0)) && isSlash(u.charAt(1)));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }
}
