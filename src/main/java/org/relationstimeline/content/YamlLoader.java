package org.relationstimeline.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relationstimeline.problems.Position;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Loads YAML safely into {@link YamlValue}s. SnakeYAML only composes the node graph here: no
 * object is ever constructed from a tag, and any tag other than the standard ones is refused.
 */
public final class YamlLoader {
    private static final Set<Tag> STANDARD_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    private static final String NESTING_REFUSED = "Nesting Depth exceeded";
    private static final String ALIASES_REFUSED = "Number of aliases for non-scalar nodes exceeds";

    private final YamlLimits limits;

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /** A YAML error at a file position, with how to fix it. */
    public static final class YamlException extends Exception {
        private final Position position;
        private final String hint;

        public YamlException(Position position, String message) {
            this(position, message, "");
        }

        public YamlException(Position position, String message, String hint) {
            super(message);
            this.position = position;
            this.hint = hint;
        }

        public Position position() {
            return position;
        }

        /** How to fix it, or empty. */
        public String hint() {
            return hint;
        }
    }

    /**
     * Loads one YAML document whose first line is line {@code firstLine} of its file. An empty
     * document gives an empty mapping.
     */
    public YamlValue load(String yaml, int firstLine) throws YamlException {
        // Characters first: no text has fewer UTF-8 bytes than characters, so bytes are only
        // counted for text already within the limit, which bounds the work.
        if (yaml.length() > limits.maxFrontMatterBytes() || utf8Length(yaml) > limits.maxFrontMatterBytes()) {
            throw new YamlException(
                    new Position(firstLine, 1),
                    "front matter is longer than the limit of " + limits.maxFrontMatterBytes()
                            + " bytes; move long text into the body");
        }
        LoaderOptions options = options();
        Yaml yamlParser = new Yaml(
                new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options);
        Node root;
        try {
            root = yamlParser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = (e.getProblem() != null ? e.getProblem() : e.getMessage()).trim();
            if (message.startsWith(GLOBAL_TAG_REFUSED)) {
                // SnakeYAML's own tag inspector refuses class tags while composing; say it in our words.
                throw new YamlException(
                        at(mark, firstLine),
                        tagRefused(
                                message.substring(GLOBAL_TAG_REFUSED.length()).trim()));
            }
            throw YamlSyntaxErrors.explain(e, firstLine);
        } catch (YAMLException e) {
            String message = firstLine(e.getMessage());
            // SnakeYAML gives no position for these two refusals; find it in the event stream.
            if (message.startsWith(NESTING_REFUSED)) {
                throw new YamlException(
                        locate(yaml, firstLine, false),
                        "front matter is nested more than " + limits.maxDepth() + " levels deep; flatten it");
            }
            if (message.startsWith(ALIASES_REFUSED)) {
                throw new YamlException(
                        locate(yaml, firstLine, true),
                        "front matter uses more than " + limits.maxAliases()
                                + " aliases (*name) of lists or mappings, which expand exponentially; write the values out");
            }
            throw new YamlException(new Position(firstLine, 1), "malformed YAML: " + message);
        } catch (RuntimeException | StackOverflowError e) {
            throw new YamlException(
                    new Position(firstLine, 1),
                    "malformed YAML: " + e.getClass().getSimpleName());
        }
        if (root == null) return new YamlValue.Mapping(Map.of(), new Position(firstLine, 1));
        return new Converter(firstLine).convert(root, 0);
    }

    /**
     * Where the composer gave up: the first node deeper than the depth limit, or the alias of a
     * collection past the alias limit. The event parser keeps an explicit stack, so even input
     * nested a hundred thousand levels deep is walked without recursion, once.
     */
    private Position locate(String yaml, int firstLine, boolean aliases) {
        Set<String> collectionAnchors = new HashSet<>();
        int depth = 0;
        int aliasCount = 0;
        try {
            for (Event event : new Yaml(options()).parse(new StringReader(yaml))) {
                if (event instanceof AliasEvent alias) {
                    if (aliases
                            && collectionAnchors.contains(alias.getAnchor())
                            && ++aliasCount > limits.maxAliases()) {
                        return at(event.getStartMark(), firstLine);
                    }
                } else if (event instanceof NodeEvent node) {
                    if (!aliases && depth + 1 > limits.maxDepth()) return at(event.getStartMark(), firstLine);
                    if (event instanceof CollectionStartEvent) {
                        depth++;
                        if (node.getAnchor() != null) collectionAnchors.add(node.getAnchor());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (RuntimeException e) {
            // The position is only a courtesy; the refusal stands without it.
        }
        return new Position(firstLine, 1);
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(limits.maxFrontMatterBytes() + 1);
        return options;
    }

    private static String tagRefused(String tag) {
        String written = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return "YAML tag '" + written + "' is not allowed: entries are plain data and no tag is ever turned into an"
                + " object; remove the tag";
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable document";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Position at(Mark mark, int firstLine) {
        if (mark == null) return new Position(firstLine, 1);
        return new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    /** Walks the node graph once, counting values so that shared (aliased) nodes cannot explode. */
    private final class Converter {
        private final int firstLine;
        private int values;

        Converter(int firstLine) {
            this.firstLine = firstLine;
        }

        YamlValue convert(Node node, int depth) throws YamlException {
            Position position = at(node.getStartMark(), firstLine);
            if (++values > limits.maxValues()) {
                throw new YamlException(
                        position,
                        "front matter has more than " + limits.maxValues()
                                + " values (aliases expanding?); simplify it");
            }
            if (depth > limits.maxDepth()) {
                throw new YamlException(
                        position, "front matter is nested more than " + limits.maxDepth() + " levels deep");
            }
            Tag tag = node.getTag();
            if (!STANDARD_TAGS.contains(tag)) throw new YamlException(position, tagRefused(tag.getValue()));
            if (node instanceof ScalarNode scalar) {
                boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                return new YamlValue.Scalar(scalar.getValue(), plain, position);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) items.add(convert(item, depth + 1));
                return new YamlValue.Sequence(List.copyOf(items), position);
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, YamlValue.Field> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Position keyPosition = at(keyNode.getStartMark(), firstLine);
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    throw new YamlException(keyPosition, "a key must be a plain word, not " + keyNode.getNodeId());
                }
                // "<<" resolves to the merge tag; it is kept as an ordinary (unknown) key, never merged.
                Tag keyTag = keyNode.getTag();
                if (!STANDARD_TAGS.contains(keyTag) && !keyTag.equals(Tag.MERGE)) {
                    throw new YamlException(keyPosition, tagRefused(keyTag.getValue()));
                }
                String key = keyScalar.getValue();
                if (fields.containsKey(key)) {
                    throw new YamlException(
                            keyPosition,
                            "duplicate key '" + key + "' (first on line "
                                    + fields.get(key).keyPosition().line() + "); keep one of them");
                }
                values++;
                fields.put(key, new YamlValue.Field(key, keyPosition, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlValue.Mapping(fields, position);
        }
    }
}
