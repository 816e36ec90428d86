package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.calc.Conversion.Method;
import figures.calc.Conversion.Rate;
import figures.calc.Conversion.Result;
import figures.calc.Conversion.Target;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.MissingReference;
import figures.model.Period;
import figures.model.ReferenceValue;
import figures.reference.ExchangeRates;
import figures.reference.PriceIndexes;
import figures.reference.Redenominations;
import figures.reference.ReferenceData;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures and the explained steps of conversions on small hand-made tables, where every value
 * is worked out by hand: the direction of each rate (÷ or ×), the parts of a span, the given rate,
 * redenominations both ways, index values given for a currency without its own series, and the
 * notes of the rows used (each once).
 */
class ConversionStepsTest {
    private static final Currency USD = Currency.USD;
    private static final Currency GBP = Currency.of("GBP");
    private static final Currency JPY = Currency.of("JPY");
    private static final Currency RUB = Currency.of("RUB");
    private static final Currency RUR = Currency.of("RUR");

    private static final ReferenceData REF = new ReferenceData(
            ExchangeRates.read(table("fx.csv", """
                    currency,year,rate,quote,kind,source,note
                    GBP,2000,1.5,usd_per,m,s,
                    GBP,2001,1.6,usd_per,m,s,
                    GBP,2010,2,usd_per,m,s,provisional
                    JPY,2000,100,per_usd,m,s,
                    JPY,2010,80,per_usd,m,s,
                    RUB,1995,5,per_usd,m,s,
                    RUB,1998,6,per_usd,m,s,
                    """)),
            PriceIndexes.read(table("cpi.csv", """
                    series,year,index,currency,source,note
                    US-CPI-U,2000,100,USD,s,
                    US-CPI-U,2001,102,USD,s,
                    US-CPI-U,2010,110,USD,s,rebased
                    UK-CPI,2000,100,GBP,s,
                    UK-CPI,2010,130,GBP,s,
                    """)),
            Redenominations.read(table("r.csv", "from,to,date,factor,source\nRUR,RUB,1998-01-01,1000,decree\n")));
    private static final Conversion C = Conversion.using(REF);

    private static TableSource table(String name, String text) {
        return TableSource.of(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Amount a(String text) {
        return Amount.parse(text);
    }

    private static void assertValue(String expected, Amount actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value()), () -> "expected " + expected + " but got " + actual.value().toPlainString());
    }

    /** The steps that compute (the rows' own descriptions, with their sources, left out). */
    private static List<String> arithmetic(Result r) {
        return r.steps().stream().filter(s -> !s.contains("; source: ")).toList();
    }

    private static List<String> described(Result r) {
        return r.steps().stream().filter(s -> s.contains("; source: ")).map(s -> s.substring(0, s.indexOf(';'))).toList();
    }

    @Test
    void aRateQuotedPerDollarDividesOnTheWayToDollarsAndMultipliesOnTheWayBack() {
        Result in = C.convert(a("1000 JPY@2000"), Target.of(USD));
        assertValue("10", in.converted());
        assertEquals(List.of("JPY → USD at 2000's rate: 1k JPY@2000 ÷ 100 JPY per USD = 10 USD@2000"), arithmetic(in));
        Result out = C.convert(a("10 USD@2000"), Target.of(JPY));
        assertValue("1000", out.converted());
        assertEquals(List.of("USD → JPY at 2000's rate: 10 USD@2000 × 100 JPY per USD = 1k JPY@2000"), arithmetic(out));
    }

    @Test
    void aRateQuotedInDollarsPerUnitMultipliesOnTheWayToDollarsAndDividesOnTheWayBack() {
        Result in = C.convert(a("10 GBP@2000"), Target.of(USD));
        assertValue("15", in.converted());
        assertEquals(List.of("GBP → USD at 2000's rate: 10 GBP@2000 × 1.5 USD per GBP = 15 USD@2000"), arithmetic(in));
        Result out = C.convert(a("15 USD@2000"), Target.of(GBP));
        assertValue("10", out.converted());
        assertEquals(List.of("USD → GBP at 2000's rate: 15 USD@2000 ÷ 1.5 USD per GBP = 10 GBP@2000"), arithmetic(out));
        assertNull(out.method());
        assertFalse(out.deflated());
    }

