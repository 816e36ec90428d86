package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.table.DataSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExpressionsTest {
    private static final Environment NONE = Environment.withoutTables();
    private static final Environment BUNDLED = Environment.of(DataSet.bundled(Path.of("."), System.in));

    private static Quantity eval(String text) {
        return eval(text, NONE);
    }

    private static Quantity eval(String text, Environment env) {
        return assertInstanceOf(Quantity.class, Expressions.evaluate(text, env).value(), text);
    }

    private static void assertValue(String expected, Quantity q) {
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), "expected " + expected + ", got " + q.value().toPlainString());
    }

    private static void assertRange(String lo, String hi, Quantity q) {
        assertEquals(0, new BigDecimal(lo).compareTo(q.range().lo()), "low end: " + q.range());
        assertEquals(0, new BigDecimal(hi).compareTo(q.range().hi()), "high end: " + q.range());
    }

    private static ExprException error(String text) {
        return assertThrows(ExprException.class, () -> Expressions.evaluate(text, NONE), text);
    }

    @Test
    void literalsKeepTheirStatedPrecision() {
        Quantity debt = eval("13.4bn USD");
        assertValue("13400000000", debt);
        assertRange("13350000000", "13450000000", debt);
        assertEquals("USD", debt.currency().code());
        Quantity pct = eval("73%");
        assertEquals(Quantity.Dim.PERCENT, pct.dim());
        assertValue("0.73", pct);
        assertRange("0.725", "0.735", pct);
        // a plain integer is exact: counts, years, spreadsheet arguments
        assertTrue(eval("12").isExact());
        assertRange("0.075", "0.085", eval("0.08"));
    }

    @Test
    void amountLiteralsInEveryDocumentedForm() {
        for (String s : new String[] {"13.4bn USD", "USD 13.4bn", "$13.4 billion", "US$13.4bn", "13.4 b USD", "134e8 USD"}) {
            Quantity q = eval(s);
            assertValue("13400000000", q);
            assertEquals("USD", q.currency().code(), s);
        }
        Quantity loan = eval("120m SUR@1966");
        assertEquals("SUR", loan.currency().code());
        assertEquals("1966", loan.basis().toString());
        assertEquals("1989-1990", eval("1.4bn GBP@1989-1990").basis().toString());
        assertValue("1500000", eval("1_500_000 USD"));
        assertValue("9.8", eval("٩٫٨"));
    }

    @Test
    void aboutWidensAFiguresRangeToAtLeastFivePercentAndNeverNarrowsIt() {
        // 9.8bn stands for 9.75-9.85bn; about 9.8bn for 9.31-10.29bn
        Quantity q = eval("about(9.8bn USD)");
        assertValue("9800000000", q);
        assertRange("9310000000", "10290000000", q);
        assertEquals("USD", q.currency().code());
        // 3bn already stands for 2.5-3.5bn, wider than ±5 %: kept
        assertRange("2500000000", "3500000000", eval("about(3bn USD)"));
        assertRange("90", "110", eval("about(100, 10%)"));
        // a claim with an approximate figure is consistent where the plain one is not
        assertEquals(figures.model.Verdict.INCONSISTENT, Claims.verify(eval("73% of 13.4bn USD"), eval("10.2bn USD"), null).verdict());
        assertEquals(figures.model.Verdict.CONSISTENT, Claims.verify(eval("73% of 13.4bn USD"), eval("about(10.2bn USD)"), null).verdict());
        error("about(1bn USD, 150%)");
        // a bound widens one side only: "more than 3.2 bn" up to 10 % above, "almost 3.2 bn" up to 10 % below
        assertRange("3150000000", "3520000000", eval("at_least(3.2bn USD)"));
        assertRange("2880000000", "3250000000", eval("at_most(3.2bn USD)"));
    }

    @Test
    void percentOfAnAmountIsExact() {
        Quantity q = eval("73% of 13.4bn USD");
        assertValue("9782000000", q);
        assertEquals(Quantity.Dim.AMOUNT, q.dim());
        assertRange("9678750000", "9885750000", q);
        assertValue("3.618", eval("13.4 - 9.782"));
        assertValue("3618000000", eval("13.4bn USD * (1 - 73%)"));
        assertValue("3618000000", eval("13.4bn USD - 73% of 13.4bn USD"));
    }

    @Test
    void precedenceAndAssociativity() {
        assertValue("7", eval("1 + 2 * 3"));
        assertValue("9", eval("(1 + 2) * 3"));
        assertValue("1", eval("6 / 3 / 2"));
        assertValue("-4", eval("-2 * 2"));
        assertValue("2", eval("5 - 2 - 1"));
        assertValue("2", eval("2002 - 2000"));
        assertValue("2", eval("2002-2000"));
    }

    @Test
    void dimensionRules() {
        assertEquals(Quantity.Dim.NUMBER, eval("9.8bn USD / 13.4bn USD").dim());
        assertEquals(Quantity.Dim.AMOUNT, eval("9.8bn USD / 73%").dim());
        assertEquals(Quantity.Dim.PERCENT, eval("1 - 73%").dim());
        assertEquals(Quantity.Dim.PERCENT, eval("8% / 12").dim());
        // a currency-less amount never takes the currency of what it meets (issue 31: nothing assumed)
        assertTrue(error("13.4bn USD - 9.8bn").getMessage().contains("9.8bn has no currency, and none is assumed; write 9.8bn USD"));
        assertEquals(null, eval("13.4bn - 9.8bn").currency());
    }

    @Test
    void differentCurrenciesSayHowToConvertAndPointAtTheOperator() {
        ExprException e = error("13.4bn USD - 120m SUR");
        assertEquals(12, e.column());
        assertTrue(e.getMessage().startsWith("column 12: cannot subtract 120m SUR from 13.4bn USD"), e.getMessage());
        assertTrue(e.getMessage().contains("convert one first, e.g. (120m SUR in USD)"), e.getMessage());
        ExprException undated = error("13.4bn USD - 133m USD@1966");
        assertEquals(12, undated.column());
        assertTrue(undated.reason().contains("13.4bn USD has no year, and none is assumed; give its year (13.4bn USD@YEAR), or write @1966"),
                undated.reason());
        ExprException basis = error("138m USD@2002 - 95m USD@2000");
        assertTrue(basis.getMessage().contains("prices of different years (2002, 2000)"), basis.getMessage());
        assertTrue(basis.getMessage().contains("change(start, end)"), basis.getMessage());
    }

    @Test
    void errorsPointAtTheBadToken() {
        assertEquals(18, error("73% of 13.4bn USD)").column());
        assertEquals(8, error("73% of (13.4bn USD").column());
        assertEquals(3, error("2 # 3").column());
        assertEquals(13, error("2 * 3bn USD * 2bn USD").column());
        assertTrue(error("2 * 3bn USD * 2bn USD").reason().startsWith("cannot multiply two amounts"));
        assertEquals(3, error("5 + 1bn USD").column());
        assertTrue(error("1bn USD / 0").reason().startsWith("division by zero"));
        assertTrue(error("0.73 of 13.4bn USD").reason().startsWith("'of' takes a percent"));
        assertEquals(2, error("1,095 + 1").column());
        assertTrue(error("1,095 + 1").reason().contains("commas are ambiguous"));
        assertEquals(1, error("").column());
        assertEquals(5, error("1 + ").column());
        assertEquals(1, error("frob(1)").column());
        assertTrue(error("frob(1)").reason().startsWith("unknown function 'frob'"));
        assertEquals(12, error("pmt(8%/12, 10.5, 10000)").column());
        assertTrue(error("pmt(8%/12, 10)").reason().contains("'pv' is missing"));
        assertTrue(error("2000-2002 + 1").reason().contains("span of years"));
    }

    @Test
    void functionsDelegateToCalc() {
        assertValue("0.7313432835820895522388059701492537", eval("share(9.8bn USD, 13.4bn USD)"));
        assertValue("0.4526315789473684210526315789473684", eval("growth(95m USD, 138m USD)"));
        assertValue("43000000", eval("change(95m USD, 138m USD)"));
        assertEquals(0, new BigDecimal("0.2053").compareTo(eval("cagr(95m USD, 138m USD, 2)").value().setScale(4, RoundingMode.HALF_UP)));
        assertValue("0.4526", eval("round(growth(95m USD, 138m USD), 2)"));
        // ln(138/95)/2 = 0.18668839677833...; (138/95)^(1/1.5) - 1 = 0.28263667600768...
        assertValue("0.1867", eval("round(log_rate(95m USD, 138m USD, 2), 2)"));
        assertValue("0.2826", eval("round(cagr(95m USD, 138m USD, 1.5), 2)"));
        assertTrue(error("growth(0 USD, 5 USD)").reason().contains("start is 0"));
        assertTrue(error("cagr(1 USD, 5 GBP, 2)").reason().contains("(5 GBP in USD)"));
        assertValue("9800000000", eval("round(9.782bn USD, -8)"));
    }

    @Test
    void spreadsheetExamplesThroughTheLanguage() {
        assertValue("-1037.03", eval("round(pmt(8%/12, 10, 10000), 2)"));
        assertValue("-1030.16432717797", eval("round(pmt(0.08/12, 10, 10000, 0, 1), 11)"));
        assertValue("-66.6666666666667", eval("round(ipmt(0.1/12, 1, 36, 8000), 13)"));
        assertValue("-75.6231860083663", eval("round(ppmt(0.1/12, 1, 24, 2000), 13)"));
        // published -59777.1458511878 (15 digits in double); exact -59777.14585118802...
        assertValue("-59777.145851188", eval("round(pv(0.08/12, 240, 500), 9)"));
        // published 2581.40337406012 (double); exact 2581.40337406017915...
        assertValue("2581.4033740602", eval("round(fv(0.06/12, 10, -200, -500, 1), 10)"));
        // published 0.00770147248820137 (double, 12 good digits); exact 0.00770147248820204...
        assertEquals(0, new BigDecimal("0.00770147248820").compareTo(eval("rate(48, -200, 8000)").value().setScale(14, RoundingMode.HALF_UP)));
        assertValue("1188.44", eval("round(npv(10%, -10000, 3000, 4200, 6800), 2)"));
        assertEquals(0, new BigDecimal("0.0866309").compareTo(
                eval("irr(-70000, 12000, 15000, 18000, 21000, 26000)").value().setScale(7, RoundingMode.HALF_UP)));
        // named arguments, and amounts keep their currency
        assertValue("-1037.03", eval("round(pmt(pv=10000, nper=10, rate=8%/12), 2)"));
        assertEquals("USD", eval("pmt(8%/12, 10, 10000 USD)").currency().code());
    }

    @Test
    void precisionIsCarriedThroughFunctions() {
        Quantity g = eval("growth(95m USD, 138m USD)");
        // [137.5/95.5 - 1, 138.5/94.5 - 1]
        assertEquals(0, new BigDecimal("0.4398").compareTo(g.range().lo().setScale(4, RoundingMode.HALF_UP)), g.range().toString());
        assertEquals(0, new BigDecimal("0.4656").compareTo(g.range().hi().setScale(4, RoundingMode.HALF_UP)), g.range().toString());
        Value.Record w = assertInstanceOf(Value.Record.class, Expressions.evaluate("writeoff(13.4bn USD, 73%)", NONE).value());
        Quantity remaining = (Quantity) w.fields().get("remaining");
        assertValue("3618000000", remaining);
        assertTrue(remaining.range().contains(new BigDecimal("3600000000")));
        assertTrue(!remaining.range().contains(new BigDecimal("2110000000")));
    }

    @Test
    void lookupsReadTheTablesInUse() {
        Quantity q = eval("exports(RU, SY, 2002)", BUNDLED);
        assertValue("138000000", q);
        assertEquals("2002", q.basis().toString());
        assertValue("2110000000", eval("writeoffs(SY, RU, 2005).remaining", BUNDLED));
        assertValue("0.73", eval("writeoffs('SY', 'RU', 2005).percent", BUNDLED));
        assertValue("84000000", eval("balance(RU, SY, 2000)", BUNDLED));
        assertValue("1400000000", eval("exports(SY, SU, 1989-1990)", BUNDLED));
        assertValue("13400000000", eval("debts(SY, RU, 2005)", BUNDLED));
        ExprException missing = assertThrows(ExprException.class, () -> Expressions.evaluate("exports(RU, SY, 2003)", BUNDLED));
        assertTrue(missing.reason().contains("periods there: 2000, 2002"), missing.getMessage());
        ExprException field = assertThrows(ExprException.class, () -> Expressions.evaluate("writeoffs(SY, RU, 2005).rest", BUNDLED));
        assertEquals(25, field.column());
    }

    @Test
    void conversionNeedsATarget() {
        ExprException e = error("120m SUR@1966 in 5");
        assertTrue(e.reason().contains("target"), e.getMessage());
    }
}
