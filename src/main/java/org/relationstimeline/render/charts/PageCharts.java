package org.relationstimeline.render.charts;

import java.util.HashMap;
import java.util.Map;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PairPage;

/**
 * The charts a planned page shows, drawn from its record alone, so a page's fingerprint (which
 * covers its data) covers its charts too. Templates print them with {@code | raw}. A page kind
 * that has a chart always receives its variable, null where there is nothing to draw.
 */
public final class PageCharts {
    private PageCharts() {}

    /** Template variables holding charts: empty for kinds without one. */
    public static Map<String, ChartMarkup> forPage(Page page) {
        Map<String, ChartMarkup> charts = new HashMap<>();
        if (page instanceof PairPage p) {
            charts.put("activityChart", ActivityChart.render(p.pair().name(), p.yearCounts(), "chart_activity"));
            charts.put("spanChart", SpanChart.render(p.pair().name(), p.periods(), p.yearCounts()));
            charts.put("balanceChart", BalanceChart.render(p.pair().name(), p.types(), "chart_balance"));
        } else if (page instanceof CountryPage c) {
            charts.put("partnersChart", PartnersChart.render(c.party().name(), c.partners(), "chart_partners"));
        } else if (page instanceof CountriesPage c) {
            charts.put(
                    "overviewChart", RelationsMatrix.render(c.overviewParties(), c.overviewPairs(), "chart_overview"));
        }
        return charts;
    }
}
