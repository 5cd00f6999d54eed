package org.relationstimeline.site.pages;

/**
 * The kinds of page the site has. A kind names its template ({@code <id>.peb}) and is what
 * templates see as {@code kind} (also the {@code kind-<id>} class of the page's body).
 */
public enum Kind {
    HOME("home"),
    RELATIONS("relations"),
    PAIR("pair"),
    MULTILATERAL("multilateral"),
    COUNTRIES("countries"),
    COUNTRY("country"),
    TOPICS("topics"),
    TOPIC("topic"),
    YEARS("years"),
    YEAR("year"),
    ENTRY("entry"),
    SEARCH("search"),
    PAGE("page"),
    NOT_FOUND("404");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The kind as templates and CSS see it: "pair", "404". */
    public String id() {
        return id;
    }

    /** The theme file that renders pages of this kind. */
    public String template() {
        return id + ".peb";
    }

    /** False for the 404 page, which has no address of its own: no canonical URL, not in the sitemap. */
    public boolean indexable() {
        return this != NOT_FOUND;
    }
}
