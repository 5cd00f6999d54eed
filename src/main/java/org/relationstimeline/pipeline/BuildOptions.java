package org.relationstimeline.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from where.
 *
 * @param project the project folder (holds site.yaml); sources inside it are protected from --out
 * @param templates the project's theme folder, whose files override the default theme's
 * @param templatesRequired the folder was named (--templates), so its absence is an error; otherwise
 *     a project without one is built with the default theme alone
 * @param baseUrl overrides the config's base URL when present
 * @param verifyOutput the output folder's files are hashed against its manifest before any is
 *     reused, for an output folder that comes from elsewhere (a CI cache) rather than from this
 *     machine's last build
 */
public record BuildOptions(
        Path project,
        Path content,
        Path templates,
        boolean templatesRequired,
        Path out,
        Path configFile,
        Optional<String> baseUrl,
        boolean drafts,
        boolean verifyOutput) {

    public BuildOptions(
            Path project,
            Path content,
            Path templates,
            boolean templatesRequired,
            Path out,
            Path configFile,
            Optional<String> baseUrl,
            boolean drafts) {
        this(project, content, templates, templatesRequired, out, configFile, baseUrl, drafts, false);
    }

    /** The conventional layout of a project folder: content/, templates/ (if there is one), site/, site.yaml. */
    public static BuildOptions standard(Path project) {
        return new BuildOptions(
                project,
                project.resolve("content"),
                project.resolve("templates"),
                false,
                project.resolve("site"),
                project.resolve("site.yaml"),
                Optional.empty(),
                false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(
                project, content, templates, templatesRequired, newOut, configFile, baseUrl, drafts, verifyOutput);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(
                project,
                content,
                templates,
                templatesRequired,
                out,
                configFile,
                Optional.of(url),
                drafts,
                verifyOutput);
    }

    public BuildOptions withVerifiedOutput() {
        return new BuildOptions(project, content, templates, templatesRequired, out, configFile, baseUrl, drafts, true);
    }

    /** A path as shown in messages: relative to the working folder when it lies below it. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd)
                ? cwd.relativize(abs).toString().replace('\\', '/')
                : p.toString();
    }
}
