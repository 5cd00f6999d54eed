package org.relationstimeline.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.content.FrontMatterSplitter;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.content.YamlLoader;
import org.relationstimeline.content.YamlValue;
import org.relationstimeline.problems.Position;
import org.relationstimeline.text.TextDecoder;

/**
 * Where each top-level front matter key of an entry stands, read again from the file so that lint
 * warnings point at the line to edit without the entry model carrying positions it never needs.
 */
final class FrontMatterPositions {
    /** The first line of every entry: the opening {@code ---}. */
    static final Position START = new Position(1, 1);

    private final Map<String, Position> keys;
    /** Where each source stands, in the order the entry keeps them (empty items are skipped, as the loader does). */
    private final List<Position> sources;

    private FrontMatterPositions(Map<String, Position> keys, List<Position> sources) {
        this.keys = keys;
        this.sources = sources;
    }

    /** The keys of a file; none when it cannot be read (the loader has reported why). */
    static FrontMatterPositions read(Path file) {
        Map<String, Position> keys = new HashMap<>();
        List<Position> sources = new ArrayList<>();
        try {
            FrontMatterSplitter.Parts parts = FrontMatterSplitter.split(TextDecoder.decode(Files.readAllBytes(file)));
            YamlValue root = new YamlLoader(YamlLimits.DEFAULT).load(parts.yaml(), parts.yamlFirstLine());
            if (root instanceof YamlValue.Mapping m) {
                m.fields().forEach((k, f) -> keys.put(k, f.keyPosition()));
                if (m.fields().get("sources") != null
                        && m.fields().get("sources").value() instanceof YamlValue.Sequence list) {
                    list.items().stream()
                            .filter(i -> !(i instanceof YamlValue.Scalar s && s.isNull()))
                            .forEach(i -> sources.add(i.position()));
                }
            }
        } catch (IOException
                | TextDecoder.MalformedTextException
                | FrontMatterSplitter.MissingFrontMatterException
                | YamlLoader.YamlException e) {
            // positions unknown: findings point at the start of the file
        }
        return new FrontMatterPositions(keys, sources);
    }

    /** Where the entry's source number {@code index} (0-based) stands, or its {@code sources} key. */
    Position ofSource(int index) {
        return index < sources.size() ? sources.get(index) : of("sources");
    }

    /** Where {@code key} stands, or the start of the file when it is absent. */
    Position of(String key) {
        return keys.getOrDefault(key, START);
    }
}
