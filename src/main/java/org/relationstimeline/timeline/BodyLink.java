package org.relationstimeline.timeline;

/**
 * A link, image or link reference definition of a Markdown body whose destination the build must
 * check or resolve (not a web or mail address), as {@code render/BodyLinks} finds it. An entry keeps
 * its body's, so a build checks them without reading the body again.
 *
 * @param line 1-based line in the body
 * @param column 1-based column of its first character ({@code [} or {@code !} or {@code <})
 * @param text the link text or an image's alt text, as written (Markdown), empty when none
 * @param title the title written after the destination, empty when none
 */
public record BodyLink(String destination, boolean image, int line, int column, String text, String title) {
    public BodyLink(String destination, boolean image, int line, int column) {
        this(destination, image, line, column, "", "");
    }
}
