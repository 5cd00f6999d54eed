package org.relationstimeline.build;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.config.SiteConfigLoader;
import org.relationstimeline.content.ContentLoader;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.Problem;
import org.relationstimeline.countries.CountryRegistry;

/**
 * The loaded inputs of a project: config, registry and validated entries. Shared by build, check
 * and serve, so all three see content the same way.
 */
public record Workspace(SiteConfig config, CountryRegistry registry, ContentLoader.Loaded content, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public static Workspace load(BuildOptions options) {
        List<Problem> problems = new ArrayList<>();
        String configName = BuildOptions.display(options.configFile());
        SiteConfigLoader.Result loadedConfig = SiteConfigLoader.load(options.configFile(), configName);
        problems.addAll(loadedConfig.problems());
        SiteConfig config = loadedConfig.config();
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
        CountryRegistry registry = CountryRegistry.loadDefault();
        try {
            registry = registry.withExtraParties(config.parties());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(configName, 0, 0, "party-clash", e.getMessage(), "give the party another code or alias"));
        }
        EntryReader reader = new EntryReader(registry, config.topics(), config.limits());
        ContentLoader.Loaded content = new ContentLoader(reader)
                .load(options.content(), BuildOptions.display(options.content()), options.drafts());
        problems.addAll(content.problems());
        problems.sort(Problem.ORDER);
        return new Workspace(config, registry, content, List.copyOf(problems));
    }
}
