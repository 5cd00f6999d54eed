package org.relationstimeline.cli;

import java.nio.file.Path;
import org.relationstimeline.pipeline.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project: where its content and config are. */
final class ProjectOptions {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "folder of entries (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Mixin
    ConfigOption config;

    /** The theme folder when there is none on the command line: used if the project has one. */
    static final Path DEFAULT_TEMPLATES = Path.of("templates");

    // No picocli default: a folder named on the command line must exist, the default one need not.
    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description =
                    "theme files that override the default theme, file by file (default: templates, if there is one)")
    Path templates;

    @Option(
            names = "--drafts",
            description =
                    "include entries marked 'draft: true' (their pages say so; feeds, sitemap and exports leave them out)")
    boolean drafts;

    /** The theme folder given, or the default one. */
    Path templatesFolder() {
        return templates != null ? templates : DEFAULT_TEMPLATES;
    }

    BuildOptions toBuildOptions(Path out) {
        return new BuildOptions(
                Path.of("").toAbsolutePath(),
                content,
                templatesFolder(),
                templates != null,
                out,
                config.file,
                java.util.Optional.empty(),
                drafts);
    }
}
