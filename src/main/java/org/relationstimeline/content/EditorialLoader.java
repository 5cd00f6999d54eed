package org.relationstimeline.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.timeline.Editorial;
import org.relationstimeline.timeline.PageText;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;

/**
 * Loads the profiles and general pages a content folder holds beside its entries. They are few
 * (one per subject), so they are read in one pass without a cache; they are read after the
 * entries, since a profile is checked against the relations and parties that have entries.
 */
public final class EditorialLoader {
    private final ProfileReader profiles;
    private final PageTextReader pages;
    private final YamlLimits limits;

    public EditorialLoader(CountryRegistry registry, YamlLimits limits) {
        this.profiles = new ProfileReader(registry, limits);
        this.pages = new PageTextReader(limits);
        this.limits = limits;
    }

    /** What was loaded, the problems found (sorted), and how many files were read. */
    public record Loaded(Editorial editorial, List<Problem> problems, int filesRead) {}

    /**
     * @param found the content folder's files, as {@link ContentFinder} sorted them
     * @param displayPrefix how the content folder is named in messages
     */
    public Loaded load(
            ContentFinder.Found found, Path contentDir, String displayPrefix, ProfileReader.Coverage coverage) {
        Path root = ContentFinder.root(contentDir);
        List<Problem> problems = new ArrayList<>();
        Map<Pair, Profile> pairProfiles = new HashMap<>();
        Map<Party, Profile> partyProfiles = new HashMap<>();
        List<PageText> pageTexts = new ArrayList<>();
        for (Path file : found.relationProfiles()) {
            source(root, file, displayPrefix, problems)
                    .ifPresent(s -> profiles.relation(s, Hashes.of(s.bytes()), coverage, pairProfiles, problems));
        }
        for (Path file : found.countryProfiles()) {
            source(root, file, displayPrefix, problems)
                    .ifPresent(s -> profiles.party(s, Hashes.of(s.bytes()), coverage, partyProfiles, problems));
        }
        for (Path file : found.pages()) {
            source(root, file, displayPrefix, problems)
                    .flatMap(s -> pages.read(s, Hashes.of(s.bytes()), problems))
                    .ifPresent(pageTexts::add);
        }
        problems.sort(Problem.ORDER);
        int files = found.relationProfiles().size()
                + found.countryProfiles().size()
                + found.pages().size();
        return new Loaded(new Editorial(pairProfiles, partyProfiles, pageTexts), List.copyOf(problems), files);
    }

    /** The file's bytes, refused from its size alone when it is over the limit. */
    private Optional<SourceFile> source(Path root, Path file, String prefix, List<Problem> problems) {
        String display = ContentFinder.display(root, file, prefix);
        String relative = root.relativize(file).toString().replace('\\', '/');
        try {
            Optional<Problem> tooLarge = limits.sizeProblem(display, Files.size(file));
            if (tooLarge.isPresent()) {
                problems.add(tooLarge.get());
                return Optional.empty();
            }
            return Optional.of(new SourceFile(display, relative, Files.readAllBytes(file)));
        } catch (IOException e) {
            problems.add(Problem.error(
                    display,
                    0,
                    0,
                    "unreadable",
                    "cannot read the file: " + e.getMessage(),
                    "check the file's permissions"));
            return Optional.empty();
        }
    }
}
