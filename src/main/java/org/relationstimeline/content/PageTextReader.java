package org.relationstimeline.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.PageText;

/** Reads a general page, {@code pages/<slug>.md}: a title, an optional summary and the Markdown text. */
public final class PageTextReader {
    public static final List<String> KEYS = List.of("title", "summary");

    private final YamlLimits limits;

    public PageTextReader(YamlLimits limits) {
        this.limits = limits;
    }

    public Optional<PageText> read(SourceFile file, String hash, List<Problem> problems) {
        List<Problem> own = new ArrayList<>();
        String path = file.relativePath();
        String slug = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        if (!Slugs.isSlug(slug)) {
            String fixed = Slugs.slugify(slug);
            own.add(Problem.error(
                    file.displayPath(),
                    0,
                    0,
                    "bad-slug",
                    "the file name '" + slug + "' is not a URL slug: lowercase letters, digits and single hyphens",
                    fixed.isEmpty() ? "rename it, e.g. pages/about.md" : "rename it pages/" + fixed + ".md"));
        }
        Optional<FrontMatterReader.Document> document = FrontMatterReader.read(file, limits, "a page", own);
        if (document.isPresent()) {
            YamlFields f = document.get().fields();
            f.warnUnknownKeys(KEYS, "page");
            Optional<String> title = f.requiredText("title", "About this site");
            title.ifPresent(
                    t -> Lengths.check(f, "title", t, EntryReader.MAX_TITLE_CHARACTERS, "a title is a few words"));
            String summary = f.optionalText("summary").orElse("");
            Lengths.check(f, "summary", summary, EntryReader.MAX_SUMMARY_CHARACTERS, "one or two sentences");
            if (document.get().body().isBlank()) {
                f.warning(Position.FILE, "empty-page", "the page has no text", "write it below the front matter");
            }
            problems.addAll(own);
            if (own.stream().anyMatch(Problem::isError) || title.isEmpty()) return Optional.empty();
            return Optional.of(new PageText(
                    path, slug, title.get(), summary, document.get().body(), hash));
        }
        problems.addAll(own);
        return Optional.empty();
    }
}
