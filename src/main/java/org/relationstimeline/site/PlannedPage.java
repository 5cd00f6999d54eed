package org.relationstimeline.site;

import java.util.Map;

/**
 * One page of the plan: where it goes, which template renders it with which model, and a
 * fingerprint of the data it shows (the build adds the templates' and config's fingerprints).
 *
 * @param url the page's root-relative URL
 * @param file the output file relative to the site folder
 */
public record PlannedPage(String url, String file, String template, Map<String, Object> model, String dataFingerprint) {}
