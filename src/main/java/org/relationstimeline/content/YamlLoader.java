package org.relationstimeline.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private final YamlLimits limits;

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /** A YAML error at a file position. */
    public static final class YamlException extends Exception {
        private final Position position;

        public YamlException(Position position, String message) {
            super(message);
            this.position = position;
        }

        public Position position() {
            return position;
        }
    }

    /**
     * Loads one YAML document whose first line is line {@code firstLine} of its file. An empty
     * document gives an empty mapping.
     */
    public YamlValue load(String yaml, int firstLine) throws YamlException {
        if (yaml.length() > limits.maxFrontMatterBytes()) {
            throw new YamlException(new Position(firstLine, 1), "front matter is longer than the limit of "
                    + limits.maxFrontMatterBytes() + " characters; move long text into the body");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(limits.maxFrontMatterBytes() + 1);
        Yaml yamlParser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options);
        Node root;
        try {
            root = yamlParser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = (e.getProblem() != null ? e.getProblem() : e.getMessage()).trim();
            throw new YamlException(at(mark, firstLine), "malformed YAML: " + message);
        } catch (YAMLException e) {
            throw new YamlException(new Position(firstLine, 1), "malformed YAML: " + firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new YamlException(new Position(firstLine, 1), "malformed YAML: " + e.getClass().getSimpleName());
        }
        if (root == null) return new YamlValue.Mapping(Map.of(), new Position(firstLine, 1));
        return new Converter(firstLine).convert(root, 0);
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
                throw new YamlException(position, "front matter has more than " + limits.maxValues()
                        + " values (aliases expanding?); simplify it");
            }
            if (depth > limits.maxDepth()) {
                throw new YamlException(position, "front matter is nested more than " + limits.maxDepth() + " levels deep");
            }
            Tag tag = node.getTag();
            if (!STANDARD_TAGS.contains(tag)) {
                throw new YamlException(position, "YAML tag '" + tag.getValue() + "' is not allowed; remove the '!' tag");
            }
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
                String key = keyScalar.getValue();
                if (fields.containsKey(key)) {
                    throw new YamlException(keyPosition, "duplicate key '" + key + "' (first on line "
                            + fields.get(key).keyPosition().line() + "); keep one of them");
                }
                values++;
                fields.put(key, new YamlValue.Field(key, keyPosition, convert(tuple.getValueNode(), depth + 1)));
            }
            return new YamlValue.Mapping(fields, position);
        }
    }
}
