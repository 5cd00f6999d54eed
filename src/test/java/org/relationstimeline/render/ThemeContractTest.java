package org.relationstimeline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.site.PageMeta;
import org.relationstimeline.site.PlanFixture;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.Citation;
import org.relationstimeline.site.pages.KeyFacts;
import org.relationstimeline.site.pages.Kind;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PageViews;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventEnd;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.PageText;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Source;
import org.relationstimeline.timeline.Timeline;
import org.relationstimeline.timeline.When;

/**
 * docs/THEME.md is the theme contract: it lists what each page kind's template receives and the
 * fields of every type those variables hold. These tests hold it to the page records, so the
 * document cannot drift from what templates really get.
 */
class ThemeContractTest {
    private static final Pattern KIND = Pattern.compile("^### `([\\w-]+)` — `[\\w-]+\\.peb`");
    private static final Pattern TYPE = Pattern.compile("^### (\\w+)$");
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+)\\|");
    private static final Pattern NAME = Pattern.compile("`(\\w+)(?:\\([^`]*\\))?`");

    /** Types the document describes, by the name it gives them. */
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("SiteConfig", SiteConfig.class),
            Map.entry("UrlScheme", UrlScheme.class),
            Map.entry("PageMeta", PageMeta.class),
            Map.entry("FeedLink", PageMeta.FeedLink.class),
            Map.entry("Entry", Entry.class),
            Map.entry("EventDate", EventDate.class),
            Map.entry("Source", Source.class),
            Map.entry("Party", Party.class),
            Map.entry("Pair", Pair.class),
            Map.entry("YearGroup", Timeline.YearGroup.class),
            Map.entry("EntryTimeline", PageViews.EntryTimeline.class),
            Map.entry("PairCount", Timeline.PairCount.class),
            Map.entry("PartnerCount", Timeline.PartnerCount.class),
            Map.entry("PartyCount", PageViews.PartyCount.class),
            Map.entry("TopicCount", PageViews.TopicCount.class),
            Map.entry("YearCount", PageViews.YearCount.class),
            Map.entry("Period", PageViews.Period.class),
            Map.entry("When", When.class),
            Map.entry("EventEnd", EventEnd.class),
            Map.entry("Crumb", PageViews.Crumb.class),
            Map.entry("Pagination", PageViews.Pagination.class),
            Map.entry("PageLink", PageViews.PageLink.class),
            Map.entry("ChartMarkup", ChartMarkup.class),
            Map.entry("Profile", Profile.class),
            Map.entry("Fact", Profile.Fact.class),
            Map.entry("Era", Profile.Era.class),
            Map.entry("Assessment", Profile.Assessment.class),
            Map.entry("EventType", EventType.class),
            Map.entry("TypeBalance", PageViews.TypeBalance.class),
            Map.entry("TypeYear", PageViews.TypeYear.class),
            Map.entry("KeyFacts", KeyFacts.class),
            Map.entry("Counterpart", PageViews.Counterpart.class),
            Map.entry("PageText", PageText.class),
            Map.entry("NavLink", PageViews.NavLink.class),
            Map.entry("RelationCount", Timeline.RelationCount.class),
            Map.entry("Downloads", PageViews.Downloads.class),
            Map.entry("ReadingOrder", PageViews.ReadingOrder.class),
            Map.entry("Chapter", org.relationstimeline.timeline.Chapters.Chapter.class),
            Map.entry("Heading", org.relationstimeline.timeline.Chapters.Heading.class),
            Map.entry("ChapterLink", PageViews.ChapterLink.class),
            Map.entry("Citation", Citation.class),
            Map.entry("Image", PageMeta.Image.class));

    static Set<String> everyPage;
    static Map<String, Set<String>> kinds;
    static Map<String, Set<String>> types;
    static Map<Kind, Set<String>> received;

    @BeforeAll
    static void readTheDocumentAndRenderEveryKind() throws Exception {
        parse(Files.readAllLines(Path.of("docs/THEME.md")));
        SiteModel site = PlanFixture.modelWithEditorial("https://example.org/", 3);
        PageRenderer renderer =
                new PageRenderer(Theme.bundled(), site.config(), site.urls(), new MarkdownRenderer(false));
        received = new EnumMap<>(Kind.class);
        for (Page page : site.plan()) {
            received.computeIfAbsent(page.kind(), k -> new TreeSet<>())
                    .addAll(renderer.context(page).keySet());
        }
    }

    private static void parse(List<String> lines) {
        kinds = new LinkedHashMap<>();
        types = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : lines) {
            Matcher m;
            if (line.equals("## Every page")) current = everyPage = new TreeSet<>();
            else if ((m = KIND.matcher(line)).find()) current = kinds.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            else if ((m = TYPE.matcher(line)).find()) current = types.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            else if (line.startsWith("## ")) current = null;
            else if (current != null && (m = ROW.matcher(line)).find()) {
                Matcher name = NAME.matcher(m.group(1));
                while (name.find()) current.add(name.group(1));
            }
        }
    }

    @Test
    void everyPageKindIsDocumentedAndRendered() {
        assertThat(kinds.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.Arrays.stream(Kind.values()).map(Kind::id).toList());
        assertThat(received.keySet()).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void eachKindsTemplateReceivesExactlyTheDocumentedVariables() {
        for (Kind kind : Kind.values()) {
            Set<String> documented = new TreeSet<>(everyPage);
            documented.addAll(kinds.get(kind.id()));
            assertThat(received.get(kind))
                    .as("variables of the %s template", kind.id())
                    .isEqualTo(documented);
        }
    }

    @Test
    void everyFieldOfEveryDocumentedTypeIsListedAndEveryListedNameExists() {
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
        TYPES.forEach((name, type) -> {
            Set<String> listed = types.get(name);
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    assertThat(listed).as("fields of %s in docs/THEME.md", name).contains(c.getName());
                }
            }
            Set<String> readable = readableNames(type);
            assertThat(readable).as("what a template can read of %s", name).containsAll(listed);
        });
    }

    /** Public methods as Pebble resolves them: {@code isOrganization()} is {@code organization}. */
    private static Set<String> readableNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
            String n = m.getName();
            if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                n = Character.toLowerCase(n.charAt(2)) + n.substring(3);
            }
            names.add(n);
        }
        return names;
    }

    @Test
    void theDocumentIsWhereTheBuildsHintSendsEditors() throws IOException {
        assertThat(Files.readString(Path.of("docs/THEME.md"))).contains("strict variables");
    }
}
