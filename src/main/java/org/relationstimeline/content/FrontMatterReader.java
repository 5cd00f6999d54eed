package org.relationstimeline.content;

import java.util.List;
import java.util.Optional;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.TextDecoder;

/**
 * The first steps of reading any content file (an entry, a profile, a page): decode it strictly,
 * refuse control characters, split off the front matter and load it as YAML fields. What stops
 * those steps is added to the problems; the caller then reads its own fields.
 */
public final class FrontMatterReader {
    private FrontMatterReader() {}

    /**
     * A file whose front matter is a mapping.
     *
     * @param fields the front matter, reporting into the caller's problems
     * @param body the Markdown after the front matter
     */
    public record Document(YamlFields fields, String body, int bodyFirstLine) {}

    /**
     * @param what how the file's kind is named in the hint for missing fences: "an entry", "a profile"
     */
    public static Optional<Document> read(SourceFile file, YamlLimits limits, String what, List<Problem> problems) {
        String name = file.displayPath();
        FrontMatterSplitter.Parts parts;
        YamlValue root;
        try {
            String text = TextDecoder.decode(file.bytes());
            Optional<Problem> control = ControlCharacters.inText(name, text);
            if (control.isPresent()) {
                problems.add(control.get());
                return Optional.empty();
            }
            parts = FrontMatterSplitter.split(text);
            root = new YamlLoader(limits).load(parts.yaml(), parts.yamlFirstLine());
        } catch (TextDecoder.MalformedTextException e) {
            problems.add(Problem.error(name, 0, 0, "encoding", e.getMessage(), "save the file as UTF-8"));
            return Optional.empty();
        } catch (FrontMatterSplitter.MissingFrontMatterException e) {
            problems.add(Problem.error(
                    name,
                    e.line(),
                    1,
                    "front-matter",
                    e.getMessage(),
                    what + " starts with '---', its fields, then '---' and the text"));
            return Optional.empty();
        } catch (YamlLoader.YamlException e) {
            problems.add(
                    Problem.error(name, e.position().line(), e.position().column(), "yaml", e.getMessage(), e.hint()));
            return Optional.empty();
        }
        if (!(root instanceof YamlValue.Mapping mapping)) {
            problems.add(Problem.error(
                    name,
                    root.position().line(),
                    root.position().column(),
                    "wrong-type",
                    "front matter must be fields written 'key: value', not " + root.kind(),
                    ""));
            return Optional.empty();
        }
        ControlCharacters.inValues(name, root, parts.yaml(), parts.yamlFirstLine(), problems);
        ControlCharacters.inBodyReferences(name, parts.body(), parts.bodyFirstLine())
                .ifPresent(problems::add);
        return Optional.of(new Document(new YamlFields(name, mapping, problems), parts.body(), parts.bodyFirstLine()));
    }
}
