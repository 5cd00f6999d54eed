package org.relationstimeline.site.pages;

import org.relationstimeline.timeline.Profile;

/** A pair or country page, whose Markdown is its editor's profile when it has one. */
public interface WithProfile extends WithBody {
    /** The editor's profile, or null for a page without one (its lead is then made from the data). */
    Profile profile();

    @Override
    default String bodyMarkdown() {
        return profile() == null ? "" : profile().body();
    }

    @Override
    default String bodySource() {
        return profile() == null ? "" : profile().path();
    }
}
