package org.relationstimeline.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Where an image written in a body lives below the content folder. Three forms name a local
 * picture: a path relative to the body's file ({@code photo.jpg}, {@code pictures/photo.jpg}),
 * {@code /images/x.png} (the public folder of {@code content/images/}, as the CMS writes it) and
 * {@code image:x.png} (the same, written as a reference like {@code entry:}). Any other root path
 * ({@code /assets/map.png}) is a file of the theme and any address with a scheme is remote: those
 * are not local images. A path that leaves the content folder is refused, whatever it is spelt as.
 */
public final class ImagePath {
    /** The public folder of content/images/, and the reference scheme for it. */
    public static final String PUBLIC_FOLDER = "/images/";

    public static final String SCHEME = "image:";
    /** The folder below content/ that {@code /images/} and {@code image:} name. */
    public static final String FOLDER = "images";

    private ImagePath() {}

    /** What a destination names. */
    public sealed interface Resolved {
        /** Not a local image: a remote address, a theme path, an anchor. */
        record NotLocal() implements Resolved {}

        /** A file below the content folder, by its path relative to it ("entries/2023/photo.jpg"). */
        record Local(String path) implements Resolved {}

        /** A local path that may not be read: why, and what to write instead. */
        record Refused(String message, String hint) implements Resolved {}
    }

    /** True when the destination names a local image (refused or not), so the link check leaves it to the image check. */
    public static boolean isLocal(String destination) {
        return !(resolve(destination, "") instanceof Resolved.NotLocal);
    }

    /**
     * @param bodyFile the file the body is in, relative to the content folder ("entries/2023/x.md")
     */
    public static Resolved resolve(String destination, String bodyFile) {
        String d = destination.strip();
        String lower = d.toLowerCase(Locale.ROOT);
        String relative;
        String base;
        if (lower.startsWith(SCHEME)) {
            relative = d.substring(SCHEME.length());
            base = FOLDER;
        } else if (lower.startsWith(PUBLIC_FOLDER)) {
            relative = d.substring(PUBLIC_FOLDER.length());
            base = FOLDER;
        } else if (d.isEmpty() || d.startsWith("/") || d.startsWith("#") || hasScheme(d)) {
            return new Resolved.NotLocal();
        } else if (d.startsWith("\\")) {
            return refused(destination, "a backslash");
        } else {
            relative = d;
            int slash = bodyFile.lastIndexOf('/');
            base = slash < 0 ? "" : bodyFile.substring(0, slash);
        }
        // A query or fragment means nothing for a file.
        int cut = indexOfAny(relative, "?#");
        if (cut >= 0) relative = relative.substring(0, cut);
        String decoded = percentDecoded(relative);
        if (decoded == null) return refused(destination, "a '%' that is not followed by two hex digits of UTF-8");
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < ' ' || c == 0x7f) return refused(destination, "a control character");
            if (c == '\\') return refused(destination, "a backslash");
            if (c == ':') return refused(destination, "a colon");
        }
        if (decoded.startsWith("/")) return refused(destination, "an absolute path");
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (base.isEmpty() ? decoded : base + "/" + decoded).split("/", -1)) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return new Resolved.Refused(
                            "image '" + destination + "' points outside the content folder",
                            "put the picture beside the entry or in content/images/ and write its name");
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        if (parts.isEmpty()) return refused(destination, "no file name");
        return new Resolved.Local(String.join("/", parts));
    }

    private static Resolved refused(String destination, String what) {
        return new Resolved.Refused(
                "image '" + destination + "' has " + what + " in its path",
                "write the picture's file name, relative to the entry (photo.jpg) or as /images/photo.jpg");
    }

    /** "https:", "data:", "c:": a scheme as a browser reads one. */
    private static boolean hasScheme(String d) {
        int colon = d.indexOf(':');
        if (colon <= 0) return false;
        return d.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** "my%20photo.jpg" to "my photo.jpg"; null when an escape is malformed or not UTF-8. */
    static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return null;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
