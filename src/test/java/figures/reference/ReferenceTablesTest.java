package figures.reference;

import figures.model.Coverage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Currency;
import figures.model.InputException;
import figures.model.Period;
import figures.table.DataSet;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTablesTest {
    static TableSource csv(String name, String text) {
        return TableSource.of(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String FX_HEADER = "currency,year,rate,quote,kind,source,note\n";

    @Test
    void bundledTablesReadAndEveryRowHasItsSource() {
        ReferenceData ref = ReferenceData.of(DataSet.bundled(Path.of("."), new ByteArrayInputStream(new byte[0])));
        assertEquals("1961-1971 and 1985-1990", ref.fx().coverage(Currency.of("SUR")));
        assertEquals("1947-2025", ref.indexes().coverage(PriceIndexes.US_CPI_U));
        assertEquals(PriceIndexes.US_CPI_U, ref.indexes().seriesFor(Currency.USD).orElseThrow());
        assertTrue(ref.indexes().seriesFor(Currency.of("SUR")).isEmpty(), "no Soviet price index is bundled");
        ExchangeRates.Rate gbp1989 = ref.fx().find(Currency.of("GBP"), 1989).orElseThrow();
        assertEquals(new BigDecimal("1.6382"), gbp1989.published());
        assertEquals(ExchangeRates.Quote.USD_PER, gbp1989.quote());
        assertEquals("data/reference/fx.csv:68", gbp1989.value().where());
        assertFalse(gbp1989.value().source().isEmpty());
        assertEquals(List.of("RUR", "RUB"), ref.redenominations().chain(Currency.of("SUR")).stream().map(l -> l.to().code()).toList());
    }

    @Test
    void aParityRowCoversEveryYearOfItsSpanAndNothingElse() {
        ExchangeRates fx = ExchangeRates.read(csv("fx.csv", FX_HEADER
                + "SUR,1961-1971,0.90,per_usd,official parity,gold parities,\n"
                + "SUR,1985,0.838,per_usd,official,CIA,\n"));
        ExchangeRates.Rate r = fx.find(Currency.of("SUR"), 1966).orElseThrow();
        assertEquals(1966, r.value().year());
        assertEquals(Period.of(1961, 1971), r.value().covers());
        assertEquals("SUR per USD 1966 (row for 1961-1971) = 0.90", r.value().label());
        assertTrue(fx.find(Currency.of("SUR"), 1972).isEmpty());
        assertTrue(fx.find(Currency.of("SUR"), 1960).isEmpty());
        assertEquals("1961-1971 and 1985", fx.coverage(Currency.of("SUR")));
    }

    @Test
    void usdPerRatesInvertExactlyWhenTheyTerminateElseTo34Digits() {
        ExchangeRates fx = ExchangeRates.read(csv("fx.csv", FX_HEADER
                + "GBP,1989,1.6382,usd_per,market,FRB,\n"
                + "EUR,2000,1.25,usd_per,market,FRB,\n"));
        ExchangeRates.Rate eur = fx.find(Currency.of("EUR"), 2000).orElseThrow();
        assertEquals(0, new BigDecimal("0.8").compareTo(eur.perUsd()));
        assertFalse(eur.perUsdRounded());
        ExchangeRates.Rate gbp = fx.find(Currency.of("GBP"), 1989).orElseThrow();
        assertTrue(gbp.perUsdRounded());
        assertEquals(34, gbp.perUsd().precision());
        assertEquals(new BigDecimal("0.6104260774020266145769747283603956"), gbp.perUsd());
        assertEquals("1.6382 USD per GBP", gbp.text());
    }

    @Test
    void overlappingRowsForOneCurrencyAreRejectedNamingBothLines() {
        InputException e = assertThrows(InputException.class, () -> ExchangeRates.read(csv("fx.csv", FX_HEADER
                + "SUR,1961-1971,0.90,per_usd,parity,gold,\n"
                + "SUR,1970,0.91,per_usd,official,x,\n")));
        assertEquals("fx.csv:3: column 'year': SUR 1970 overlaps the SUR row for 1961-1971 on line 2 "
                + "(one row per currency and year, so that no lookup mixes two sources)", e.getMessage());
    }

    @Test
    void badRowsNameFileLineAndColumn() {
        assertEquals("fx.csv:2: column 'quote': 'per' is not a quote (expected per_usd: units per USD, or usd_per: USD per unit)",
                assertThrows(InputException.class, () -> ExchangeRates.read(csv("fx.csv", FX_HEADER + "GBP,1989,1.6,per,m,s,\n"))).getMessage());
        assertEquals("fx.csv:2: column 'rate': '0' must be greater than zero",
                assertThrows(InputException.class, () -> ExchangeRates.read(csv("fx.csv", FX_HEADER + "GBP,1989,0,usd_per,m,s,\n"))).getMessage());
        assertEquals("fx.csv:2: column 'source': is empty",
                assertThrows(InputException.class, () -> ExchangeRates.read(csv("fx.csv", FX_HEADER + "GBP,1989,1.6,usd_per,m,,\n"))).getMessage());
        assertEquals("fx.csv:2: column 'currency': USD needs no rate against itself",
                assertThrows(InputException.class, () -> ExchangeRates.read(csv("fx.csv", FX_HEADER + "USD,1989,1,usd_per,m,s,\n"))).getMessage());
        assertEquals("cpi.csv:3: column 'year': US-CPI-U 1966 is stated twice (also at cpi.csv:2)",
                assertThrows(InputException.class, () -> PriceIndexes.read(csv("cpi.csv", "series,year,index,note,source\n"
                        + "US-CPI-U,1966,32.4,,BLS\nUS-CPI-U,1966,32.5,,BLS\n"))).getMessage());
        assertEquals("r.csv:2: column 'date': '1998' is not a date (expected YYYY-MM-DD)",
                assertThrows(InputException.class, () -> Redenominations.read(csv("r.csv", "from,to,date,factor,source,note\n"
                        + "RUR,RUB,1998,1000,decree,\n"))).getMessage());
    }

    @Test
    void aSeriesOfOnesOwnDeflatesTheCurrencyItNames() {
        PriceIndexes idx = PriceIndexes.read(csv("cpi.csv", "series,year,index,currency,source\n"
                + "UK-CPI,2000,100,GBP,ONS\nUK-CPI,2010,120,GBP,ONS\n"));
        assertEquals("UK-CPI", idx.seriesFor(Currency.of("GBP")).orElseThrow());
        assertTrue(idx.seriesFor(Currency.USD).isEmpty());
        assertEquals("2000 and 2010", idx.coverage("UK-CPI"));
        assertEquals("UK-CPI (GBP)", idx.describeSeries());
    }

    @Test
    void coverageWritesRunsOfYears() {
        assertEquals("no years", Coverage.text(List.of()));
        assertEquals("1992-1995", Coverage.text(List.of(Period.of(1992), Period.of(1993, 1994), Period.of(1995))));
        assertEquals("1960, 1962-1963 and 1970", Coverage.text(List.of(Period.of(1970), Period.of(1962, 1963), Period.of(1960))));
    }
}
