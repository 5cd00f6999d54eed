package org.relationstimeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.config.SiteConfigLoader;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.problems.Problem;
import picocli.CommandLine.Option;

/** The {@code --config} option, and loading the site config with its problems printed. */
final class ConfigOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            defaultValue = "site.yaml",
            description = "site config: topics, extra parties, settings (default: ${DEFAULT-VALUE})")
    Path file;

    /** The config, or empty when it has errors (they are printed, as are its warnings). */
    Optional<SiteConfig> load(PrintWriter err) {
        SiteConfigLoader.Result loaded = SiteConfigLoader.load(file, BuildOptions.display(file));
        ProblemPrinter.print(loaded.problems(), err);
        return loaded.problems().stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(loaded.config());
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
