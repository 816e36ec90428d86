package figures.expr;

import static figures.expr.ExprChecks.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.table.DataSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups in a folder of tables (read once, their rows' sources in the steps, what a row leaves
 * out) and conversions with the bundled reference data (the target's currency or year kept from
 * the value, the refusals).
 */
class LookupsAndConversionsTest {
    private static final Environment BUNDLED = Environment.of(DataSet.bundled(Path.of("."), System.in));

    @TempDir
    Path dir;

    private Environment folder() throws IOException {
        Files.writeString(dir.resolve("exports.csv"), """
                exporter,importer,period,value,currency,note,source
                RU,SY,2002,138m,USD,,SANA
                SY,RU,2002,40m,USD,,
                RU,SY,2003,0.2bn,USD,,
                """);
        Files.writeString(dir.resolve("debts.csv"), """
                debtor,creditor,year,amount,currency,note,source
                SY,RU,2005,13.4bn,USD,,Reuters
                """);
        Files.writeString(dir.resolve("loans.csv"), """
                lender,borrower,year,principal,currency,purpose,rate,maturity,grace,repayment,frequency,note,source
                SU,SY,1966,120m,SUR,dam,2.5%,12,3,equal,2,,
                SU,SY,1972,25m,SUR,oil,,,,,,,
                """);
        Files.writeString(dir.resolve("writeoffs.csv"), """
                debtor,creditor,year,debt,percent,written_off,remaining,currency,note,source
                SY,RU,2005,13.4bn,73,,,USD,,
                """);
        return Environment.of(DataSet.folder(dir, dir, System.in));
    }

    private static Expressions.Result run(String text, Environment env) {
        return Expressions.evaluate(text, env);
    }

    private static String describe(String text, Environment env) {
        return run(text, env).value().describe();
    }

