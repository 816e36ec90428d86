package figures.expr;

import static figures.expr.ExprChecks.assertContains;
import static figures.expr.ExprChecks.error;
import static figures.expr.ExprChecks.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each function promises about its arguments and its result's unit: one currency and one
 * price basis among its amounts (or an error that says which), the result in that currency and
 * basis, the least number of values it takes, and the reason it gives when a rate is undefined.
 * Written where mutation testing showed a removed check or a swapped branch going unseen.
 */
class FunctionContractsTest {
    private static final Environment NONE = Environment.withoutTables();

    @Test
    void financeFunctionsRefuseAmountsInTwoCurrencies() {
        for (String call : List.of("pmt(5%, 10, 100 USD, 10 EUR)", "pv(5%, 10, -10 USD, 100 EUR)", "fv(5%, 10, -10 USD, 100 EUR)",
                "nper(5%, -10 USD, 100 EUR)", "rate(10, -10 USD, 100 EUR)", "rri(10, 100 USD, 200 EUR)", "npv(5%, 100 USD, 100 EUR)",
                "irr(-100 USD, 60 EUR, 60 USD)", "ipmt(5%, 1, 10, 100 USD, 10 EUR)", "ppmt(5%, 1, 10, 100 USD, 10 EUR)")) {
            String name = call.substring(0, call.indexOf('('));
            assertContains(name + "(): the amounts are in different currencies", error(call));
        }
    }

    @Test
    void financeFunctionsRefuseAmountsOfTwoPriceYearsOrADatedAndAnUndatedOne() {
        assertContains("pmt(): the amounts are in prices of different years (100 USD@2000, 10 USD@2001)",
                error("pmt(5%, 10, 100 USD@2000, 10 USD@2001)"));
        assertContains("pmt(): 100 USD@2000 is in prices of 2000 but 10 USD has no year", error("pmt(5%, 10, 100 USD@2000, 10 USD)"));
        assertContains("pmt(): 10 USD@2001 is in prices of 2001 but 100 USD has no year", error("pmt(5%, 10, 100 USD, 10 USD@2001)"));
        assertContains("nper(): 100 USD@2000 is in prices of 2000 but -10 USD has no year", error("nper(5%, -10 USD, 100 USD@2000)"));
    }

    @Test
    void aMoneyResultIsInItsArgumentsCurrencyAndPrices() {
        // one period at 10 %: 100 lent, 110 paid back
        Quantity dated = eval("pmt(10%, 1, 100 USD@2000)");
        assertEquals(0, new BigDecimal("-110").compareTo(dated.value()));
        assertEquals(Currency.USD, dated.currency());
        assertEquals(Period.of(2000), dated.basis());
        Quantity undated = eval("pmt(10%, 1, 100 EUR)");
        assertEquals(Currency.of("EUR"), undated.currency());
        assertNull(undated.basis());
        Quantity plain = eval("pmt(10%, 1, 100)");
        assertEquals(Quantity.Dim.NUMBER, plain.dim());
        assertNull(plain.currency());
        // a rate from amounts is a percent, not money
        assertEquals(Quantity.Dim.PERCENT, eval("irr(-100 USD, 110 USD)").dim());
        assertEquals(Quantity.Dim.AMOUNT, eval("npv(10%, 110 USD)").dim());
    }

    @Test
    void trailingValuesNeedTheirLeastNumber() {
        assertContains("npv() needs at least 1 value (usage: npv(rate, values...))", error("npv(5%)"));
        assertContains("irr() needs at least 2 values (usage: irr(values..., [guess=…]))", error("irr(-100)"));
        // exactly the least number is taken: 110 a period from now at 10 % is worth 100 now
        assertEquals(0, new BigDecimal("100").compareTo(eval("npv(10%, 110 USD)").value()));
        assertEquals(0, new BigDecimal("0.1").compareTo(eval("irr(-100 USD, 110 USD)").value()));
    }