    @Test
    void aSpanIsConvertedInPartsEachAtItsYearsRateAndAddedUp() {
        Result r = C.convert(a("200 GBP@2000-2001"), Target.of(USD));
        assertValue("310", r.converted());
        assertEquals(Period.of(2000, 2001), r.converted().priceBasis().orElseThrow());
        assertEquals(List.of(
                "part 2000: 100 GBP@2000 (1/2 of 200 GBP@2000-2001)",
                "GBP → USD at 2000's rate: 100 GBP@2000 × 1.5 USD per GBP = 150 USD@2000",
                "part 2001: 100 GBP@2001 (1/2 of 200 GBP@2000-2001)",
                "GBP → USD at 2001's rate: 100 GBP@2001 × 1.6 USD per GBP = 160 USD@2001",
                "total: 150 USD@2000 + 160 USD@2001 = 310 USD@2000-2001"), arithmetic(r));
        // each part keeps its own year when the prices do not move
        assertEquals(Period.of(2000), r.parts().get(0).converted().priceBasis().orElseThrow());
        assertEquals(Period.of(2001), r.parts().get(1).converted().priceBasis().orElseThrow());
        assertValue("150", r.parts().get(0).converted());
    }

    @Test
    void aSingleYearHasNoPartsOrTotalStep() {
        Result r = C.convert(a("200 GBP@2000"), Target.of(USD));
        assertEquals(1, r.parts().size());
        assertTrue(r.steps().stream().noneMatch(s -> s.startsWith("part ") || s.startsWith("total")), r.steps().toString());
    }

    @Test
    void aSpanMovedToAnotherYearsPricesUsesEachRowOnceAndItsNoteOnce() {
        // convert-then-deflate into GBP of 2010: 100 GBP@2000 × 1.5 × 110/100 ÷ 2 = 82.5; 100 GBP@2001 × 1.6 × 110/102 ÷ 2
        Result r = C.withMethod(Method.CONVERT_THEN_DEFLATE).convert(a("200 GBP@2000-2001"), Target.of(GBP, 2010));
        // 82.5 + 88/1.02 = 82.5 + 86.27450980392156862745098039215686…
        assertEquals(new BigDecimal("168.7745098039215686274509803921569"), r.value());
        assertEquals(Period.of(2010), r.parts().get(0).converted().priceBasis().orElseThrow(), "a part is in the target year's prices");
        assertEquals(Period.of(2010), r.parts().get(1).converted().priceBasis().orElseThrow());
        assertEquals(List.of("USD per GBP 2000 = 1.5", "US-CPI-U 2000 = 100", "US-CPI-U 2010 = 110", "USD per GBP 2010 = 2",
                "USD per GBP 2001 = 1.6", "US-CPI-U 2001 = 102"), described(r), "each row described once, where first used");
        assertEquals(List.of("USD per GBP 2000 = 1.5", "USD per GBP 2010 = 2", "USD per GBP 2001 = 1.6"),
                r.rates().stream().map(ReferenceValue::label).toList());
        assertEquals(List.of("US-CPI-U 2000 = 100", "US-CPI-U 2010 = 110", "US-CPI-U 2001 = 102"),
                r.indexValues().stream().map(ReferenceValue::label).toList());
        assertEquals(6, r.used().size());
        assertEquals(List.of("US-CPI-U 2010: rebased", "USD per GBP 2010: provisional"), r.notes());
        assertEquals(Method.CONVERT_THEN_DEFLATE, r.method());
        assertTrue(r.deflated());
        assertTrue(arithmetic(r).contains("USD prices of 2000 → 2010 (US-CPI-U): 150 USD@2000 × 110 / 100 = 165 USD@2010"), arithmetic(r).toString());
        assertTrue(arithmetic(r).contains("USD → GBP at 2010's rate: 165 USD@2010 ÷ 2 USD per GBP = 82.5 GBP@2010"), arithmetic(r).toString());
        assertEquals("total: 82.5 GBP@2010 + 86.27450980392156862745098039215686 GBP@2010 = 168.7745098039215686274509803921569 GBP@2010",
                arithmetic(r).get(arithmetic(r).size() - 1));
    }

