package org.relationstimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;

class TimelineTest {
    private static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();

    private static Party p(String code) {
        return REGISTRY.find(code).orElseThrow();
    }

    private static Entry entry(String path, String title, String date, String... codes) {
        List<Party> parties = java.util.Arrays.stream(codes)
                .map(TimelineTest::p)
                .sorted((a, b) -> a.slug().compareTo(b.slug()))
                .toList();
        return new Entry(
                path,
                path,
                title,
                EventDate.parse(date).date().orElseThrow(),
                parties,
                List.of(),
                "",
                List.of(),
                "",
                false,
                path);
    }

    @Test
    void entryWithThreePartiesIsOnEveryPairAndEveryCountry() {
        Timeline t = Timeline.of(List.of(entry("a", "A", "2020", "RU", "DZ", "EG")));
        assertThat(t.byPair().keySet())
                .extracting(Pair::slug)
                .containsExactly("algeria-egypt", "algeria-russia", "egypt-russia");
        assertThat(t.byParty().keySet()).extracting(Party::slug).containsExactly("algeria", "egypt", "russia");
    }

    @Test
    void relationsRankByTheirBilateralEntriesAndThoseWithNoneComeLast() {
        Timeline t = Timeline.of(List.of(
                entry("a", "A", "2020", "RU", "DZ", "EG"),
                entry("b", "B", "2021", "EG", "RU"),
                entry("c", "C", "2022", "NO", "SE"),
                entry("d", "D", "2023", "NO", "SE")));
        assertThat(t.relationCounts())
                .extracting(rc -> rc.pair().slug() + " " + rc.bilateral() + "/" + rc.count())
                .containsExactly("norway-sweden 2/2", "egypt-russia 1/2", "algeria-egypt 0/1", "algeria-russia 0/1");
        assertThat(t.multilateral()).extracting(Entry::path).containsExactly("a");
    }

    @Test
    void pairsAreUnordered() {
        assertThat(Pair.of(p("RU"), p("DZ"))).isEqualTo(Pair.of(p("DZ"), p("RU")));
        Timeline t = Timeline.of(List.of(entry("a", "A", "2020", "RU", "DZ"), entry("b", "B", "2021", "DZ", "RU")));
        assertThat(t.byPair()).hasSize(1);
        assertThat(t.byPair().values().iterator().next()).hasSize(2);
    }

    @Test
    void timelinesAreNewestFirstThenByTitleThenPath() {
        Entry old = entry("old", "Z", "1962", "RU", "DZ");
        Entry sameDayB = entry("p2", "B", "2023-06-15", "RU", "DZ");
        Entry sameDayA2 = entry("p9", "A", "2023-06-15", "RU", "DZ");
        Entry sameDayA1 = entry("p1", "A", "2023-06-15", "RU", "DZ");
        Entry newest = entry("n", "N", "2023-08-01", "RU", "DZ");
        Timeline t = Timeline.of(List.of(old, sameDayB, sameDayA2, newest, sameDayA1));
        assertThat(t.byPair().get(Pair.of(p("RU"), p("DZ"))))
                .containsExactly(newest, sameDayA1, sameDayA2, sameDayB, old);
    }

    @Test
    void groupsByYearKeepOrder() {
        Timeline t = Timeline.of(List.of(
                entry("a", "A", "2020-01-02", "RU", "DZ"),
                entry("b", "B", "2020-05", "RU", "DZ"),
                entry("c", "C", "1999", "RU", "DZ")));
        List<Timeline.YearGroup> groups = Timeline.groupByYear(t.entries());
        assertThat(groups).extracting(Timeline.YearGroup::year).containsExactly(2020, 1999);
        assertThat(groups.get(0).entries()).extracting(Entry::title).containsExactly("B", "A");
    }

    @Test
    void partnersAreCountedMostFirst() {
        Timeline t = Timeline.of(List.of(
                entry("a", "A", "2020", "RU", "DZ"),
                entry("b", "B", "2021", "DZ", "RU"),
                entry("c", "C", "2021", "DZ", "FR")));
        assertThat(t.partnersOf(p("DZ")))
                .extracting(pc -> pc.partner().name() + "=" + pc.count())
                .containsExactly("Russia=2", "France=1");
    }

    @Test
    void neighboursAreOlderAndNewerOnThePair() {
        Entry a = entry("a", "A", "2020", "RU", "DZ");
        Entry b = entry("b", "B", "2021", "RU", "DZ");
        Entry c = entry("c", "C", "2022", "RU", "DZ");
        Timeline.Neighbours n = Timeline.of(List.of(a, b, c)).neighbours(b, Pair.of(p("RU"), p("DZ")));
        assertThat(Optional.ofNullable(n.older())).contains(a);
        assertThat(Optional.ofNullable(n.newer())).contains(c);
    }
}
