package org.relationstimeline.site.pages;

/** The page GitHub Pages and the preview serve for an address that has no page. */
public record NotFoundPage(Frame frame) implements Page {
    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
