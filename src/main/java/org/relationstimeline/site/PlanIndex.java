package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.TimelinePage;

/** The page plan looked up by URL and by kind, so that extra outputs only name pages that exist. */
public final class PlanIndex {
    private final List<Page> plan;
    private final Map<String, Page> byUrl = new HashMap<>();

    private PlanIndex(List<Page> plan) {
        this.plan = plan;
        for (Page page : plan) byUrl.put(page.url(), page);
    }

    public static PlanIndex of(List<Page> plan) {
        return new PlanIndex(plan);
    }

    public boolean has(String url) {
        return byUrl.containsKey(url);
    }

    /** The URL itself when a planned page has it; otherwise the output would link to nothing, which is a bug. */
    public String require(String url) {
        if (!byUrl.containsKey(url)) throw new IllegalStateException(url + " is not a page of the plan");
        return url;
    }

    /** Every page in plan order. */
    public List<Page> pages() {
        return plan;
    }

    /**
     * The pages of a kind, the first page only of a list split into pages (and of its main listing, not the
     * oldest-first one), in plan order: {@code firstPages(PairPage.class)}.
     */
    public <T extends Page> List<T> firstPages(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Page page : plan) {
            if (kind.isInstance(page)
                    && !(page instanceof TimelinePage list && !(list.isFirst() && list.isMainListing())))
                out.add(kind.cast(page));
        }
        return out;
    }
}
