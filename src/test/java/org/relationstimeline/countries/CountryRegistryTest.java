package org.relationstimeline.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relationstimeline.text.Slugs;

class CountryRegistryTest {

    /**
     * All 249 current ISO 3166-1 entries as alpha-2:alpha-3, written out here rather than taken from
     * the JDK so that the data file is checked against a fixed reference on every JDK.
     */
    private static final String ISO_3166_1 = """
            AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG
            AS:ASM AT:AUT AU:AUS AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL
            BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES
            BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK CD:COD
            CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI
            CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA
            DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN
            FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF
            GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS
            GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI HU:HUN
            ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA
            JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA
            KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA
            LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE
            MF:MAF MG:MDG MH:MHL MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ
            MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM
            NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU
            NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM
            PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB
            RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN
            SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD ST:STP SV:SLV
            SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL
            TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR
            UG:UGA UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR
            VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE
            """;

    private static final Map<String, String> ISO_ALPHA3_BY_ALPHA2 = Arrays.stream(
                    ISO_3166_1.strip().split("\\s+"))
            .map(pair -> pair.split(":"))
            .collect(Collectors.toMap(
                    p -> p[0],
                    p -> p[1],
                    (a, b) -> {
                        throw new IllegalStateException(a);
                    },
                    LinkedHashMap::new));

    private final CountryRegistry registry = CountryRegistry.loadDefault();

    private Party find(String text) {
        return registry.find(text).orElseThrow(() -> new AssertionError("no party for '" + text + "'"));
    }

    private static String header() {
        return "code\talpha3\tname\tslug\tkind\taliases\tdemonyms\tcapitals\n";
    }

    @Test
    void theReferenceListHas249Entries() {
        assertThat(ISO_ALPHA3_BY_ALPHA2).hasSize(249);
    }

    @Test
    void everyIso31661EntryIsACountryWithItsAlpha3Code() {
        for (Map.Entry<String, String> iso : ISO_ALPHA3_BY_ALPHA2.entrySet()) {
            Party party = registry.byCode(iso.getKey())
                    .orElseThrow(() -> new AssertionError("missing ISO 3166-1 code " + iso.getKey()));
            assertThat(party.alpha3()).as("alpha-3 of %s", iso.getKey()).isEqualTo(iso.getValue());
            assertThat(party.kind()).as("kind of %s", iso.getKey()).isEqualTo(Party.Kind.COUNTRY);
        }
    }

    @Test
    void countriesAreThe249IsoEntriesPlusKosovoAndNothingElse() {
        Set<String> countryCodes = registry.all().stream()
                .filter(p -> p.kind() == Party.Kind.COUNTRY)
                .map(Party::code)
                .collect(Collectors.toSet());

        assertThat(countryCodes).hasSize(249 + 1);
        assertThat(countryCodes).containsAll(ISO_ALPHA3_BY_ALPHA2.keySet()).contains("XK");
    }

    @Test
    void historicalStatesAreTheFourFormerStatesWithTheirOldCodes() {
        Map<String, String> historical = registry.all().stream()
                .filter(p -> p.kind() == Party.Kind.HISTORICAL)
                .collect(Collectors.toMap(Party::code, Party::alpha3));

        assertThat(historical)
                .containsOnly(
                        Map.entry("SU", "SUN"), Map.entry("YU", "YUG"), Map.entry("CS", "CSK"), Map.entry("DD", "DDR"));
        assertThat(registry.all()).hasSize(249 + 1 + 4);
    }

    @Test
    void slugsAreTheSlugifiedNamesAndUnique() {
        for (Party p : registry.all()) {
            assertThat(p.slug()).as("slug of %s", p.name()).isEqualTo(Slugs.slugify(p.name()));
        }
        assertThat(registry.all()).extracting(Party::slug).doesNotHaveDuplicates();
        assertThat(registry.bySlug("cote-divoire")).map(Party::code).contains("CI");
        assertThat(registry.bySlug("united-states")).map(Party::code).contains("US");
    }

    @Test
    void codesAndAlpha3CodesAreUnique() {
        assertThat(registry.all()).extracting(Party::code).doesNotHaveDuplicates();
        assertThat(registry.all()).extracting(Party::alpha3).doesNotHaveDuplicates();
    }

