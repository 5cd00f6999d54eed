package org.relationstimeline.content;

/**
 * Bounds that keep hostile input cheap to refuse: file and front matter sizes, nesting depth,
 * aliases and the total number of values (an alias "bomb" expands exponentially otherwise).
 */
public record YamlLimits(int maxFileBytes, int maxFrontMatterBytes, int maxDepth, int maxAliases, int maxValues) {
    public static final YamlLimits DEFAULT = new YamlLimits(1 << 20, 64 << 10, 20, 20, 10_000);
}
