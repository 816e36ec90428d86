package figures.reference;

import figures.model.ReferenceValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Currency;
import figures.model.InputException;
import figures.table.CsvTable;
import figures.table.DataSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundled WDI tables against published values, their sources, and their index against the CSV files. */
class WdiTablesTest {
    private static final DataSet BUNDLED = DataSet.bundled(Path.of("."), new ByteArrayInputStream(new byte[0]));

    private static WdiTables wdi() {
        return WdiTables.of(BUNDLED).orElseThrow();
    }

    private static BigDecimal fx(String currency, int year) {
        return ReferenceData.of(BUNDLED).fx().find(Currency.of(currency), year).orElseThrow().perUsd();
    }

    @Test
    void exchangeRatesAreTheWdiValuesAsPrinted() {
        // WDI PA.NUS.FCRF, vintages of 2025-07-01 and 2026-07-01 alike (IMF IFS period averages)
        assertEquals(new BigDecimal("45.7258121212121"), fx("INR", 2010));
        assertEquals(new BigDecimal("87.779875"), fx("JPY", 2010));
        assertEquals(new BigDecimal("5.6219429176105"), fx("EGP", 2010));
        assertEquals(new BigDecimal("1156.46"), fx("KRW", 2010));
        assertEquals(new BigDecimal("2.147"), fx("VEF", 2008));
        // the euro legacy currencies: Germany in DEM up to 1998
        assertEquals(new BigDecimal("1.7596676"), fx("DEM", 1998));
        assertEquals(new BigDecimal("4.2000000032"), fx("DEM", 1960));
        assertTrue(ReferenceData.of(BUNDLED).fx().find(Currency.of("DEM"), 1999).isEmpty(), "DEM ends with 1998: from 1999 it is EUR");
        ExchangeRates.Rate inr = ReferenceData.of(BUNDLED).fx().find(Currency.of("INR"), 2010).orElseThrow();
        assertTrue(inr.value().source().contains("PA.NUS.FCRF") && inr.value().source().contains("CC BY 4.0"), inr.value().source());
        assertTrue(inr.value().where().startsWith("data/reference/wdi-fx.csv:"), inr.value().where());
    }

    @Test
    void theSypRowsOfFxCsvAreTheWdiSyriaRows() {
        ExchangeRates own = ExchangeRates.read(BUNDLED.table(ReferenceData.FX));
        TreeMap<Integer, ReferenceValue> syr = wdi().series(WdiTables.Table.FX, "SYR");
        int checked = 0;
        for (int y = 1960; y <= 2025; y++) {
            var r = own.find(Currency.of("SYP"), y);
            if (r.isPresent()) {
                assertEquals(0, r.get().perUsd().compareTo(syr.get(y).value()), "SYP " + y);
                checked++;
            }
        }
        assertEquals(63, checked);
    }

    @Test
    void cpiAgreesWithThePublishedLevels() {
        // FP.CPI.TOTL (2010 = 100) as published in the 2022 vintage: open-numbers/ddf--world_bank--world_development_indicators
        // @8b0bc61a9ad514a869b6d9f63feac1ed86285591:datapoints/ddf--datapoints--fp_cpi_totl--by--economy--year.csv
        String[] published = {"AUS,1960,7.9604578564", "AUS,2021,124.2715920916", "AUT,1960,17.8241667433", "BGD,2021,200.4370391750",
            "AZE,2021,171.9431827583", "BHR,2021,115.3158755024", "ABW,1984,39.8575370165", "BEL,1960,15.5960812460",
            "DZA,1969,2.5690245335", "ARM,1993,0.4620302957", "SYR,1960,1.4534473316", "SYR,1990,33.3876067915",
            "ESP,2021,114.0244221105", "SWE,1960,9.2109133888", "CHE,2021,99.3992842452", "LKA,1960,1.4876690345",
            "SDN,2021,16245.8889681416", "SLB,1971,2.4596371685", "KNA,1979,31.6546093070"};
        for (String p : published) {
            String[] f = p.split(",");
            BigDecimal ours = wdi().value(WdiTables.Table.CPI, f[0], Integer.parseInt(f[1])).orElseThrow().value();
            BigDecimal rel = ours.divide(new BigDecimal(f[2]), MathContext.DECIMAL64).subtract(BigDecimal.ONE).abs();
            assertTrue(rel.compareTo(new BigDecimal("1e-7")) <= 0, p + ": ours " + ours + ", off by " + rel);
        }
        assertEquals(0, wdi().value(WdiTables.Table.CPI, "SYR", 2010).orElseThrow().value().compareTo(new BigDecimal(100)));
    }