    @Test
    void aliasesDemonymsAndCapitalsAreEachUniqueAcrossTheFile() {
        assertUniqueAcrossFile(Party::aliases, "alias");
        assertUniqueAcrossFile(Party::demonyms, "demonym");
        assertUniqueAcrossFile(Party::capitals, "capital");
    }

    private void assertUniqueAcrossFile(Function<Party, List<String>> column, String what) {
        Map<String, String> seen = new HashMap<>();
        for (Party p : registry.all()) {
            for (String phrase : column.apply(p)) {
                String previous = seen.put(PartyIndex.normalize(phrase), p.name() + ": " + phrase);
                assertThat(previous)
                        .as("%s '%s' of %s is also listed as", what, phrase, p.name())
                        .isNull();
            }
        }
    }

    @Test
    void noAliasEqualsAnotherPartysCodeAlpha3OrName() {
        Map<String, Party> ownKeys = new HashMap<>();
        for (Party p : registry.all()) {
            ownKeys.put(PartyIndex.normalize(p.code()), p);
            ownKeys.put(PartyIndex.normalize(p.alpha3()), p);
            ownKeys.put(PartyIndex.normalize(p.name()), p);
        }
        for (Party p : registry.all()) {
            for (String alias : p.aliases()) {
                Party owner = ownKeys.get(PartyIndex.normalize(alias));
                assertThat(owner == null || owner == p)
                        .as("alias '%s' of %s names %s", alias, p.name(), owner)
                        .isTrue();
            }
        }
    }

    @Test
    void russiaIsFoundByCodeAlpha3OfficialNameAndLowerCaseName() {
        for (String text : List.of("RU", "rus", "Russian Federation", "russia")) {
            Party russia = find(text);
            assertThat(russia.name()).as(text).isEqualTo("Russia");
            assertThat(russia.slug()).as(text).isEqualTo("russia");
        }
    }

    @Test
    void noIsNorwayNotANegative() {
        assertThat(find("NO").name()).isEqualTo("Norway");
    }

    @Test
    void coteDIvoireIsFoundWithOrWithoutAccentsAndByItsEnglishName() {
        Party accented = find("Côte d'Ivoire");
        assertThat(find("cote d'ivoire")).isSameAs(accented);
        assertThat(find("Ivory Coast")).isSameAs(accented);
        assertThat(find("Côte d\u2019Ivoire")).isSameAs(accented);
        assertThat(accented.code()).isEqualTo("CI");
        assertThat(accented.slug()).isEqualTo("cote-divoire");
    }

    @Test
    void sovietUnionIsFoundByItsIso31663CodeAndByUssr() {
        for (String text : List.of("SUHH", "USSR", "SU", "Soviet Union")) {
            Party soviet = find(text);
            assertThat(soviet.slug()).as(text).isEqualTo("soviet-union");
            assertThat(soviet.kind()).as(text).isEqualTo(Party.Kind.HISTORICAL);
        }
    }

    @Test
    void formerStatesAndTheirSuccessorsAreNeverAliasesOfEachOther() {
        assertThat(find("Russia").aliases()).doesNotContain("Soviet Union", "USSR");
        assertThat(find("Soviet Union").code()).isEqualTo("SU");
        assertThat(find("Yugoslavia").code()).isEqualTo("YU");
        assertThat(find("Czechoslovakia").code()).isEqualTo("CS");
        assertThat(find("GDR").code()).isEqualTo("DD");
        assertThat(find("DDDE").code()).isEqualTo("DD");
        assertThat(find("West Germany").code()).isEqualTo("DE");
    }

    @Test
    void kosovoIsFoundByItsUserAssignedCode() {
        Party kosovo = find("XK");
        assertThat(kosovo.name()).isEqualTo("Kosovo");
        assertThat(kosovo.alpha3()).isEqualTo("XKX");
        assertThat(kosovo.kind()).isEqualTo(Party.Kind.COUNTRY);
    }

