package org.relationstimeline.cli;

import java.nio.file.Path;
import org.relationstimeline.build.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project: where its content and config are. */
final class ProjectOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "folder of entries (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Mixin
    ConfigOption config;

    @Option(names = "--templates", paramLabel = "DIR", description = "theme folder (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--drafts", description = "include entries marked 'draft: true' (their pages say so; feeds, sitemap and exports leave them out)")
    boolean drafts;

    BuildOptions toBuildOptions(Path out) {
        return new BuildOptions(Path.of("").toAbsolutePath(), content, templates, out, config.file,
                java.util.Optional.empty(), drafts);
    }
}