    @Test
    void weightsSplitASpanAndMustFitIt() {
        Result r = C.withWeights(List.of(BigDecimal.ZERO, BigDecimal.ONE)).convert(a("200 GBP@2000-2001"), Target.of(USD));
        // a weight of 0 is allowed: all of it in 2001, × 1.6
        assertValue("320", r.converted());
        assertEquals("part 2000: 0 GBP@2000 (weight 0 of 1)", r.steps().get(0));
        assertEquals("part 2001: 200 GBP@2001 (weight 1 of 1)", arithmetic(r).get(2));
        assertEquals("--weights: 1 weight given, but '200 GBP' covers no stated years",
                assertThrows(CalcException.class, () -> C.withWeights(List.of(BigDecimal.ONE)).convert(a("200 GBP"), Target.of(GBP))).getMessage());
        assertEquals("--weights: 2 weights given, but '200 GBP@2000' covers 1 year (2000)",
                assertThrows(CalcException.class, () -> C.withWeights(List.of(BigDecimal.ONE, BigDecimal.ONE))
                        .convert(a("200 GBP@2000"), Target.of(USD))).getMessage());
        assertEquals("--weights: 1 weight given, but '200 GBP@2000-2001' covers 2 years (2000-2001)",
                assertThrows(CalcException.class, () -> C.withWeights(List.of(BigDecimal.ONE))
                        .convert(a("200 GBP@2000-2001"), Target.of(USD))).getMessage());
        assertEquals("--weights: -1 is negative", assertThrows(CalcException.class, () -> C.withWeights(List.of(BigDecimal.ONE.negate(), BigDecimal.ONE))
                .convert(a("200 GBP@2000-2001"), Target.of(USD))).getMessage());
        assertEquals("--weights: the weights add up to zero", assertThrows(CalcException.class, () -> C.withWeights(List.of(BigDecimal.ZERO, BigDecimal.ZERO))
                .convert(a("200 GBP@2000-2001"), Target.of(USD))).getMessage());
        // one weight for one year is fine
        assertValue("300", C.withWeights(List.of(BigDecimal.TEN)).convert(a("200 GBP@2000"), Target.of(USD)).converted());
    }

    @Test
    void redenominationsDivideForwardAndMultiplyBack() {
        Result forward = C.convert(a("5k RUR@1998"), Target.of(RUB));
        assertValue("5", forward.converted());
        assertEquals(List.of("RUR → RUB (redenomination): 5k RUR@1998 ÷ 1000 RUR per RUB = 5 RUB@1998"), arithmetic(forward));
        Result back = C.convert(a("5 RUB@1998"), Target.of(RUR));
        assertValue("5000", back.converted());
        assertEquals(List.of("RUB → RUR (redenomination): 5 RUB@1998 × 1000 RUR per RUB = 5k RUR@1998"), arithmetic(back));
        // old rubles of 1995 go to dollars through the new ruble's row: 5000 RUR = 5 RUB, ÷ 5 RUB per USD
        Result old = C.convert(a("5k RUR@1995"), Target.of(USD));
        assertValue("1", old.converted());
        assertEquals(List.of("RUR → RUB (redenomination): 5k RUR@1995 ÷ 1000 RUR per RUB = 5 RUB@1995",
                "RUB → USD at 1995's rate: 5 RUB@1995 ÷ 5 RUB per USD = 1 USD@1995"), arithmetic(old));
        // and dollars into old rubles back through it: 1 USD × 5 = 5 RUB, × 1000 = 5000 RUR
        Result into = C.convert(a("1 USD@1995"), Target.of(RUR));
        assertValue("5000", into.converted());
        assertEquals(List.of("USD → RUB at 1995's rate: 1 USD@1995 × 5 RUB per USD = 5 RUB@1995",
                "RUB → RUR (redenomination): 5 RUB@1995 × 1000 RUR per RUB = 5k RUR@1995"), arithmetic(into));
    }

