package org.relationstimeline.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * Looks through every file of a built site for anything a browser or feed reader would execute:
 * script elements carrying content text, event-handler attributes, script URLs, active embeds,
 * and XML or JSON that is not well-formed (the sign of text breaking out of its context).
 */
final class OutputScan {
    /** Attributes that take a URL the browser may navigate to or load. */
    private static final List<String> URL_ATTRIBUTES = List.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "poster",
            "background",
            "srcset",
            "data",
            "cite",
            "ping");

    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data|livescript):.*");
    // The theme's own forms (search, timeline filter) submit within the site; a form that came
    // from content, or one that posts elsewhere, is a finding.
    private static final List<String> ACTIVE_ELEMENTS = List.of(
            "iframe",
            "frame",
            "object",
            "embed",
            "applet",
            "base",
            ".prose form",
            "form[action]:not([action^=/])",
            "form[action^=//]",
            "meta[http-equiv]:not([http-equiv=content-type]):not([http-equiv=refresh])");
    /**
     * A refresh is how a static site redirects (a pair's reversed address to the pair): allowed to
     * a root-relative address of the site itself, never to another host or a script URL.
     */
    private static final java.util.regex.Pattern OWN_REFRESH =
            java.util.regex.Pattern.compile("0; url=/[^/\\\\][^\\s\"'<>]*");

    private OutputScan() {}

    /**
     * Every finding in the site folder, as "file: what" lines; empty when the site is clean.
     *
     * @param marker text that only hostile input contains (e.g. "alert("); a script element whose
     *     text or source holds it came from content
     */
    static List<String> findings(Path site, String marker) {
        List<String> findings = new ArrayList<>();
        for (Path file : files(site)) {
            String rel = site.relativize(file).toString();
            String name = rel.toLowerCase(Locale.ROOT);
            String text = read(file);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                scanHtml(rel, Jsoup.parse(text), marker, findings);
            } else if (name.endsWith(".xml")
                    || name.endsWith(".svg")
                    || name.endsWith(".atom")
                    || name.endsWith(".rss")) {
                scanXml(rel, text, marker, findings);
            } else if (name.endsWith(".json") || name.endsWith(".jsonld")) {
                try {
                    Json.parse(text);
                } catch (IllegalArgumentException e) {
                    findings.add(rel + ": not well-formed JSON: " + e.getMessage());
                }
            }
        }
        return findings;
    }

    private static void scanHtml(String rel, Document doc, String marker, List<String> findings) {
        for (Element script : doc.select("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            boolean data = type.equals("application/ld+json") || type.equals("application/json");
            if (!data && (script.data().contains(marker) || script.attr("src").contains(marker))) {
                findings.add(rel + ": script element with content text: " + abbreviate(script.outerHtml()));
            }
            if (data) {
                // A data block: must be JSON, and must not be able to close its element early.
                if (script.data().toLowerCase(Locale.ROOT).contains("</")) {
                    findings.add(rel + ": JSON-LD holds '</': " + abbreviate(script.data()));
                }
                try {
                    Json.parse(script.data());
                } catch (IllegalArgumentException e) {
                    findings.add(rel + ": JSON-LD is not well-formed JSON: " + e.getMessage());
                }
            }
        }
        for (String selector : ACTIVE_ELEMENTS) {
            for (Element el : doc.select(selector))
                if (!isOwnSvg(el)) findings.add(rel + ": active element " + abbreviate(el.outerHtml()));
        }
        for (Element el : doc.select("meta[http-equiv=refresh]")) {
            if (!OWN_REFRESH.matcher(el.attr("content")).matches()) {
                findings.add(rel + ": refresh to another site " + abbreviate(el.outerHtml()));
            }
        }
        for (Element el : doc.getAllElements()) {
            if (el.tagName().contains(":") && el.tagName().endsWith("script")) {
                findings.add(rel + ": namespaced script " + abbreviate(el.outerHtml()));
            }
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) findings.add(rel + ": event handler " + key + " on <" + el.tagName() + ">");
                if (URL_ATTRIBUTES.contains(key) && isScriptUrl(attr.getValue())) {
                    findings.add(rel + ": script URL in " + key + " on <" + el.tagName() + ">: "
                            + abbreviate(attr.getValue()));
                }
                if (key.equals("style")
                        && attr.getValue().toLowerCase(Locale.ROOT).contains("expression(")) {
                    findings.add(rel + ": CSS expression on <" + el.tagName() + ">");
                }
            }
        }
    }

    /**
     * A shaded map: an object showing an SVG file of the site itself (a path on this host, no
     * scheme). Every .svg file of the site is scanned as XML here, so what it shows is checked too.
     */
    private static boolean isOwnSvg(Element el) {
        String data = el.attr("data");
        return el.tagName().equals("object")
                && el.attr("type").equals("image/svg+xml")
                && data.startsWith("/")
                && !data.startsWith("//")
                && !data.contains("\\")
                && !data.contains(":")
                && data.endsWith(".svg");
    }

    private static void scanXml(String rel, String text, String marker, List<String> findings) {
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(text)));
        } catch (Exception e) {
            findings.add(rel + ": not well-formed XML: " + e.getMessage());
            return;
        }
        org.w3c.dom.NodeList all = xml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element el = (org.w3c.dom.Element) all.item(i);
            String local = el.getLocalName() == null ? el.getTagName() : el.getLocalName();
            if (local.equalsIgnoreCase("script") || local.equalsIgnoreCase("foreignObject")) {
                findings.add(rel + ": <" + local + "> element in XML");
            }
            org.w3c.dom.NamedNodeMap attrs = el.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                org.w3c.dom.Node attr = attrs.item(a);
                String key = (attr.getLocalName() == null ? attr.getNodeName() : attr.getLocalName())
                        .toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) findings.add(rel + ": event handler " + key + " on <" + local + ">");
                if ((key.equals("href") || key.equals("src")) && isScriptUrl(attr.getNodeValue())) {
                    findings.add(rel + ": script URL on <" + local + ">");
                }
            }
            // Feed readers render HTML payloads (Atom type="html", RSS description): clean those too.
            boolean htmlPayload = "html".equals(el.getAttribute("type"))
                    || "xhtml".equals(el.getAttribute("type"))
                    || local.equals("description")
                    || local.equals("encoded");
            if (htmlPayload
                    && el.getChildNodes().getLength() > 0
                    && !(el.getFirstChild() instanceof org.w3c.dom.Element)) {
                scanHtml(rel + " <" + local + ">", Jsoup.parseBodyFragment(el.getTextContent()), marker, findings);
            }
        }
    }

    /** The way browsers read a URL: control characters and whitespace inside the scheme are ignored. */
    static boolean isScriptUrl(String value) {
        String cleaned = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        return SCRIPT_URL.matcher(cleaned).matches();
    }

    /** All regular files below the folder, sorted. */
    static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 160) + "...";
    }
}