    @Test
    void dottedAbbreviationsMatchTheirUndottedForms() {
        assertThat(find("U.S.").name()).isEqualTo("United States");
        assertThat(find("US")).isSameAs(find("U.S."));
        assertThat(find("usa")).isSameAs(find("U.S."));
        assertThat(find("UK").name()).isEqualTo("United Kingdom");
        assertThat(find("U.K.")).isSameAs(find("GB"));
    }

    @Test
    void namesAreTheShortNamesNewspapersUse() {
        assertThat(registry.byCode("KR")).map(Party::name).contains("South Korea");
        assertThat(registry.byCode("KP")).map(Party::name).contains("North Korea");
        assertThat(registry.byCode("IR")).map(Party::name).contains("Iran");
        assertThat(registry.byCode("CD")).map(Party::name).contains("DR Congo");
        assertThat(registry.byCode("CG")).map(Party::name).contains("Republic of the Congo");
    }

    @Test
    void ambiguousShortNamesGoToTheOneReadersMean() {
        assertThat(find("Congo").code()).isEqualTo("CG");
        assertThat(find("Zaire").code()).isEqualTo("CD");
        assertThat(find("Korea").code()).isEqualTo("KR");
        assertThat(find("Georgia").code()).isEqualTo("GE");
        assertThat(find("Guinea").code()).isEqualTo("GN");
        assertThat(find("Guinea Bissau").code()).isEqualTo("GW");
        assertThat(find("Burma").code()).isEqualTo("MM");
    }