    @Test
    void aTargetBeforeItsCurrencysLifeSaysSoWithOrWithoutAYear() {
        assertEquals("cannot express '5k RUR@1997' in RUB: RUB exists from 1998; for 1997 convert to RUR, 1 RUB = 1 000 RUR",
                assertThrows(CalcException.class, () -> C.convert(a("5k RUR@1997"), Target.of(RUB))).getMessage());
        assertEquals("cannot express '5 USD@2000' in RUB of 1997: RUB exists from 1998; for 1997 convert to RUR, 1 RUB = 1 000 RUR",
                assertThrows(CalcException.class, () -> C.convert(a("5 USD@2000"), Target.of(RUB, 1997))).getMessage());
    }

    @Test
    void aGivenRateIsStatedInEachStepWithItsYearOrNone() {
        // undated: nothing to look up, the given rate is all
        Result undated = C.withRate(Rate.parse("1.5 USD per GBP")).convert(a("10 GBP"), Target.of(USD));
        assertValue("15", undated.converted());
        assertEquals(List.of("GBP → USD at the given rate: 10 GBP × 1.5 USD per GBP = 15 USD (--rate, given on the command line)"), undated.steps());
        ReferenceValue rv = undated.rates().get(0);
        assertEquals(0, rv.year());
        assertNull(rv.covers());
        assertEquals("USD per GBP (--rate)", rv.series());
        assertTrue(undated.notes().isEmpty());
        // dated, and the other way (÷ when the amount is in the rate's unit)
        Result dated = C.withRate(Rate.parse("0.5 GBP per USD")).convert(a("10 GBP@2000"), Target.of(USD));
        assertValue("20", dated.converted());
        assertEquals(List.of("GBP → USD at the given rate: 10 GBP@2000 ÷ 0.5 GBP per USD = 20 USD@2000 (--rate, given on the command line)"),
                dated.steps());
        assertEquals(2000, dated.rates().get(0).year());
        assertEquals(Period.of(2000), dated.rates().get(0).covers());
        assertTrue(dated.rateUsed());
        // used for one year only: no note
        assertTrue(dated.notes().isEmpty(), dated.notes().toString());
    }

    @Test
    void aGivenRateUsedForSeveralYearsIsNoted() {
        Result r = C.withRate(Rate.parse("1.5 USD per GBP")).convert(a("200 GBP@2000-2001"), Target.of(USD));
        assertValue("300", r.converted());
        assertEquals(List.of("--rate 1.5 USD per GBP was used for each of 2000, 2001"), r.notes());
        assertEquals(2, r.rates().size(), "one row per year the rate stood in for");
    }

