package org.relationstimeline.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relationstimeline.content.YamlFields;
import org.relationstimeline.content.YamlValue;

/**
 * Reads the {@code cms:} section of the site config. Every value ends up in the published
 * {@code admin/config.yml}, so each is held to the form GitHub gives it: a mistake is an error at
 * its line, not an editor that cannot sign in.
 */
final class CmsSettingsReader {
    static final String KEY = "cms";
    private static final List<String> KEYS = List.of("repo", "branch", "auth_url", "pull_requests");

    /** GitHub's rules: an owner of letters, digits and inner hyphens; a name of letters, digits, '.', '_', '-'. */
    private static final Pattern REPO =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9._-]{1,100}");

    /** A branch name git accepts, kept to characters that need no escaping in a URL. */
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}");

    private CmsSettingsReader() {}

    /** The settings, or empty when the section is absent, empty or unusable (then with an error). */
    static Optional<CmsSettings> read(YamlFields site) {
        Optional<YamlValue.Field> field = site.field(KEY);
        if (field.isEmpty()) return Optional.empty();
        YamlValue value = field.get().value();
        if (value instanceof YamlValue.Scalar s && s.isNull()) return Optional.empty();
        if (!(value instanceof YamlValue.Mapping m)) {
            site.error(
                    value.position(),
                    "wrong-type",
                    "'cms' must be a mapping with at least 'repo'",
                    "write 'cms:' and below it '  repo: owner/name'");
            return Optional.empty();
        }
        YamlFields f = new YamlFields(site.file(), m, site.problems());
        f.warnUnknownKeys(KEYS, "cms");
        Optional<String> repo = f.requiredText("repo", "owner/name").filter(r -> accepted(f, "repo", repoProblem(r)));
        String branch = f.optionalText("branch")
                .filter(b -> accepted(f, "branch", branchProblem(b)))
                .orElse(CmsSettings.DEFAULT_BRANCH);
        String authUrl = f.optionalText("auth_url")
                .filter(u -> accepted(f, "auth_url", authUrlProblem(u)))
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElse("");
        boolean pullRequests = f.bool("pull_requests", false);
        return repo.map(r -> new CmsSettings(r, branch, authUrl, pullRequests));
    }

    /** Reports {@code problem} at the key's value; true when there is none. */
    private static boolean accepted(YamlFields f, String key, Optional<String> problem) {
        problem.ifPresent(
                p -> f.error(f.field(key).get().value().position(), "bad-cms-" + key.replace('_', '-'), p, hint(key)));
        return problem.isEmpty();
    }

    private static String hint(String key) {
        return switch (key) {
            case "repo" ->
                "the part of the repository's address after github.com/, e.g. 'repo: octocat/relations-timeline'";
            case "branch" -> "the branch the site is published from, usually 'main'";
            default ->
                "the address of your OAuth helper, e.g. 'auth_url: https://sveltia-cms-auth.example.workers.dev'";
        };
    }

    static Optional<String> repoProblem(String repo) {
        if (!REPO.matcher(repo).matches() || repo.endsWith("/.") || repo.endsWith("/..")) {
            return Optional.of("'" + repo + "' is not a GitHub repository in the form owner/name");
        }
        return Optional.empty();
    }

    static Optional<String> branchProblem(String branch) {
        if (!BRANCH.matcher(branch).matches()
                || branch.contains("..")
                || branch.contains("//")
                || branch.endsWith("/")
                || branch.endsWith(".")
                || branch.endsWith(".lock")
                || branch.contains("/.")) {
            return Optional.of("'" + branch + "' is not a branch name git accepts");
        }
        return Optional.empty();
    }

    /** The CMS sends its OAuth requests to this origin, so only a bare https origin is taken. */
    static Optional<String> authUrlProblem(String url) {
        try {
            URI uri = new URI(url);
            boolean bare = (uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && bare) return Optional.empty();
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("auth_url must be an https origin such as https://auth.example.org, not '" + url + "'");
    }
}