    @Test
    void lookupsGiveTheRowsFiguresAndSayWhereTheyAreFrom() throws IOException {
        Environment env = folder();
        assertEquals("138m USD@2002", describe("exports(RU, SY, 2002)", env));
        assertEquals("98m USD@2002", describe("balance(RU, SY, 2002)", env));
        assertEquals("345%", describe("coverage(RU, SY, 2002)", env));
        assertEquals("13.4bn USD@2005", describe("debts(SY, RU, 2005)", env));
        List<String> steps = run("exports(RU, SY, 2002)", env).steps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("exports lookup: 138m USD@2002 from ") && s.endsWith(":2 (source: SANA)")), steps.toString());
        assertTrue(run("exports(SY, RU, 2002)", env).steps().stream().anyMatch(s -> s.startsWith("exports lookup: 40m USD@2002 from ")
                && s.endsWith(":3")), "a row without a source says none");
        assertTrue(run("debts(SY, RU, 2005)", env).steps().stream().anyMatch(s -> s.endsWith(":2 (source: Reuters)")));
        assertEquals("9.782bn USD@2005", describe("writeoffs(SY, RU, 2005).written_off", env));
        assertEquals("3.618bn USD@2005", describe("writeoffs(SY, RU, 2005).remaining", env));
        assertEquals("73%", describe("writeoffs(SY, RU, 2005).percent", env));
        assertEquals("120m SUR@1966", describe("loans(SU, SY, 1966).principal", env));
        assertEquals("2.5%", describe("loans(SU, SY, 1966).rate", env));
        assertEquals("12", describe("loans(SU, SY, 1966).maturity", env));
        assertEquals("3", describe("loans(SU, SY, 1966).grace", env));
        Value.Record loan = assertInstanceOf(Value.Record.class, run("loans(SU, SY, 1966)", env).value());
        assertEquals("equal", loan.fields().get("repayment").describe());
        assertEquals("2", describe("loans(SU, SY, 1966).frequency", env));
        Value sparse = run("loans(SU, SY, 1972)", env).value();
        assertEquals(List.of("principal"), List.copyOf(assertInstanceOf(Value.Record.class, sparse).fields().keySet()));
    }

    @Test
    void aMissingRowNamesWhatTheTableHas() throws IOException {
        Environment env = folder();
        assertContains("no exports from RU to SY in 2001 in", error("exports(RU, SY, 2001)", env));
        assertContains("(periods there: 2002, 2003)", error("exports(RU, SY, 2001)", env));
        assertContains("(exporter→importer pairs there: RU→SY, SY→RU)", error("exports(RU, IQ, 2002)", env));
        assertContains("(rows there: SY RU 2005)", error("debts(SY, RU, 2006)", env));
        assertContains("(rows there: SU SY 1966, SU SY 1972)", error("loans(SU, SY, 1967)", env));
        assertContains("no write-off of SY's debt to RU in 2006 in ", error("writeoffs(SY, RU, 2006)", env));
        assertContains("(rows there: SY RU 2005)", error("writeoffs(SY, RU, 2006)", env));
        // a code that is also a currency's (TOP, ALL) is a name here
        assertContains("debts(): no debt of TOP to RU in 2005 in ", error("debts(TOP, RU, 2005)", env));
        assertContains("column 7: debts(): debtor must be a name such as RU or 'SY', not a plain number (5)", error("debts(5, RU, 2005)", env));
        assertContains("debtor must be a name such as RU or 'SY', not a conversion target (USD@2020)", error("debts(USD@2020, RU, 2005)", env));
    }

    @Test
    void eachTableIsReadOnceAndKept() throws IOException {
        Environment env = folder();
        assertEquals("138m USD@2002", describe("exports(RU, SY, 2002)", env));
        assertEquals("13.4bn USD@2005", describe("debts(SY, RU, 2005)", env));
        assertEquals("73%", describe("writeoffs(SY, RU, 2005).percent", env));
        assertEquals("120m SUR@1966", describe("loans(SU, SY, 1966).principal", env));
        for (String table : new String[] {"exports.csv", "debts.csv", "loans.csv", "writeoffs.csv"}) {
            Files.delete(dir.resolve(table));
        }
        assertEquals("200m USD@2003", describe("exports(RU, SY, 2003)", env));
        assertEquals("13.4bn USD@2005", describe("debts(SY, RU, 2005)", env));
        assertEquals("9.782bn USD@2005", describe("writeoffs(SY, RU, 2005).written_off", env));
        assertEquals("25m SUR@1972", describe("loans(SU, SY, 1972).principal", env));
    }

    private static String error(String text, Environment env) {
        return assertThrows(ExprException.class, () -> Expressions.evaluate(text, env), text).getMessage();
    }

    @Test
    void aConversionKeepsWhatItsTargetLeavesOut() {
        Quantity inUsd = assertInstanceOf(Quantity.class, run("convert(120m SUR@1966, USD)", BUNDLED).value());
        assertEquals("USD", inUsd.currency().code());
        assertEquals(1966, inUsd.basis().first());
        Quantity atYear = assertInstanceOf(Quantity.class, run("convert(1m USD@2000, @2010)", BUNDLED).value());
        assertEquals("USD", atYear.currency().code());
        assertEquals(2010, atYear.basis().first());
        assertTrue(atYear.value().compareTo(new BigDecimal("1000000")) > 0, "prices rose: " + atYear.describe());
        List<String> steps = run("120m SUR@1966 in USD", BUNDLED).steps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("SUR → USD at 1966's rate: 120m SUR@1966 ÷ 0.90 SUR per USD = 133.33")), steps.toString());
    }

    @Test
    void theNotesOfAReferenceValueAreSteps() {
        List<String> steps = run("convert(1m SYP@2010, USD@2020)", BUNDLED).steps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("note: SYP per USD 2010: CAUTION: official rate 11.225")), steps.toString());
    }

    @Test
    void aGivenRateOrMethodReplacesTheDefault() {
        Expressions.Result given = run("convert(120m SUR@1966, USD, rate='0.90 SUR per USD')", BUNDLED);
        assertTrue(given.steps().stream().anyMatch(s -> s.startsWith("SUR → USD at the given rate: 120m SUR@1966 ÷ 0.90 SUR per USD")), given.steps().toString());
        Expressions.Result plain = run("convert(120m SUR@1966, USD, rate=0.9)", BUNDLED);
        assertTrue(plain.steps().stream().anyMatch(s -> s.contains("--rate 0.9 read as 0.9 SUR per USD")), plain.steps().toString());
        assertEquals("≈2.2778975122m USD@2020", describe("convert(1m GBP@2000, USD@2020)", BUNDLED));
        assertEquals("≈1.9023615891m USD@2020", describe("convert(1m GBP@2000, USD@2020, method='deflate-then-convert')", BUNDLED));
    }

    @Test
    void missingReferenceDataSaysWhatToGive() {
        ExprException rate = assertThrows(ExprException.class, () -> run("convert(1m SYP@1900, USD)", BUNDLED));
        assertEquals(3, rate.exitCode());
        assertEquals("column 1: no exchange rate for SYP in 1900: data/reference/fx.csv has SYP for 1960-2022; nothing is interpolated:"
                + " give the rate: convert(1m SYP@1900, USD, rate='R SYP per USD')", rate.getMessage());
        ExprException inside = assertThrows(ExprException.class, () -> run("1 + convert(1m SYP@1900, USD)", BUNDLED));
        assertEquals(5, inside.column());
        assertEquals("1 + convert(1m SYP@1900, USD)", inside.expression());
        assertContains("nothing is interpolated: the language has no index override; use figures convert with --index 1700=VALUE",
                error("convert(1m USD@1700, @2020)", BUNDLED));
    }

    @Test
    void anAmountInAYearBeforeItsCurrencyIsRefused() {
        assertEquals("column 1: '500m TRY@2003': TRY exists from 2005; for 2003 write TRL, 1 TRY = 1 000 000 TRL", error("500m TRY@2003", BUNDLED));
        assertContains("column 5: '500m TRY@2003': TRY exists from 2005", error("1 + 500m TRY@2003", BUNDLED));
        assertEquals("500m TRY@2005", describe("500m TRY@2005", BUNDLED));
        assertEquals("5 TRY", describe("5 TRY", BUNDLED));
        assertEquals("5@2003", describe("5@2003", BUNDLED));
        assertEquals("5 USD@2003", describe("5 USD@2003", BUNDLED));
        // without tables there is no redenomination table to say so
        assertEquals("500m TRY@2003", Expressions.evaluate("500m TRY@2003", Environment.withoutTables()).value().describe());
    }

    private Path referenceFolder() throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        for (String t : new String[] {"cpi.csv", "fx.csv", "redenominations.csv"}) {
            Files.copy(Path.of("data/reference").resolve(t), ref.resolve(t));
        }
        return ref;
    }

    @Test
    void referenceTablesAreReadOnceAndKept() throws IOException {
        Path ref = referenceFolder();
        Environment env = Environment.of(DataSet.folder(dir, dir, System.in));
        String first = describe("120m SUR@1966 in USD", env);
        Files.delete(ref.resolve("fx.csv"));
        Files.delete(ref.resolve("cpi.csv"));
        Files.writeString(ref.resolve("redenominations.csv"), "from,to,date,factor,source,note\n");
        assertEquals(first, describe("120m SUR@1966 in USD", env));
        // the redenominations read with the rates answer, not the table's new text
        assertContains("TRY exists from 2005", error("500m TRY@2003", env));
    }

    @Test
    void theRedenominationTableAloneSaysWhetherACurrencyExistedAndIsKept() throws IOException {
        Path ref = referenceFolder();
        Environment env = Environment.of(DataSet.folder(dir, dir, System.in));
        assertContains("TRY exists from 2005", error("500m TRY@2003", env));
        Files.writeString(ref.resolve("redenominations.csv"), "from,to,date,factor,source,note\n");
        assertContains("TRY exists from 2005", error("500m TRY@2003", env));
    }

    @Test
    void aCurrencyNoRedenominationCreatedNeedsNoTableReader() throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        Files.writeString(ref.resolve("redenominations.csv"), "from,to,date,factor,source,note\nTRL,TRY,2005-01-01,1000000,law,\nXXA,XXB,not a date,1,x,\n");
        Environment env = Environment.of(DataSet.folder(dir, dir, System.in));
        assertEquals("5 USD@2003", describe("5 USD@2003", env));
        assertEquals("5 EUR@2003", describe("5 EUR@2003", env));
        assertThrows(figures.model.FiguresException.class, () -> Expressions.evaluate("500m TRY@2003", env));
    }

    @Test
    void aFolderWithoutARedenominationTableRefusesNoYear() throws IOException {
        Environment env = Environment.of(DataSet.folder(dir, dir, System.in));
        assertEquals("500m TRY@2003", describe("500m TRY@2003", env));
    }

    @Test
    void whatCannotBeConverted() {
        assertContains("only an amount with a currency can be converted, not a plain number (5)", error("convert(5, USD)", BUNDLED));
        assertContains("only an amount with a currency can be converted, not an amount (5@2020)", error("convert(5@2020, USD)", BUNDLED));
        assertContains("the target must be a currency and/or a year, e.g. USD, USD@2024 or @2024, not a plain number (3)",
                error("convert(5 USD, 3)", BUNDLED));
        assertContains("prices are those of one year, not of 2019-2020 (e.g. @2020)", error("convert(5 USD@2020, @2019-2020)", BUNDLED));
    }
}
