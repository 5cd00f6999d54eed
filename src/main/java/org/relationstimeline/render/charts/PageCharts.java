package org.relationstimeline.render.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.site.SitePlanner;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.site.pages.PairPage;

/**
 * The charts a planned page shows, drawn from its record alone, so a page's fingerprint (which
 * covers its data) covers its charts too. Templates print them with {@code | raw}. A page kind
 * that has a chart always receives its variable, null where there is nothing to draw.
 */
public final class PageCharts {
    private PageCharts() {}

    /** Template variables holding charts: empty for kinds without one. Bars and cells link through {@code urls}. */
    public static Map<String, ChartMarkup> forPage(Page page, UrlScheme urls) {
        Map<String, ChartMarkup> charts = new HashMap<>();
        if (page instanceof PairPage p) {
            charts.put(
                    "activityChart",
                    ActivityChart.render(p.pair().name(), p.yearCounts(), "chart_activity", yearLinks(p, urls)));
            charts.put("spanChart", SpanChart.render(p.pair().name(), p.periods(), p.yearCounts()));
            charts.put("balanceChart", BalanceChart.render(p.pair().name(), p.types(), "chart_balance"));
        } else if (page instanceof CountryPage c) {
            charts.put(
                    "partnersChart",
                    PartnersChart.render(c.party().name(), c.partners(), "chart_partners", urls::pair));
        } else if (page instanceof CountriesPage c) {
            charts.put(
                    "overviewChart",
                    RelationsMatrix.render(c.overviewParties(), c.overviewPairs(), "chart_overview", urls::pair));
        }
        return charts;
    }

    /**
     * A bar leads to the heading of the first of its years in the page's reading order, on the page of the
     * timeline that has it: the entries before a year, counted in that order, say on which page it begins.
     */
    static ActivityChart.YearLinks yearLinks(PairPage p, UrlScheme urls) {
        List<YearCount> inOrder = new ArrayList<>(p.yearCounts());
        if (!p.pagination().order().oldestFirst()) java.util.Collections.reverse(inOrder);
        List<int[]> starts = new ArrayList<>();
        int before = 0;
        for (YearCount yc : inOrder) {
            starts.add(new int[] {yc.year(), before / SitePlanner.PAGE_SIZE});
            before += yc.count();
        }
        return (from, to) -> {
            for (int[] start : starts) {
                if (start[0] >= from && start[0] <= to) {
                    String page = p.pagination().links().get(start[1]).url();
                    return page + "#" + urls.yearAnchor(start[0]);
                }
            }
            return null;
        };
    }
}