    @Test
    void deflatorRatiosAgreeWhereTheNationalAccountsWereNotRevised() {
        // NY.GDP.DEFL.ZS, 2021 vintage (open-numbers ...@6e76d49b...): Andorra 1970 = 4.3313949905 with 2010 = 100
        BigDecimal and1970 = wdi().value(WdiTables.Table.DEFLATOR, "AND", 1970).orElseThrow().value();
        BigDecimal rel = and1970.divide(new BigDecimal("4.3313949905"), MathContext.DECIMAL64).subtract(BigDecimal.ONE).abs();
        assertTrue(rel.compareTo(new BigDecimal("1e-9")) <= 0, "AND 1970: " + and1970);
        assertEquals(0, wdi().value(WdiTables.Table.DEFLATOR, "SYR", 2010).orElseThrow().value().compareTo(new BigDecimal(100)));
    }

    @Test
    void everyRowHasASourceWithItsLicence() {
        Map<String, WdiTables.Source> sources = wdi().sources();
        for (WdiTables.Table t : WdiTables.Table.values()) {
            long[] rows = {0};
            CsvTable.of(BUNDLED.table(t.table()), "country", "year", "source").forEach(row -> {
                WdiTables.Source s = sources.get(row.required("source"));
                assertTrue(s != null, row.where() + ": source key " + row.text("source"));
                // the World Bank's CC BY 4.0, or the IMF's terms for the WEO levels that stand in for a break (Belize, Lesotho)
                assertEquals(s.key().startsWith("imf-") ? "IMF copyright and usage terms (https://www.imf.org/external/terms.htm)" : "CC BY 4.0",
                        s.licence(), row.where());
                // every source names the public copy it was read from: repository@commit:path
                assertTrue(java.util.regex.Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}:\\S+").matcher(s.text()).find(), s.key());
                rows[0]++;
            });
            assertTrue(rows[0] > 9000, t + " has " + rows[0] + " rows");
        }
        CsvTable.of(BUNDLED.table(WdiTables.CURRENCIES), "currency", "source").forEach(row ->
                assertTrue(sources.containsKey(row.required("source")), row.where()));
    }

    @Test
    void everyCurrencyIsServedByACountryWithRatesInItsYears() {
        WdiTables w = wdi();
        assertTrue(w.currencies().size() >= 150, w.currencies().size() + " currencies");
        for (Currency c : w.currencies()) {
            WdiTables.Served s = w.served(c).orElseThrow();
            TreeMap<Integer, ReferenceValue> rows = w.series(WdiTables.Table.FX, s.country());
            assertEquals(s.years().first(), rows.firstKey(), c + " " + s.country());
            assertTrue(rows.containsKey(s.years().last()), c + " " + s.country() + " " + s.years());
        }
        assertEquals("EMU", w.served(Currency.of("EUR")).orElseThrow().country());
        assertEquals("DEU", w.served(Currency.of("DEM")).orElseThrow().country());
        assertTrue(w.served(Currency.of("ZWL")).isEmpty(), "ZWE mixes several currencies and is left out");
    }