    @Test
    void aGivenRateForOneSideOfACrossPairIsUsedOnThatSide() {
        // GBP → JPY through USD: the given rate to dollars, the table's from them; 10 × 1.2 = 12 USD, × 100 = 1200 JPY
        Result out = C.withRate(Rate.parse("1.2 USD per GBP")).convert(a("10 GBP@2000"), Target.of(JPY));
        assertValue("1200", out.converted());
        assertEquals(List.of("GBP → USD at the given rate: 10 GBP@2000 × 1.2 USD per GBP = 12 USD@2000 (--rate, given on the command line)",
                "USD → JPY at 2000's rate: 12 USD@2000 × 100 JPY per USD = 1.2k JPY@2000"), arithmetic(out));
        // JPY → GBP: the table's rate to dollars, the given one from them; 1000 ÷ 100 = 10 USD, ÷ 2 = 5 GBP
        Result in = C.withRate(Rate.parse("2 USD per GBP")).convert(a("1000 JPY@2000"), Target.of(GBP));
        assertValue("5", in.converted());
        assertEquals(List.of("JPY → USD at 2000's rate: 1k JPY@2000 ÷ 100 JPY per USD = 10 USD@2000",
                "USD → GBP at the given rate: 10 USD@2000 ÷ 2 USD per GBP = 5 GBP@2000 (--rate, given on the command line)"), arithmetic(in));
        assertTrue(in.rateUsed());
    }

    @Test
    void aPlainGivenRateIsReadTheWayTheTableQuotesItsCurrency() {
        Result r = C.withRate(Rate.parse("100")).convert(a("1000 JPY@2000"), Target.of(USD));
        assertValue("10", r.converted());
        assertEquals("--rate 100 read as 100 JPY per USD (the way fx.csv quotes JPY)", r.steps().get(0));
        assertEquals("--rate 2 read as 2 USD per GBP (the way fx.csv quotes GBP)",
                C.withRate(Rate.parse("2")).convert(a("10 USD@2000"), Target.of(GBP)).steps().get(0));
        assertValue("5", C.withRate(Rate.parse("2")).convert(a("10 USD@2000"), Target.of(GBP)).converted());
    }

    @Test
    void indexValuesGivenForACurrencyWithoutASeries() {
        Conversion dtc = C.withMethod(Method.DEFLATE_THEN_CONVERT);
        MissingReference one = assertThrows(MissingReference.class,
                () -> dtc.withIndex(Map.of(2000, BigDecimal.TEN)).convert(a("1000 JPY@2000"), Target.of(USD, 2010)));
        assertEquals("--index 2000=VALUE --index 2010=VALUE", one.option());
        assertThrows(MissingReference.class, () -> dtc.withIndex(Map.of(2010, BigDecimal.TEN)).convert(a("1000 JPY@2000"), Target.of(USD, 2010)));
        // 1000 JPY × 12 / 10 = 1.2k JPY@2010, ÷ 80 = 15 USD
        Result r = dtc.withIndex(Map.of(2000, BigDecimal.TEN, 2010, new BigDecimal("12"))).convert(a("1000 JPY@2000"), Target.of(USD, 2010));
        assertValue("15", r.converted());
        assertEquals(List.of("JPY prices of 2000 → 2010 (JPY index (--index)): 1k JPY@2000 × 12 / 10 = 1.2k JPY@2010",
                "JPY → USD at 2010's rate: 1.2k JPY@2010 ÷ 80 JPY per USD = 15 USD@2010"), arithmetic(r));
        assertEquals(List.of("JPY index (--index) 2000 = 10", "JPY index (--index) 2010 = 12"),
                r.indexValues().stream().map(ReferenceValue::label).toList());
        assertEquals("index value for 2000 must be greater than zero (got 0)",
                assertThrows(CalcException.class, () -> C.withIndex(Map.of(2000, BigDecimal.ZERO))).getMessage());
    }

    @Test
    void theCurrenciesATableHasAreNamedWhenItIsSmall() {
        MissingReference e = assertThrows(MissingReference.class, () -> C.convert(a("5 EUR@2000"), Target.of(USD)));
        assertEquals("no exchange rates for EUR in fx.csv (it has GBP, JPY, RUB); give the rate with --rate \"R EUR per USD\"", e.getMessage());
    }