    @Test
    void anUndefinedRateGivesItsOwnReasonOnly() {
        assertEquals("growth(): start is 0: no % change", message("growth(0, 5)"));
        assertEquals("cagr(): start and end must both be positive for an annual rate", message("cagr(0 USD, 5 USD, 3)"));
        assertEquals("log_rate(): start and end must both be positive for an annual rate", message("log_rate(-1 USD, 5 USD, 3)"));
    }

    /** The error message without its column prefix. */
    private static String message(String text) {
        String m = error(text);
        return m.substring(m.indexOf(": ") + 2);
    }

    @Test
    void growthBetweenAPercentAndAnAmountIsRefusedEitherWay() {
        assertContains("cannot take the growth from a percent (5%) to an amount (100 USD)", error("growth(5%, 100 USD)"));
        assertContains("cannot take the growth from an amount (100 USD) to a percent (5%)", error("growth(100 USD, 5%)"));
        assertContains("cannot take the growth from a plain number (5) to an amount (100 USD)", error("change(5, 100 USD)"));
    }

    @Test
    void aChangeKeepsThePricesOnlyWhenBothShareThem() {
        Quantity same = eval("change(100 USD@2000, 120 USD@2000)");
        assertEquals(Period.of(2000), same.basis());
        assertEquals(Quantity.Dim.AMOUNT, same.dim());
        assertEquals(0, new BigDecimal("20").compareTo(same.value()));
        assertNull(eval("change(100 USD@2000, 120 USD@2001)").basis());
        assertNull(eval("change(100 USD, 120 USD@2001)").basis());
        Quantity points = eval("change(5%, 7%)");
        assertEquals(Quantity.Dim.PERCENT, points.dim());
        assertEquals(0, new BigDecimal("0.02").compareTo(points.value()));
    }

    @Test
    void theGrantElementShowsItsValuationSteps() {
        List<String> steps = Expressions.evaluate("grant_element(2.5%, 10, annuity, 5%)", NONE).steps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("grant element")), String.join("\n", steps));
        assertTrue(steps.size() > 2, String.join("\n", steps));
    }

    @Test
    void anApproximationsShareLiesBetweenNoneAndAll() {
        assertContains("share must lie between 0% and 100%, got 101%", error("about(100, 101%)"));
        assertContains("share must lie between 0% and 100%, got -1%", error("about(100, -1%)"));
        Quantity all = eval("about(100, 100%)");
        assertEquals(0, BigDecimal.ZERO.compareTo(all.range().lo()));
        assertEquals(0, new BigDecimal("200").compareTo(all.range().hi()));
        // a share of 0 % leaves the range as stated
        assertEquals(eval("100.0").range(), eval("about(100.0, 0%)").range());
        Quantity above = eval("at_least(100)");
        assertEquals(0, new BigDecimal("100").compareTo(above.range().lo()));
        assertEquals(0, new BigDecimal("110").compareTo(above.range().hi()));
        Quantity below = eval("at_most(100)");
        assertEquals(0, new BigDecimal("90").compareTo(below.range().lo()));
        assertEquals(0, new BigDecimal("100").compareTo(below.range().hi()));
    }

    @Test
    void aRatioOfAmountsNeedsOneCurrencyAndOneBasis() {
        assertContains("cannot take the ratio of a plain number (4) and an amount (2 USD)", error("ratio(4, 2 USD)"));
        assertContains("cannot take the ratio of an amount (4 USD) and a plain number (2)", error("ratio(4 USD, 2)"));
        assertContains("1 USD@2000 is in prices of 2000 but 4 USD has no year", error("share(1 USD@2000, 4 USD)"));
        assertEquals(0, new BigDecimal("0.25").compareTo(eval("share(1 USD@2000, 4 USD@2000)").value()));
        assertContains("division by zero", error("ratio(4 USD, 0 USD)"));
    }
}
