package org.relationstimeline.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.relationstimeline.content.FrontMatterSplitter;
import org.relationstimeline.problems.Position;
import org.relationstimeline.content.TextDecoder;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.content.YamlLoader;
import org.relationstimeline.content.YamlValue;

/**
 * Where each top-level front matter key of an entry stands, read again from the file so that lint
 * warnings point at the line to edit without the entry model carrying positions it never needs.
 */
final class FrontMatterPositions {
    /** The first line of every entry: the opening {@code ---}. */
    static final Position START = new Position(1, 1);

    private final Map<String, Position> keys;

    private FrontMatterPositions(Map<String, Position> keys) {
        this.keys = keys;
    }

    /** The keys of a file; none when it cannot be read (the loader has reported why). */
    static FrontMatterPositions read(Path file) {
        Map<String, Position> keys = new HashMap<>();
        try {
            FrontMatterSplitter.Parts parts = FrontMatterSplitter.split(TextDecoder.decode(Files.readAllBytes(file)));
            YamlValue root = new YamlLoader(YamlLimits.DEFAULT).load(parts.yaml(), parts.yamlFirstLine());
            if (root instanceof YamlValue.Mapping m) m.fields().forEach((k, f) -> keys.put(k, f.keyPosition()));
        } catch (IOException | TextDecoder.MalformedTextException | FrontMatterSplitter.MissingFrontMatterException
                 | YamlLoader.YamlException e) {
            // positions unknown: findings point at the start of the file
        }
        return new FrontMatterPositions(keys);
    }

    /** Where {@code key} stands, or the start of the file when it is absent. */
    Position of(String key) {
        return keys.getOrDefault(key, START);
    }
}