    @Test
    void aTableOfTwelveCurrenciesNamesThemAll() {
        StringBuilder csv = new StringBuilder("currency,year,rate,quote,kind,source,note\n");
        List<String> twelve = List.of("AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "GBP", "INR", "JPY", "KRW", "MXN", "NOK");
        for (String c : twelve) {
            csv.append(c).append(",2000,2,per_usd,m,s,\n");
        }
        ReferenceData ref = new ReferenceData(ExchangeRates.read(table("fx.csv", csv.toString())), REF.indexes(), REF.redenominations());
        MissingReference e = assertThrows(MissingReference.class, () -> Conversion.using(ref).convert(a("5 EUR@2000"), Target.of(USD)));
        assertEquals("no exchange rates for EUR in fx.csv (it has " + String.join(", ", twelve) + "); give the rate with --rate \"R EUR per USD\"",
                e.getMessage());
    }

    @Test
    void targetsParseEveryForm() {
        Target latest = Target.parse("USD@latest");
        assertTrue(latest.latest());
        assertNull(latest.year());
        assertEquals("USD@latest", latest.toString());
        assertEquals("USD@latest", Target.parse("usd @ today").toString());
        assertEquals(Target.of(USD, 2023), latest.at(2023));
        assertEquals("USD@2023", latest.at(2023).toString());
        assertEquals("GBP", Target.parse("GBP").toString());
        assertEquals("'2024' is a year: a year needs a currency, e.g. USD@2024 (the prices of 2024 in US dollars)",
                assertThrows(CalcException.class, () -> Target.parse("2024")).getMessage());
        assertEquals("'USD@2024-03': prices are those of a year, not of a month, quarter or day (the reference price indexes are annual "
                + "averages): write USD@2024", assertThrows(CalcException.class, () -> Target.parse("USD@2024-03")).getMessage());
        assertTrue(Target.looksLikeTarget("USD@2024"));
        assertTrue(Target.looksLikeTarget(" gbp"));
        assertFalse(Target.looksLikeTarget("2024"));
        assertFalse(Target.looksLikeTarget("-5"));
        assertFalse(Target.looksLikeTarget("  "));
    }

    @Test
    void ratesParseEveryForm() {
        Rate scopedPlain = Rate.parse("SUR@1972=0.829");
        assertEquals(Currency.of("SUR"), scopedPlain.unit());
        assertNull(scopedPlain.per());
        assertEquals(Integer.valueOf(1972), scopedPlain.year());
        assertEquals("SUR@1972=0.829", scopedPlain.toString());
        Rate plain = Rate.parse("0.829");
        assertNull(plain.unit());
        assertNull(plain.year());
        assertEquals("0.829", plain.toString());
        assertEquals("GBP@1972=1.5 USD per GBP", Rate.parse("GBP@1972=1.5 USD per GBP").toString());
        assertEquals("rate 'SUR@1972=1 GBP per USD' is scoped to SUR but quotes GBP per USD",
                assertThrows(CalcException.class, () -> Rate.parse("SUR@1972=1 GBP per USD")).getMessage());
    }

    @Test
    void comparisonsOfZeroAndNegativeFigures() {
        Result zero = C.convert(a("0 GBP@2000"), Target.of(USD));
        Result minus = C.convert(a("-10 GBP@2000"), Target.of(USD));
        Result plus = C.convert(a("10 GBP@2000"), Target.of(USD));
        // a first figure of 0: no ratios; 0 is neither side of a mix, so the shares stand (0 % and 100 %)
        ConversionComparison zeroFirst = ConversionComparison.of(List.of(zero, minus));
        assertNull(zeroFirst.lines().get(0).ratio());
        assertNull(zeroFirst.lines().get(1).ratio());
        assertEquals(0, zeroFirst.lines().get(0).share().value().signum());
        assertEquals(0, new BigDecimal("100").compareTo(zeroFirst.lines().get(1).share().value()));
        assertFalse(zeroFirst.mixedSigns());
        assertValue("-15", zeroFirst.total());
        assertValue("-15", zeroFirst.lines().get(1).difference());
        ConversionComparison zeroAndPlus = ConversionComparison.of(List.of(plus, zero));
        assertEquals(0, new BigDecimal("100").compareTo(zeroAndPlus.lines().get(0).share().value()));
        assertEquals(0, zeroAndPlus.lines().get(1).share().value().signum());
        assertEquals(0, zeroAndPlus.lines().get(1).ratio().signum());
        assertFalse(zeroAndPlus.mixedSigns());
        // a deficit against a surplus: no shares, said
        ConversionComparison mixed = ConversionComparison.of(List.of(plus, minus));
        assertTrue(mixed.mixedSigns());
        assertNull(mixed.lines().get(0).share());
        assertNull(mixed.lines().get(1).share());
        assertEquals(0, BigDecimal.ONE.negate().compareTo(mixed.lines().get(1).ratio()));
        assertValue("0", mixed.total());
        // all zero: no shares of a total of 0
        ConversionComparison zeros = ConversionComparison.of(List.of(zero, zero));
        assertNull(zeros.lines().get(1).share());
        assertFalse(zeros.mixedSigns());
        assertEquals("a comparison needs at least two figures (got 1)",
                assertThrows(CalcException.class, () -> ConversionComparison.of(List.of(plus))).getMessage());
    }

    @Test
    void comparisonsOfUndatedFigures() {
        Result ten = C.convert(a("10 GBP"), Target.of(GBP));
        Result five = C.convert(a("5 GBP"), Target.of(GBP));
        ConversionComparison c = ConversionComparison.of(List.of(ten, five));
        assertEquals(0, new BigDecimal("0.5").compareTo(c.lines().get(1).ratio()));
        assertTrue(c.total().priceBasis().isEmpty());
        Result dated = C.convert(a("5 GBP@2000"), Target.of(GBP));
        assertEquals("cannot compare 10 GBP and 5 GBP@2000 in GBP: they stay in prices of no stated year and 2000; give the year whose "
                + "prices to use, e.g. --to GBP@2024", assertThrows(CalcException.class, () -> ConversionComparison.of(List.of(ten, dated))).getMessage());
        assertEquals("cannot compare 5 GBP@2000 and 10 GBP in GBP: they stay in prices of 2000 and no stated year; give the year whose "
                + "prices to use, e.g. --to GBP@2024", assertThrows(CalcException.class, () -> ConversionComparison.of(List.of(dated, ten))).getMessage());
        assertEquals("cannot compare figures in GBP and USD: convert them to one currency",
                assertThrows(CalcException.class, () -> ConversionComparison.of(List.of(ten, C.convert(a("5 USD"), Target.of(USD))))).getMessage());
    }

    @Test
    void aFractionKeepsItsSignInTheNumerator() {
        ConversionFraction third = ConversionFraction.of(BigDecimal.ONE, new BigDecimal("3"));
        assertEquals(1, third.signum());
        assertEquals("1/3", third.toString());
        ConversionFraction minusThird = ConversionFraction.of(BigDecimal.ONE, new BigDecimal("-3"));
        assertEquals(-1, minusThird.signum());
        assertEquals("-1/3", minusThird.toString());
        assertEquals(0, third.plus(minusThird).signum());
        assertEquals(-1, ConversionFraction.of(BigDecimal.ONE).dividedBy(new BigDecimal("-3")).signum());
        assertEquals("0.5", ConversionFraction.of(BigDecimal.ONE, new BigDecimal("2")).toString());
        assertEquals(new BigDecimal("-0.3333333333333333333333333333333333"), minusThird.value());
        assertEquals(new BigDecimal("1"), third.dividedBy(third).value());
        assertEquals(new BigDecimal("120"), ConversionFraction.of(new BigDecimal("1.2E+2")).value());
        assertThrows(CalcException.class, () -> third.dividedBy(ConversionFraction.ZERO));
        assertThrows(CalcException.class, () -> third.dividedBy(BigDecimal.ZERO));
    }
}
