package org.relationstimeline.render.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.PageViews.YearCount;
import org.relationstimeline.site.PlannedPage;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PairCount;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/**
 * The charts a planned page shows, drawn from its model alone, so a page's fingerprint (which
 * covers the model) covers its charts too. Templates print them with {@code | raw}.
 */
public final class PageCharts {
    private PageCharts() {}

    /** Template variables holding charts: empty for pages without one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> forPage(PlannedPage page) {
        Map<String, Object> model = page.model();
        Map<String, Object> charts = new HashMap<>();
        switch (page.template()) {
            case "pair" -> {
                if (model.get("pair") instanceof Pair pair && model.get("yearCounts") instanceof List<?> years) {
                    put(charts, "activityChart", ActivityChart.render(pair.name(), (List<YearCount>) years, "chart_activity"));
                }
            }
            case "country" -> {
                if (model.get("party") instanceof Party party && model.get("partners") instanceof List<?> partners) {
                    put(charts, "partnersChart", PartnersChart.render(party.name(), (List<PartnerCount>) partners,
                            "chart_partners"));
                }
            }
            case "countries" -> {
                if (model.get("overviewParties") instanceof List<?> parties && model.get("overviewPairs") instanceof List<?> pairs) {
                    put(charts, "overviewChart", RelationsMatrix.render((List<Party>) parties, (List<PairCount>) pairs,
                            "chart_overview"));
                }
            }
            default -> { }
        }
        return charts;
    }

    private static void put(Map<String, Object> charts, String name, ChartMarkup chart) {
        if (chart != null) charts.put(name, chart);
    }
}
