package org.relationstimeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.content.ContentLoader;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.editor.Article;
import org.relationstimeline.editor.ArticleImporter;
import org.relationstimeline.editor.EntryFiles;
import org.relationstimeline.editor.PartyDetector;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.text.TextDecoder;
import org.relationstimeline.timeline.Entry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: pasted news articles become draft entries. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Turn pasted news articles into draft entries.",
            "",
            "Each FILE is plain text: a first line 'date YYYY-MM-DD', then the article.",
            "For each, it writes OUT/YEAR/DATE-SLUG.md with 'draft: true' and the",
            "article as the body, and fills in the front matter:",
            "  countries  the parties named most often and earliest (names, aliases,",
            "             demonyms such as 'Algerian', capitals such as 'Moscow'):",
            "             the top two, and any other named 3+ times",
            "  topics     suggested from words in the article, among site.yaml's topics",
            "  title      the first sentence, shortened",
            "The summary and sources are left for you, and the article sits between two",
            "marker comments: until you replace it, the title's '…' and the empty",
            "summary, the entry stays a draft ('check' and 'build' refuse it without",
            "'draft: true'). It prints what it found and why (mentions, first position,",
            "score), so you can correct it, and warns when an entry of the content",
            "folder has the same date and parties. Existing files are never",
            "overwritten. See drafts with 'serve --drafts'.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  import article.txt",
            "  import --dry-run articles/*.txt     show what would be detected",
            "",
            "Exit codes: 0 all imported, 1 some file not imported, 2 usage errors."
        })
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "plain-text articles, first line 'date YYYY-MM-DD'")
    List<Path> files;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "content/entries",
            description = "drafts go to DIR/YEAR/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description =
                    "content folder whose entries the articles are compared with (default: the folder above --out)")
    Path content;

    @Mixin
    ConfigOption config;

    @Option(names = "--dry-run", description = "print what would be detected; write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The day written as 'published:' comes from here; tests set a fixed clock. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> loaded = config.load(err);
        if (loaded.isEmpty()) return 1;
        SiteConfig site = loaded.get();
        ArticleImporter importer;
        CountryRegistry registry;
        try {
            registry = CountryRegistry.loadDefault().withExtraParties(site.parties());
            importer = new ArticleImporter(registry, site.topics(), clock);
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.flush();
            return 1;
        }
        List<Entry> existing = existingEntries(registry, site);
        int failed = 0;
        for (Path file : files) {
            if (!importOne(importer, existing, file, stdout, err)) failed++;
        }
        stdout.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The entries already written, drafts included, so an article imported twice is noticed. */
    private List<Entry> existingEntries(CountryRegistry registry, SiteConfig site) {
        Path folder = contentFolder();
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        EntryReader reader = new EntryReader(registry, site.topics(), site.limits());
        return new ContentLoader(reader)
                .load(folder, BuildOptions.display(folder), true)
                .entries();
    }

    private Path contentFolder() {
        return content != null ? content : out.toAbsolutePath().getParent();
    }

    /** Entries on the article's date between the same parties: most likely the same event. */
    private static List<Entry> sameEvent(ArticleImporter.Draft draft, List<Entry> existing) {
        String date = draft.article().date().toString();
        Set<Party> parties =
                draft.chosen().stream().map(PartyDetector.Detection::party).collect(Collectors.toSet());
        return existing.stream()
                .filter(e ->
                        e.date().iso().equals(date) && Set.copyOf(e.parties()).equals(parties))
                .toList();
    }

    private boolean importOne(
            ArticleImporter importer, List<Entry> existing, Path file, PrintWriter stdout, PrintWriter err) {
        String name = BuildOptions.display(file);
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            ArticleImporter.Draft draft =
                    importer.draft(text, file.getFileName().toString(), out);
            stdout.println(name + ":");
            draft.report().forEach(line -> stdout.println("  " + line));
            for (Entry same : sameEvent(draft, existing)) {
                err.println(name + ": warning: "
                        + BuildOptions.display(contentFolder().resolve(same.path()))
                        + " has the same date and parties (\"" + ProblemPrinter.visible(same.title())
                        + "\"); check that this article is not already an entry");
            }
            if (dryRun) {
                stdout.println("  would write " + BuildOptions.display(draft.file()) + " (--dry-run: nothing written)");
            } else {
                EntryFiles.writeNew(draft.file(), draft.text());
                stdout.println("  wrote " + BuildOptions.display(draft.file()) + " (draft: true)");
            }
            return true;
        } catch (ArticleImporter.ImportException e) {
            stdout.println(name + ":");
            e.report().forEach(line -> stdout.println("  " + line));
            err.println(name + ": not imported: " + e.getMessage());
        } catch (Article.ArticleException e) {
            err.println(name + ": not imported: " + e.getMessage());
        } catch (TextDecoder.MalformedTextException e) {
            err.println(name + ": not imported: " + e.getMessage() + " (save the file as UTF-8)");
        } catch (FileAlreadyExistsException e) {
            err.println(name + ": not imported: " + BuildOptions.display(Path.of(e.getFile()))
                    + " already exists and was not changed");
        } catch (IOException e) {
            err.println(name + ": not imported: " + e.getMessage());
        }
        return false;
    }
}
