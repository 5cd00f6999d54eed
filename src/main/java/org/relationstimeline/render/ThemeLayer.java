package org.relationstimeline.render;

import java.io.IOException;
import java.util.Map;

/** One source of theme files: the default theme shipped in the jar, or a project's theme folder. */
interface ThemeLayer {
    /** Relative path (with {@code /}) to the content hash of every file, sorted by path. */
    Map<String, String> hashes();

    /** The content of a listed file. */
    byte[] read(String name) throws IOException;
}
