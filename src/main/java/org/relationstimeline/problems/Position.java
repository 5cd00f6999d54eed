package org.relationstimeline.problems;

/** A 1-based line and column in a content file. */
public record Position(int line, int column) {
    public static final Position FILE = new Position(0, 0);
}
