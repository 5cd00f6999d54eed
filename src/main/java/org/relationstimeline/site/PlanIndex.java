package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.site.PageViews.Pagination;

/** The page plan looked up by URL and by kind, so that extra outputs only name pages that exist. */
public final class PlanIndex {
    private final List<PlannedPage> plan;
    private final Map<String, PlannedPage> byUrl = new HashMap<>();

    private PlanIndex(List<PlannedPage> plan) {
        this.plan = plan;
        for (PlannedPage page : plan) byUrl.put(page.url(), page);
    }

    public static PlanIndex of(List<PlannedPage> plan) {
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
    public List<PlannedPage> pages() {
        return plan;
    }

    /** The first page of each list of a kind ("pair", "country"...), in plan order. */
    public List<PlannedPage> firstPages(String kind) {
        List<PlannedPage> out = new ArrayList<>();
        for (PlannedPage page : plan) {
            if (kind.equals(page.template()) && isFirst(page)) out.add(page);
        }
        return out;
    }

    /** A model value of the first pages of a kind, e.g. every planned pair: {@code values("pair", "pair", Pair.class)}. */
    public <T> List<T> values(String kind, String key, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (PlannedPage page : firstPages(kind)) {
            Object value = page.model().get(key);
            if (type.isInstance(value)) out.add(type.cast(value));
        }
        return out;
    }

    static boolean isFirst(PlannedPage page) {
        return !(page.model().get("pagination") instanceof Pagination p) || p.page() == 1;
    }
}
