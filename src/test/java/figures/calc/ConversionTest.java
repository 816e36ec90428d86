package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.calc.Conversion.Method;
import figures.calc.Conversion.Rate;
import figures.calc.Conversion.Target;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Period;
import figures.reference.ExchangeRates;
import figures.model.MissingReference;
import figures.reference.PriceIndexes;
import figures.reference.Redenominations;
import figures.reference.ReferenceData;
import figures.model.ReferenceValue;
import figures.table.DataSet;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are worked by hand from the bundled rows (and checked to 34 digits, half-even, outside Java). */
class ConversionTest {
    private static final ReferenceData BUNDLED = ReferenceData.of(DataSet.bundled(Path.of("."), new ByteArrayInputStream(new byte[0])));
    private static final Conversion CONVERSION = Conversion.using(BUNDLED);
    private static final Currency USD = Currency.USD;

    private static Amount a(String text) {
        return Amount.parse(text);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static void assertValue(String expected, Amount actual) {
        assertEquals(0, d(expected).compareTo(actual.value()), () -> "expected " + expected + " but got " + actual.value().toPlainString());
    }

    private static List<String> series(List<ReferenceValue> values) {
        return values.stream().map(v -> v.series() + " " + v.year() + " = " + v.value().toPlainString()).toList();
    }

    @Test
    void soviet1966RublesIn2024DollarsConvertAtTheParityThenDeflateWithUsCpi() {
        // 120m ÷ 0.90 SUR per USD × 313.689 / 32.4 = 37 642 680 000 / 29.16, not terminating
        Conversion.Result r = CONVERSION.convert(a("120m SUR@1966"), Target.of(USD, 2024));
        assertEquals(d("1290901234.567901234567901234567901"), r.value());
        assertEquals("USD", r.converted().currency().orElseThrow().code());
        assertEquals(Period.of(2024), r.converted().priceBasis().orElseThrow());
        assertEquals(Method.CONVERT_THEN_DEFLATE, r.method());
        assertEquals(List.of("SUR per USD 1966 = 0.90"), series(r.rates()));
        assertEquals(Period.of(1961, 1971), r.rates().get(0).covers());
        assertEquals(List.of("US-CPI-U 1966 = 32.4", "US-CPI-U 2024 = 313.689"), series(r.indexValues()));
        assertTrue(r.value().subtract(d("1290901000")).abs().compareTo(d("129090.1")) < 0, "within 0.01% of 1 290 901 000");
    }

    @Test
    void dollarsOf2002InPricesOf2024() {
        // 138m × 313.689 / 179.9
        Conversion.Result r = CONVERSION.convert(a("138m USD@2002"), Target.of(USD, 2024));
        assertEquals(d("240628582.5458588104502501389660923"), r.value());
        assertTrue(r.rates().isEmpty());
    }

    @Test
    void anAmountOverASpanConvertsAsEqualAnnualPartsAtEachYearsRate() {
        // 0.7bn × 1.6382 + 0.7bn × 1.7841 = 1.14674bn + 1.24887bn, exactly
        Conversion.Result r = CONVERSION.convert(a("1.4bn GBP@1989-1990"), Target.of(USD));
        assertValue("2395610000", r.converted());
        assertEquals(Period.of(1989, 1990), r.converted().priceBasis().orElseThrow());
        assertNull(r.method(), "prices did not change");
        assertEquals(List.of("USD per GBP 1989 = 1.6382", "USD per GBP 1990 = 1.7841"), series(r.rates()));
        assertEquals(2, r.parts().size());
        assertValue("700000000", r.parts().get(0).amount());
        assertValue("1146740000", r.parts().get(0).converted());
        assertValue("1248870000", r.parts().get(1).converted());
    }

    @Test
    void spanPartsCanBeWeighted() {
        // 1.4bn × 1/4 × 1.6382 + 1.4bn × 3/4 × 1.7841 = 573.37m + 1873.305m
        Conversion.Result r = CONVERSION.withWeights(List.of(d("1"), d("3"))).convert(a("1.4bn GBP@1989-1990"), Target.of(USD));
        assertValue("2446675000", r.converted());
        assertThrows(CalcException.class, () -> CONVERSION.withWeights(List.of(d("1"))).convert(a("1.4bn GBP@1989-1990"), Target.of(USD)));
    }

    @Test
    void aSpanInAnotherYearsPricesDeflatesEachPartFromItsOwnYear() {
        // 1.14674bn × 313.689 / 124.0 + 1.24887bn × 313.689 / 130.7
        Conversion.Result r = CONVERSION.convert(a("1.4bn GBP@1989-1990"), Target.of(USD, 2024));
        assertEquals(d("5898339512.169089517980107115531752"), r.value());
    }

    @Test
    void aMissingRateIsAnErrorNamingCurrencyYearTheYearsThatExistAndTheOverride() {
        MissingReference e = assertThrows(MissingReference.class, () -> CONVERSION.convert(a("25m SUR@1972"), Target.of(USD)));
        assertEquals("no exchange rate for SUR in 1972: data/reference/fx.csv has SUR for 1961-1971 and 1985-1990, and RUB "
                + "(SUR was redenominated into it) for 1992-2025; nothing is interpolated: give the rate with --rate \"R SUR per USD\"",
                e.getMessage());
        assertEquals("--rate \"R SUR per USD\"", e.option());
        assertEquals(3, e.exitCode());
    }

    @Test
    void aCurrencyWithoutRatesIsNamed() {
        MissingReference e = assertThrows(MissingReference.class, () -> CONVERSION.convert(a("5m KPW@2000"), Target.of(USD)));
        assertEquals("no exchange rates for KPW in data/reference/fx.csv or the WDI tables (they have 170 currencies; figures data "
                + "lists them); give the rate with --rate \"R KPW per USD\"", e.getMessage());
    }

    @Test
    void aGivenRateReplacesTheLookup() {
        // 25m ÷ 0.90
        Conversion.Result plain = CONVERSION.withRate(Rate.parse("0.90")).convert(a("25m SUR@1972"), Target.of(USD));
        assertEquals(d("27777777.77777777777777777777777778"), plain.value());
        Conversion.Result named = CONVERSION.withRate(Rate.parse("0.90 SUR per USD")).convert(a("25m SUR@1972"), Target.of(USD));
        assertEquals(plain.value(), named.value());
        // a plain rate for GBP is read as USD per GBP, the way the table quotes it: 1m × 1.5
        assertValue("1500000", CONVERSION.withRate(Rate.parse("1.5")).convert(a("1m GBP@1989"), Target.of(USD)).converted());
        assertValue("1500000", CONVERSION.withRate(Rate.parse("1.5 USD per GBP")).convert(a("1m GBP@1989"), Target.of(USD)).converted());
        // the same rate written the other way round: 1m ÷ (2/3) GBP per USD
        assertValue("2000000", CONVERSION.withRate(Rate.parse("0.5 GBP per USD")).convert(a("1m GBP@1989"), Target.of(USD)).converted());
    }

    @Test
    void aResultSaysWhetherTheGivenRateWasNeeded() {
        Conversion.Result unused = CONVERSION.withRate(Rate.parse("0.9 SUR per USD")).convert(a("1m GBP@1989"), Target.of(USD));
        assertTrue(!unused.rateUsed());
        assertValue("1638200", unused.converted());
        assertTrue(CONVERSION.withRate(Rate.parse("0.9 SUR per USD")).convert(a("1m SUR@1989"), Target.of(USD)).rateUsed());
        // a plain rate with only dollars involved cannot be read either way
        assertThrows(CalcException.class, () -> CONVERSION.withRate(Rate.parse("0.9")).convert(a("1m USD@1989"), Target.of(USD, 2000)));
    }

    @Test
    void redenominationsAreExactFactorsEitherWay() {
        assertValue("5", CONVERSION.convert(a("5000 RUR@1998"), Target.of(Currency.of("RUB"))).converted());
        assertValue("5000", CONVERSION.convert(a("5 RUB@1998"), Target.of(Currency.of("RUR"))).converted());
        // SUR → RUR 1:1, RUR → RUB 1000:1
        assertValue("120000", CONVERSION.convert(a("120m SUR@1998"), Target.of(Currency.of("RUB"))).converted());
    }

    @Test
    void aScopedRateAppliesOnlyToItsCurrencyAndYear() {
        Rate r = Rate.parse("SUR@1972=0.829 per USD");
        assertEquals(Integer.valueOf(1972), r.year());
        assertEquals("SUR@1972=0.829 SUR per USD", r.toString());
        Conversion c = CONVERSION.withRate(r);
        // 1972: the given rate, 25m ÷ 0.829
        Conversion.Result y1972 = c.convert(a("25m SUR@1972"), Target.of(USD));
        assertTrue(y1972.rateUsed());
        assertEquals(0, d("25000000").divide(d("0.829"), java.math.MathContext.DECIMAL128).compareTo(y1972.value()));
        // 1966: the table's parity, not the given rate (120m ÷ 0.90 × 313.689 / 32.4)
        Conversion.Result y1966 = c.convert(a("120m SUR@1966"), Target.of(USD, 2024));
        assertTrue(!y1966.rateUsed());
        assertEquals(d("1290901234.567901234567901234567901"), y1966.value());
        assertThrows(CalcException.class, () -> Rate.parse("USD@1972=0.829 per SUR"));
        assertThrows(CalcException.class, () -> Rate.parse("SUR@1972=1.2 GBP per USD"));
    }

    @Test
    void aCurrencyIsUsedOnlyWithinItsLife() {
        // the new lira exists from 2005: 500m TRY@2003 would be a million times off (WDI quotes Turkey in TRY for every year)
        CalcException e = assertThrows(CalcException.class, () -> CONVERSION.convert(a("500m TRY@2003"), Target.of(USD)));
        assertEquals("'500m TRY@2003': TRY exists from 2005; for 2003 write TRL, 1 TRY = 1 000 000 TRL", e.getMessage());
        assertThrows(CalcException.class, () -> CONVERSION.convert(a("5 RUB@1997"), Target.of(Currency.of("RUR"))));
        assertThrows(CalcException.class, () -> CONVERSION.convert(a("1m GHS@2000"), Target.of(USD)));
        // a target before its currency's life: the same rule (convert to the currency of that year)
        CalcException into = assertThrows(CalcException.class, () -> CONVERSION.convert(a("5000 RUR@1997"), Target.of(Currency.of("RUB"))));
        assertTrue(into.getMessage().endsWith("RUB exists from 1998; for 1997 convert to RUR, 1 RUB = 1 000 RUR"), into.getMessage());
        // the year a currency began counts as in its life (GHS from July 2007), and the old one may still be converted later
        assertEquals("USD", CONVERSION.convert(a("1m GHS@2007"), Target.of(USD)).converted().currency().orElseThrow().code());
        assertValue("1", CONVERSION.convert(a("1m TRL@2010"), Target.of(Currency.of("TRY"))).converted());
        // into today's unit, at today's prices: allowed
        assertEquals("RUB", CONVERSION.convert(a("120m SUR@1966"), Target.of(Currency.of("RUB"), 2024)).converted().currency().orElseThrow().code());
    }

    @Test
    void oldRublesUseTheNewRubleRowsThroughTheRedenomination() {
        // 5000 RUR = 5 RUB; ÷ 4.55389 RUB per USD (1995, secondary)
        Conversion.Result r = CONVERSION.convert(a("5000 RUR@1995"), Target.of(USD));
        assertEquals(d("1.097962401375527296443260596984117"), r.value());
        assertEquals(List.of("RUR per RUB 1998 = 1000", "RUB per USD 1995 = 4.55389"), series(r.rates()));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("RUB per USD 1995: SECONDARY")), r.notes().toString());
    }

    @Test
    void dollarsIntoOldRublesGoBackThroughEveryRedenomination() {
        // 1m USD × 4.55389 RUB per USD (1995) = 4 553 890 RUB; × 1000 RUR per RUB = 4 553 890 000 RUR.
        // Catches a loop over the links that stops before the first one (4.554 m instead of 4.554 bn).
        Conversion.Result r = CONVERSION.convert(a("1m USD@1995"), Target.of(Currency.of("RUR")));
        assertValue("4553890000", r.converted());
        assertEquals("RUR", r.converted().currency().orElseThrow().code());
    }

    @Test
    void aPairOtherThanUsdGoesThroughUsd() {
        // 1m GBP × 1.5452 USD per GBP ÷ 1.3261 USD per EUR (2010)
        Conversion.Result r = CONVERSION.convert(a("1m GBP@2010"), Target.of(Currency.of("EUR")));
        assertEquals(d("1165221.325691878440539929115451323"), r.value());
        assertEquals(List.of("USD per GBP 2010 = 1.5452", "USD per EUR 2010 = 1.3261"), series(r.rates()));
    }

    @Test
    void theTargetYearsOwnPricesNeedNoIndex() {
        Conversion.Result r = CONVERSION.convert(a("120m SUR@1966"), Target.of(USD, 1966));
        assertEquals(d("133333333.3333333333333333333333333"), r.value());
        assertTrue(r.indexValues().isEmpty());
        assertNull(r.method());
    }

    @Test
    void aMissingIndexYearIsAnErrorAndTheIndexOptionSuppliesIt() {
        MissingReference e = assertThrows(MissingReference.class, () -> CONVERSION.convert(a("138m USD@2002"), Target.of(USD, 2026)));
        assertEquals("no US-CPI-U value for 2026: data/reference/cpi.csv has US-CPI-U for 1947-2025; nothing is interpolated or "
                + "extrapolated: give it with --index 2026=VALUE", e.getMessage());
        // 138m × 359.8 / 179.9 = 276m
        assertValue("276000000", CONVERSION.withIndex(Map.of(2026, d("359.8"))).convert(a("138m USD@2002"), Target.of(USD, 2026)).converted());
    }

    @Test
    void deflateThenConvertNeedsTheCurrencysOwnIndex() {
        Conversion dtc = CONVERSION.withMethod(Method.DEFLATE_THEN_CONVERT);
        MissingReference e = assertThrows(MissingReference.class, () -> dtc.convert(a("120m SUR@1966"), Target.of(USD, 2024)));
        assertEquals("deflate-then-convert needs a price index for SUR prices, and data/reference/cpi.csv has none (it has US-CPI-U (USD), and the WDI CPI "
                + "and GDP deflator of each country (cpi:ISO3, deflator:ISO3)); give its values with --index 1966=VALUE --index 2024=VALUE, or use --method convert-then-deflate", e.getMessage());
        // with an index: 1m GBP@2000 × 120 / 100 = 1.2m GBP@2010, × 1.5452 USD per GBP (2010)
        Conversion.Result r = dtc.withIndex(Map.of(2000, d("100"), 2010, d("120"))).convert(a("1m GBP@2000"), Target.of(USD, 2010));
        assertValue("1854240", r.converted());
        assertEquals(List.of("USD per GBP 2010 = 1.5452"), series(r.rates()));
    }

    @Test
    void theTwoMethodsDifferAndForDollarsAgree() {
        ReferenceData ref = new ReferenceData(
                ExchangeRates.read(table("fx.csv", "currency,year,rate,quote,kind,source\nGBP,2000,1.5,usd_per,m,s\nGBP,2010,2,usd_per,m,s\n")),
                PriceIndexes.read(table("cpi.csv", "series,year,index,currency,source\nUS-CPI-U,2000,100,USD,s\nUS-CPI-U,2010,110,USD,s\n"
                        + "UK-CPI,2000,100,GBP,s\nUK-CPI,2010,130,GBP,s\n")),
                Redenominations.read(table("r.csv", "from,to,date,factor,source\nRUR,RUB,1998-01-01,1000,decree\n")));
        Conversion c = Conversion.using(ref);
        // convert-then-deflate: 100 GBP × 1.5 = 150 USD@2000; × 110/100 = 165 USD@2010
        assertValue("165", c.convert(a("100 GBP@2000"), Target.of(USD, 2010)).converted());
        // deflate-then-convert: 100 GBP × 130/100 = 130 GBP@2010; × 2 = 260 USD@2010
        assertValue("260", c.withMethod(Method.DEFLATE_THEN_CONVERT).convert(a("100 GBP@2000"), Target.of(USD, 2010)).converted());
        // same currency, convert-then-deflate: 100 GBP × 1.5 × 1.1 ÷ 2 = 82.5 GBP@2010
        assertValue("82.5", c.withMethod(Method.CONVERT_THEN_DEFLATE).convert(a("100 GBP@2000"), Target.of(Currency.of("GBP"), 2010))
                .converted());
        // same currency, no method given: its own index, 100 GBP × 130/100
        Conversion.Result own = c.convert(a("100 GBP@2000"), Target.of(Currency.of("GBP"), 2010));
        assertValue("130", own.converted());
        assertEquals(Method.DEFLATE_THEN_CONVERT, own.method());
        // an index series chosen by name: UK-CPI for a GBP amount implies deflate-then-convert; US-CPI-U keeps convert-then-deflate
        assertValue("260", c.withIndexSeries("UK-CPI").convert(a("100 GBP@2000"), Target.of(USD, 2010)).converted());
        assertValue("165", c.withIndexSeries("US-CPI-U").convert(a("100 GBP@2000"), Target.of(USD, 2010)).converted());
        assertThrows(CalcException.class, () -> c.withIndexSeries("CPI:SYR"), "no WDI tables in this reference data");
        for (Method m : Method.values()) {
            assertValue("110", c.withMethod(m).convert(a("100 USD@2000"), Target.of(USD, 2010)).converted());
        }
    }

    @Test
    void argumentsThatCannotBeConvertedSayWhy() {
        assertEquals("'138m' has no currency (write it with one, e.g. 138m USD)",
                assertThrows(CalcException.class, () -> CONVERSION.convert(a("138m"), Target.of(USD))).getMessage());
        assertEquals("'138m GBP' has no year, so its prices cannot be moved to 2024 (write it as 138m GBP@YEAR)",
                assertThrows(CalcException.class, () -> CONVERSION.convert(a("138m GBP"), Target.of(USD, 2024))).getMessage());
        assertEquals("'138m GBP' has no year, so no GBP rate can be looked up (write it as 138m GBP@YEAR, or give the rate with "
                + "--rate \"R USD per GBP\")", assertThrows(CalcException.class, () -> CONVERSION.convert(a("138m GBP"), Target.of(USD))).getMessage());
        // an undated amount needs no year when nothing is looked up
        assertValue("138000000", CONVERSION.convert(a("138m GBP"), Target.of(Currency.of("GBP"))).converted());
    }

    @Test
    void targetsAndRatesParse() {
        assertEquals(Target.of(USD, 2024), Target.parse("USD@2024"));
        assertEquals(Target.of(Currency.of("GBP")), Target.parse("gbp"));
        assertThrows(CalcException.class, () -> Target.parse("USD@1989-1990"));
        assertThrows(CalcException.class, () -> Target.parse("XYZ@2024"));
        assertEquals(new Rate(d("0.90"), Currency.of("SUR"), USD), Rate.parse("0.90 SUR per USD"));
        assertEquals(new Rate(d("1.6382"), null, null), Rate.parse("1.6382"));
        assertThrows(CalcException.class, () -> Rate.parse("0"));
        assertThrows(CalcException.class, () -> Rate.parse("1 USD per USD"));
        assertThrows(CalcException.class, () -> Rate.parse("SUR per USD"));
        assertEquals(Method.DEFLATE_THEN_CONVERT, Method.parse("deflate-then-convert"));
        assertThrows(CalcException.class, () -> Method.parse("deflate"));
    }

    @Test
    void comparisonRatiosAndSharesComeFromTheExactValues() {
        Conversion.Result sur = CONVERSION.convert(a("120m SUR@1966"), Target.of(USD, 2024));
        Conversion.Result usd = CONVERSION.convert(a("138m USD@2002"), Target.of(USD, 2024));
        ConversionComparison c = ConversionComparison.of(List.of(sur, usd));
        // ratio = (138 × 313.689 / 179.9) / (120 × 313.689 / (0.90 × 32.4)) = 138 × 29.16 / (179.9 × 120) = 4024.08 / 21588
        assertEquals(d("0.1864035575319622012229016120066704"), c.lines().get(1).ratio());
        assertEquals(0, BigDecimal.ONE.compareTo(c.lines().get(0).ratio()));
        // shares: 21588 / 25612.08 and 4024.08 / 25612.08
        assertEquals(0, d("84.28835143416700244572092543830880").compareTo(c.lines().get(0).share().value()));
        assertEquals(0, d("15.71164856583299755427907456169120").compareTo(c.lines().get(1).share().value()));
        assertValue("-1050272652.022042424117651095601809", c.lines().get(1).difference());
        // total = 120m × 313.689 / 29.16 + 138m × 313.689 / 179.9, rounded once (adding the two rounded values gives …993)
        assertEquals(d("1531529817.113760045018151373533994"), c.total().value());
    }

    @Test
    void aComparisonNeedsOneBasis() {
        Conversion.Result sur = CONVERSION.convert(a("120m SUR@1966"), Target.of(USD));
        Conversion.Result usd = CONVERSION.convert(a("138m USD@2002"), Target.of(USD));
        assertEquals("cannot compare 120m SUR@1966 and 138m USD@2002 in USD: they stay in prices of 1966 and 2002; "
                + "give the year whose prices to use, e.g. --to USD@2024",
                assertThrows(CalcException.class, () -> ConversionComparison.of(List.of(sur, usd))).getMessage());
    }

    @Test
    void fractionsStayExactUntilTheEnd() {
        ConversionFraction third = ConversionFraction.of(BigDecimal.ONE, d("3"));
        assertTrue(!third.isExact());
        assertEquals(d("0.3333333333333333333333333333333333"), third.value());
        ConversionFraction one = third.plus(third).plus(third);
        assertTrue(one.isExact());
        assertEquals(BigDecimal.ONE, one.value());
        assertEquals(d("7"), ConversionFraction.of(d("0.7")).dividedBy(d("0.1")).value());
        assertEquals(d("700000000"), ConversionFraction.of(d("1.4E+9")).dividedBy(d("2")).value());
        assertThrows(CalcException.class, () -> ConversionFraction.of(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void theWdiRatesConvertEveryCurrencyAtItsOwnYearsRate() {
        // 1m INR ÷ 45.7258121212121 INR per USD (WDI PA.NUS.FCRF, India 2010)
        Conversion.Result inr = CONVERSION.convert(a("1m INR@2010"), Target.of(USD, 2010));
        assertEquals(d("1000000").divide(d("45.7258121212121"), java.math.MathContext.DECIMAL128), inr.value());
        assertEquals(List.of("INR per USD 2010 = 45.7258121212121"), series(inr.rates()));
        assertTrue(inr.rates().get(0).source().contains("PA.NUS.FCRF"), inr.rates().get(0).source());
        // 1m JPY ÷ 87.779875 JPY per USD (Japan 2010)
        assertEquals(d("1000000").divide(d("87.779875"), java.math.MathContext.DECIMAL128),
                CONVERSION.convert(a("1m JPY@2010"), Target.of(USD)).value());
        // an old unit goes through its redenomination: 1m TRL = 1 TRY, ÷ 0.26072425 TRY per USD (1998)
        Conversion.Result trl = CONVERSION.convert(a("1m TRL@1998"), Target.of(USD));
        assertEquals(List.of("TRL per TRY 2005 = 1000000", "TRY per USD 1998 = 0.26072425"), series(trl.rates()));
        // a euro legacy currency has its own rates up to 1998 (DEU in DEM), then the fixed conversion rate to EUR
        assertEquals(List.of("DEM per USD 1998 = 1.7596676"), series(CONVERSION.convert(a("1m DEM@1998"), Target.of(USD)).rates()));
        assertEquals(List.of("DEM per EUR 1999 = 1.95583", "USD per EUR 2005 = 1.2449"),
                series(CONVERSION.convert(a("1m DEM@2005"), Target.of(USD)).rates()));
    }

    @Test
    void pricesWithinOneCurrencyMoveWithItsOwnCountrysCpi() {
        // 100m SYP@2005 × CPI:SYR 2010 / CPI:SYR 2005 = 100m × 100 / 70.3343695863726 (FP.CPI.TOTL as published)
        Conversion.Result r = CONVERSION.convert(a("100m SYP@2005"), Target.of(Currency.of("SYP"), 2010));
        assertEquals(Method.DEFLATE_THEN_CONVERT, r.method());
        assertEquals(List.of("CPI:SYR 2005 = 70.3343695863726", "CPI:SYR 2010 = 100"), series(r.indexValues()));
        assertTrue(r.rates().isEmpty(), "no exchange rate is needed");
        assertEquals(0, d("1E+10").divide(d("70.3343695863726"), java.math.MathContext.DECIMAL128).compareTo(r.value()), r.value().toPlainString());
        // the deflator instead, by name
        Conversion.Result defl = CONVERSION.withIndexSeries("DEFLATOR:SYR").convert(a("100m SYP@2005"), Target.of(Currency.of("SYP"), 2010));
        assertEquals(List.of("DEFLATOR:SYR 2005 = 68.6702538787", "DEFLATOR:SYR 2010 = 100"), series(defl.indexValues()));
        // and the old default stays when asked for: through USD with US CPI-U
        assertEquals(List.of("US-CPI-U 2005 = 195.3", "US-CPI-U 2010 = 218.056"), series(CONVERSION.withMethod(Method.CONVERT_THEN_DEFLATE)
                .convert(a("100m SYP@2005"), Target.of(Currency.of("SYP"), 2010)).indexValues()));
    }

    private static TableSource table(String name, String text) {
        return TableSource.of(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
