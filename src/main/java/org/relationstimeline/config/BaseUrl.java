package org.relationstimeline.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The one check of a base URL, for {@code site.yaml} and {@code --base-url} alike. */
public final class BaseUrl {
    private BaseUrl() {}

    /** Why {@code url} cannot be the address the site is served from, or empty when it can. */
    public static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(
                    "base URL '" + url + "' is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return Optional.of("base URL must be an absolute http(s) URL such as https://user.github.io/repo/");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty())
            return Optional.of("base URL '" + url + "' has no host name");
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("base URL '" + url + "' must not have a query (?) or fragment (#)");
        }
        return Optional.empty();
    }
}
