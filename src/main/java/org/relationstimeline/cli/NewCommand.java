package org.relationstimeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.editor.Archetype;
import org.relationstimeline.editor.EntryFiles;
import org.relationstimeline.editor.EntryScaffold;
import org.relationstimeline.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code new}: scaffold an entry file with complete front matter. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Create a new entry file, ready to fill in.",
            "",
            "Writes content/entries/YEAR/DATE-SLUG.md and prints its path. SLUG, the",
            "entry's address, is made from the title (romanised when it is written in",
            "another script: \"Россия и Алжир\" gives rossiya-i-alzhir) unless --slug",
            "gives it. The front matter is filled in: the countries as codes with their",
            "names as comments,",
            "the date (today unless --date), the topics, and an empty summary and",
            "sources for you to complete. An existing file is never overwritten.",
            "",
            "The layout comes from archetypes/entry.md when the project has one. It may",
            "use {{title}} {{date}} {{year}} {{countries}} {{country_names}} {{topics}}",
            "{{draft}} {{slug}}; see the README, \"Editors' workflow\".",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  new --countries \"Russia, Algeria\" --title \"Russia and Algeria hold talks\"",
            "  new --countries DZ,RU --title \"Partnership declaration\" --date 2023-06-15",
            "      --topics diplomacy --draft",
            "  new --countries RU,DZ --title \"Россия и Алжир\" --slug russia-algeria-talks",
            "",
            "Exit codes: 0 written, 1 not written (unknown country or topic, file",
            "exists), 2 usage errors."
        })
final class NewCommand implements Callable<Integer> {
    @Option(
            names = "--countries",
            required = true,
            paramLabel = "LIST",
            description = "two or more parties, comma-separated: names or ISO codes")
    String countries;

    @Option(
            names = "--title",
            required = true,
            paramLabel = "TEXT",
            description = "the title; the file name is made from it")
    String title;

    @Option(
            names = "--date",
            paramLabel = "DATE",
            description = "YYYY-MM-DD, YYYY-MM or YYYY, or a span START/END or START/.. (default: today)")
    String date;

    @Option(
            names = "--topics",
            paramLabel = "LIST",
            split = ",",
            description = "topic keys from site.yaml, comma-separated, e.g. defense,diplomacy")
    List<String> topics = new ArrayList<>();

    @Option(
            names = "--slug",
            paramLabel = "SLUG",
            description = "the file name and address, lowercase words joined by hyphens (default: made from the title)")
    String slug;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "the event type, e.g. agree, consult, sanction or fight (README \"Event types\")")
    String type;

    @Option(names = "--draft", description = "add 'draft: true': kept out of the site unless --drafts")
    boolean draft;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "content folder; files go to DIR/entries/YEAR/ (default: ${DEFAULT-VALUE})")
    Path content;

    @Mixin
    ConfigOption config;

    @Option(
            names = "--archetype",
            paramLabel = "FILE",
            defaultValue = "archetypes/entry.md",
            description = "template, used when it exists (default: ${DEFAULT-VALUE})")
    Path archetypeFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Today's date comes from here; tests set a fixed clock. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<SiteConfig> loaded = config.load(err);
            if (loaded.isEmpty()) return 1;
            SiteConfig site = loaded.get();
            CountryRegistry registry = CountryRegistry.loadDefault().withExtraParties(site.parties());
            Archetype archetype = Archetype.load(archetypeFile);
            EntryScaffold.Scaffold made = new EntryScaffold(registry, site.topics(), clock, archetype)
                    .make(
                            new EntryScaffold.Request(
                                    countries,
                                    title,
                                    Optional.ofNullable(date),
                                    topics,
                                    draft,
                                    Optional.ofNullable(slug),
                                    Optional.ofNullable(type)),
                            content.resolve("entries"));
            EntryFiles.writeNew(made.file(), made.text());
            out.println(BuildOptions.display(made.file()));
            out.flush();
            return 0;
        } catch (EntryScaffold.ScaffoldException | Archetype.ArchetypeException | IllegalArgumentException e) {
            err.println("new: " + e.getMessage().replace("\n", "\nnew: "));
        } catch (FileAlreadyExistsException e) {
            err.println("new: " + BuildOptions.display(Path.of(e.getFile())) + " already exists and was not changed;"
                    + " edit it, or choose another --title or --date");
        } catch (IOException e) {
            err.println("new: could not write the entry: " + e.getMessage());
        }
        err.flush();
        return 1;
    }
}