    @Test
    void findIgnoresSpacingButNotDemonymsOrCapitals() {
        assertThat(find("  south   KOREA ").code()).isEqualTo("KR");
        assertThat(registry.find("Russian")).isEmpty();
        assertThat(registry.find("Moscow")).isEmpty();
        assertThat(registry.find("")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void byCodeIgnoresCaseAndMatchesOnlyCodes() {
        assertThat(registry.byCode("ru")).map(Party::name).contains("Russia");
        assertThat(registry.byCode("RUS")).isEmpty();
        assertThat(registry.byCode("Russia")).isEmpty();
    }

    @Test
    void allIsSortedBySlug() {
        List<String> slugs = registry.all().stream().map(Party::slug).toList();
        assertThat(slugs).isSorted();
    }

    @Test
    void suggestFindsAlgeriaForATypo() {
        assertThat(registry.suggest("Algerai", 3)).contains("Algeria");
    }

    @Test
    void suggestReturnsDistinctCanonicalNamesAtMostMax() {
        List<String> suggestions = registry.suggest("Rusia", 2);
        assertThat(suggestions)
                .hasSizeLessThanOrEqualTo(2)
                .doesNotHaveDuplicates()
                .first()
                .isEqualTo("Russia");
        assertThat(registry.suggest("Ivory Cost", 3)).first().isEqualTo("Côte d'Ivoire");
        assertThat(registry.suggest("zzzzzzzzzz", 3)).isEmpty();
    }

    @Test
    void extraPartiesAreAddedToANewRegistry() {
        Party eu = new Party(
                "EU",
                "",
                "European Union",
                "european-union",
                Party.Kind.ORGANIZATION,
                List.of("E.U."),
                List.of("European"),
                List.of());

        CountryRegistry extended = registry.withExtraParties(List.of(eu));

        assertThat(extended.find("EU")).contains(eu);
        assertThat(extended.find("e.u.")).contains(eu);
        assertThat(extended.find("European Union")).contains(eu);
        assertThat(extended.bySlug("european-union")).contains(eu);
        assertThat(extended.byCode("eu")).contains(eu);
        assertThat(new PartyMentions(extended.all()).phrases()).containsEntry("European", eu);
        assertThat(extended.all()).hasSize(registry.all().size() + 1);
        assertThat(registry.find("EU")).isEmpty();
    }

    @Test
    void anExtraPartyWithAustraliasCodeIsRejectedNamingTheClash() {
        Party africanUnion = Party.organization("AU", "African Union", List.of());

        assertThatThrownBy(() -> registry.withExtraParties(List.of(africanUnion)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'AU'")
                .hasMessageContaining("Australia");
    }

    @Test
    void anExtraPartyWhoseDottedAliasSpellsAnExistingCodeIsRejected() {
        Party africanUnion = Party.organization("AFU", "African Union", List.of("A.U."));

        assertThatThrownBy(() -> registry.withExtraParties(List.of(africanUnion)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alias 'A.U.'")
                .hasMessageContaining("Australia");
    }

    @Test
    void everyClashOfAnExtraPartyIsNamedWithItsField() {
        Party bad = new Party(
                "AU",
                "",
                "Somewhere",
                "russia",
                Party.Kind.ORGANIZATION,
                List.of("Algeria", "..."),
                List.of("French"),
                List.of());

        assertThat(registry.clashesOf(bad))
                .extracting(PartyClash::field, PartyClash::phrase)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("slug", "russia"),
                        org.assertj.core.groups.Tuple.tuple("code", "AU"),
                        org.assertj.core.groups.Tuple.tuple("alias", "Algeria"),
                        org.assertj.core.groups.Tuple.tuple("alias", "..."),
                        org.assertj.core.groups.Tuple.tuple("demonym", "French"));
        assertThat(registry.clashesOf(bad).get(2).other().code()).isEqualTo("DZ");
        assertThat(registry.clashesOf(bad).get(3).other()).isNull();
        assertThat(registry.clashesOf(Party.organization("EU", "European Union", List.of("E.U."))))
                .isEmpty();
    }

    @Test
    void anExtraPartyReusingASlugIsRejected() {
        Party clash =
                new Party("ZZ", "", "Somewhere", "russia", Party.Kind.ORGANIZATION, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> registry.withExtraParties(List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug 'russia'");
    }

    @Test
    void parseReportsTheLineOfARowWithMissingColumns() {
        String tsv = header()
                + "# a comment\n"
                + "AA\tAAA\tAaland\taaland\tcountry\t\t\t\n"
                + "BB\tBBB\tBeeland\tbeeland\tcountry\n";

        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(tsv), "test.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:4: ")
                .hasMessageContaining("expected 8 tab-separated columns, found 5");
    }

    @Test
    void parseReportsADuplicateKeyWithBothLines() {
        String tsv = header()
                + "AA\tAAA\tAaland\taaland\tcountry\tBeeland Republic\t\t\n"
                + "\n"
                + "BB\tBBB\tBeeland\tbeeland\tcountry\tbeeland republic\t\t\n";

        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(tsv), "test.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:4: ")
                .hasMessageContaining("Aaland")
                .hasMessageContaining("(line 2)");
    }

    @Test
    void parseRejectsASlugThatIsNotTheSlugifiedName() {
        String tsv = header() + "AA\tAAA\tAa Land\taaland\tcountry\t\t\t\n";

        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(tsv), "test.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:2: ")
                .hasMessageContaining("expected 'aa-land'");
    }

    @Test
    void parseRejectsAMalformedCodeAndAnUnknownKind() {
        String badCode = header() + "Aa\tAAA\tAaland\taaland\tcountry\t\t\t\n";
        String badKind = header() + "AA\tAAA\tAaland\taaland\tempire\t\t\t\n";

        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(badCode), "t.tsv"))
                .hasMessageStartingWith("t.tsv:2: ")
                .hasMessageContaining("code 'Aa'");
        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(badKind), "t.tsv"))
                .hasMessageStartingWith("t.tsv:2: ")
                .hasMessageContaining("kind 'empire'");
    }

    @Test
    void parseRequiresTheHeader() {
        String tsv = "AA\tAAA\tAaland\taaland\tcountry\t\t\t\n";

        assertThatThrownBy(() -> CountryRegistry.parse(new StringReader(tsv), "t.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("t.tsv:1: header");
    }

    @Test
    void parseReadsListsAndEmptyTrailingColumns() {
        String tsv = header() + "AA\tAAA\tAaland\taaland\tcountry\tAa Republic|Old Aa\tAalandic\t\n";

        Party aa = CountryRegistry.parse(new StringReader(tsv), "t.tsv")
                .find("old aa")
                .orElseThrow();

        assertThat(aa.aliases()).containsExactly("Aa Republic", "Old Aa");
        assertThat(aa.demonyms()).containsExactly("Aalandic");
        assertThat(aa.capitals()).isEmpty();
    }
}
