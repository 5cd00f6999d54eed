package org.relationstimeline.problems;

/** How bad a problem is: errors stop the build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