    @Test
    void theIndexIsTheByteRangesOfTheCsvFiles() throws IOException {
        List<String> rebuilt = new ArrayList<>();
        rebuilt.add("table,country,line,offset,length");
        for (WdiTables.Table t : WdiTables.Table.values()) {
            byte[] data;
            try (InputStream in = BUNDLED.table(t.table()).open()) {
                data = in.readAllBytes();
            }
            Map<String, long[]> at = new LinkedHashMap<>();
            int pos = indexOf(data, 0) + 1;
            long line = 2;
            while (pos < data.length) {
                int end = indexOf(data, pos) + 1;
                String row = new String(data, pos, end - pos, StandardCharsets.UTF_8);
                String country = row.substring(0, row.indexOf(','));
                long[] a = at.computeIfAbsent(country, k -> new long[3]);
                if (a[2] == 0) {
                    a[0] = line;
                    a[1] = pos;
                }
                a[2] += end - pos;
                pos = end;
                line++;
            }
            at.forEach((c, a) -> rebuilt.add(t.table().substring("reference/".length()).replace(".csv", "") + "," + c + ","
                    + a[0] + "," + a[1] + "," + a[2]));
        }
        String expected = String.join("\n", rebuilt) + "\n";
        if (Boolean.getBoolean("wdi.index.update")) {
            Files.writeString(Path.of("data/reference/wdi-index.csv"), expected);
        }
        String committed;
        try (InputStream in = BUNDLED.table(WdiTables.INDEX).open()) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, committed, "data/reference/wdi-index.csv is stale: rebuild it with -Dwdi.index.update=true");
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no newline after byte " + from);
    }

    @Test
    void aSliceReadThroughTheIndexEqualsTheRowsReadWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        for (String name : List.of(WdiTables.Table.FX.table(), WdiTables.SOURCES, WdiTables.CURRENCIES)) {
            try (InputStream in = BUNDLED.table(name).open()) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        assertTrue(Files.exists(ref.resolve("wdi-fx.csv")));
        WdiTables noIndex = WdiTables.of(DataSet.folder(dir, dir, new ByteArrayInputStream(new byte[0]))).orElseThrow();
        for (String country : List.of("ABW", "SYR", "ZMB", "EMU")) {
            TreeMap<Integer, ReferenceValue> whole = noIndex.series(WdiTables.Table.FX, country);
            TreeMap<Integer, ReferenceValue> indexed = wdi().series(WdiTables.Table.FX, country);
            assertEquals(whole.keySet(), indexed.keySet(), country);
            whole.forEach((y, v) -> {
                assertEquals(v.value(), indexed.get(y).value(), country + " " + y);
                assertEquals(v.where().replace(dir.resolve("reference/wdi-fx.csv").toString(), "data/reference/wdi-fx.csv"),
                        indexed.get(y).where(), country + " " + y);
            });
        }
    }

    @Test
    void aBadCellInAWdiTableNamesFileLineAndColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (InputStream in = BUNDLED.table(WdiTables.SOURCES).open()) {
            Files.write(dir.resolve(WdiTables.SOURCES), in.readAllBytes());
        }
        Files.writeString(ref.resolve("wdi-fx.csv"), "country,year,rate,source\nSYR,2005,11.225,wdi-fx\nSYR,2006,-1,wdi-fx\n");
        WdiTables w = WdiTables.of(DataSet.folder(dir, dir, new ByteArrayInputStream(new byte[0]))).orElseThrow();
        InputException e = assertThrows(InputException.class, () -> w.series(WdiTables.Table.FX, "SYR"));
        assertTrue(e.getMessage().endsWith("reference/wdi-fx.csv:3: column 'rate': '-1' must be greater than zero"), e.getMessage());
        Files.writeString(ref.resolve("wdi-fx.csv"), "country,year,rate,source\nSYR,2005,11.225,nowhere\n");
        WdiTables w2 = WdiTables.of(DataSet.folder(dir, dir, new ByteArrayInputStream(new byte[0]))).orElseThrow();
        InputException e2 = assertThrows(InputException.class, () -> w2.series(WdiTables.Table.FX, "SYR"));
        assertTrue(e2.getMessage().contains("wdi-fx.csv:2: column 'source': unknown source key 'nowhere'"), e2.getMessage());
    }
}
