package org.relationstimeline.cms;

import static org.relationstimeline.cms.Fields.with;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.config.CmsSettings;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.images.ImagePath;
import org.relationstimeline.text.YamlDocument;

/**
 * {@code admin/config.yml}: the Sveltia CMS configuration, made from the site's own data on every
 * build, so the editor's choices are always the parties and topics the build accepts. Every
 * string goes through {@link YamlDocument}, which quotes it: party names and topic labels come
 * from site.yaml and may hold anything.
 */
final class CmsConfigFile {
    /** Where uploads go in the repository: the folder the build publishes pictures of bodies from. */
    static final String MEDIA_FOLDER = "content/" + ImagePath.FOLDER;

    /**
     * What the CMS writes into a body for an upload ("/images/photo.jpg"): the form the build reads as
     * a picture of content/images/, whatever the site's base path (ImagePath).
     */
    static final String PUBLIC_FOLDER = "/" + ImagePath.FOLDER;

    private CmsConfigFile() {}

    static String of(SiteConfig config, CmsSettings cms, CountryRegistry registry) {
        Map<String, Object> root = new LinkedHashMap<>();
        // First, so that it is one block: the browser test swaps it for the CMS's test backend.
        root.put("backend", backend(cms));
        if (cms.pullRequests()) root.put("publish_mode", "editorial_workflow");
        root.put("app_title", config.title());
        root.put("site_url", config.baseUrl());
        root.put("display_url", config.baseUrl());
        root.put("media_folder", MEDIA_FOLDER);
        root.put("public_folder", PUBLIC_FOLDER);
        // File names as the generator makes slugs: ASCII, accents dropped, lower case, and short
        // enough that the slug left after the date prefix stays within the build's limit.
        root.put(
                "slug",
                with(
                        new LinkedHashMap<>(),
                        "encoding",
                        "ascii",
                        "clean_accents",
                        true,
                        "maxlength",
                        EntryReader.MAX_KEY_CHARACTERS - 20));
        // An empty optional field is left out of the file rather than written as '' or [].
        root.put("output", with(new LinkedHashMap<>(), "omit_empty_optional_fields", true));
        List<Map<String, Object>> collections = new ArrayList<>();
        collections.add(EntryCollection.of(config, registry));
        collections.addAll(EditorialCollections.all());
        root.put("collections", collections);
        return YamlDocument.write(root);
    }

    private static Map<String, Object> backend(CmsSettings cms) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "github");
        b.put("repo", cms.repo());
        b.put("branch", cms.branch());
        if (!cms.authUrl().isEmpty()) {
            b.put("base_url", cms.authUrl());
        } else {
            // Without an OAuth helper the only way in is a personal access token; say so up front.
            b.put("auth_methods", List.of("token"));
        }
        return b;
    }
}
