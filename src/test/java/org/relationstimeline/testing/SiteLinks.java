package org.relationstimeline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every internal link of a built site leads somewhere: each {@code href}, {@code src},
 * object {@code data}, form {@code action} and {@code data-search-index} that points into the site (root-relative, or absolute
 * on the site's own origin) names a file under the site folder, and a {@code #fragment} names an
 * element id on the target page.
 */
public final class SiteLinks {
    private final Path site;
    private final URI base;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /** @param baseUrl the site's base URL, such as https://example.org/timeline/ */
    public SiteLinks(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** Every broken link of every HTML page, as "page -> link (why)". */
    public List<String> broken() {
        List<String> broken = new ArrayList<>();
        for (String page : htmlFiles()) broken.addAll(broken(page));
        return broken;
    }

    /** The broken links of one page, given relative to the site folder. */
    public List<String> broken(String page) {
        List<String> broken = new ArrayList<>();
        Document doc = parse(site.resolve(page));
        for (Element el : doc.select("[href], [src], object[data], form[action], [data-search-index]")) {
            for (String attr : List.of("href", "src", "data", "action", "data-search-index")) {
                if (!el.hasAttr(attr)) continue;
                String problem = check(page, el.attr(attr));
                if (problem != null) broken.add(page + " -> " + el.attr(attr) + " (" + problem + ")");
            }
        }
        return broken;
    }

    /** Why an internal URL, as written in {@code page}, does not resolve; null when it does or is external. */
    public String check(String page, String url) {
        if (url.isEmpty()) return "empty";
        if (url.startsWith("#")) return idProblem(site.resolve(page), url.substring(1));
        URI uri = URI.create(url);
        String path;
        if (uri.getScheme() != null) {
            if (!(uri.getScheme() + "://" + uri.getRawAuthority())
                    .equals(base.getScheme() + "://" + base.getRawAuthority())) {
                return null;
            }
            path = uri.getRawPath();
        } else if (url.startsWith("/")) {
            path = uri.getRawPath();
        } else {
            return "relative links are not used by this site";
        }
        if (!path.startsWith(base.getRawPath())) return "outside the base path " + base.getRawPath();
        String rel = URLDecoder.decode(path.substring(base.getRawPath().length()), StandardCharsets.UTF_8);
        Path target = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel)
                .normalize();
        if (!target.startsWith(site)) return "escapes the site folder";
        if (!Files.isRegularFile(target)) return "no file " + site.relativize(target);
        return uri.getRawFragment() == null ? null : idProblem(target, uri.getFragment());
    }

    private String idProblem(Path page, String id) {
        Set<String> known = ids.computeIfAbsent(
                page, p -> parse(p).select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
        return known.contains(id) ? null : "no element with id '" + id + "' on " + site.relativize(page);
    }

    /** All HTML files of the site, relative to it, sorted. */
    public List<String> htmlFiles() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
