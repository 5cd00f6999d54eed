package org.relationstimeline.config;

import java.util.Objects;

/**
 * The {@code cms:} section of {@code site.yaml}: where the in-browser editor at {@code /admin/}
 * reads and commits content. Without the section no editor is published.
 *
 * @param repo the GitHub repository as {@code owner/name}
 * @param branch the branch entries are committed to
 * @param authUrl origin of an OAuth helper for "Sign in with GitHub" (such as a Sveltia CMS
 *     Authenticator worker), or empty: editors then sign in with a personal access token
 * @param pullRequests when true, each saved entry becomes a pull request (the CMS's editorial
 *     workflow), so the pull-request check runs before anything reaches the branch
 */
public record CmsSettings(String repo, String branch, String authUrl, boolean pullRequests) {
    public static final String DEFAULT_BRANCH = "main";

    public CmsSettings {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(authUrl, "authUrl");
    }
}
