package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.PercentPoints;
import figures.model.Tolerance;
import figures.model.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims whose expected figure leaves out a currency or a year, ratios claimed as percents, and tolerances in a currency. */
class ClaimsEdgesTest {
    private static Value v(String text) {
        return Expressions.evaluate(text, Environment.withoutTables()).value();
    }

    private static Claims.Outcome verify(String claim, String expected, String tolerance) {
        return Claims.verify(v(claim), v(expected), tolerance == null ? null : Tolerance.parse(tolerance));
    }

    private static String mismatch(String claim, String expected, String tolerance) {
        Claims.Mismatch m = assertThrows(Claims.Mismatch.class, () -> verify(claim, expected, tolerance));
        return m.column() + ": " + m.getMessage();
    }

    @Test
    void anExpectedFigureWithoutACurrencyTakesTheClaims() {
        Claims.Outcome o = verify("2 USD@2020 + 3 USD@2020", "5@2020", null);
        assertEquals("5 USD@2020", o.expected().describe());
        assertEquals(Verdict.CONSISTENT, o.verdict());
        assertEquals("0 USD@2020", o.difference().describe());
        assertEquals("5 EUR@2020", verify("5 EUR@2020", "5@2020", null).expected().describe());
    }

    @Test
    void aRatioClaimedAsAPercentDiffersInPoints() {
        Claims.Outcome o = verify("1 / 4", "26%", null);
        assertEquals("25%", o.computed().describe());
        assertEquals(new PercentPoints(new BigDecimal("-1")).toString(), ((PercentPoints) o.differenceCell()).toString());
        assertEquals(Verdict.INCONSISTENT, o.verdict());
        assertEquals("expected 26% stands for [25.5%, 26.5%]; the claim, with the precision of its figures as stated, gives [25%, 25%] -> inconsistent", o.why());
        assertEquals(new BigDecimal("-1.75"), verify("1 / 4", "2", null).differenceCell(), "two plain numbers differ in their own units");
    }

    @Test
    void toleranceTextsAndVerdicts() {
        Claims.Outcome o = verify("9.79bn USD", "9.8bn USD", "±0.01bn USD");
        assertEquals(Verdict.CONSISTENT, o.verdict());
        assertEquals("expected 9.8bn USD ±0.01bn USD allows [9.79bn, 9.81bn] USD; the claim gives 9.79bn USD -> consistent", o.why());
        assertEquals(Verdict.INCONSISTENT, verify("9.789bn USD", "9.8bn USD", "±0.01bn USD").verdict());
        assertEquals(Verdict.CONSISTENT, verify("9.79bn", "9.8bn", "±0.01bn").verdict());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 USD@2020 | 5 USD@2021 | | expected: the claim gives 5 USD@2020 but the expected figure is in prices of 2021; convert the claim (… in USD@2021)",
        "5@2020     | 5@2021     | | expected: the claim gives 5@2020 but the expected figure is in prices of 2021; convert the claim (… in @2021)",
        "5 USD@2020 | 5 USD      | | expected: the claim gives 5 USD@2020 (prices of 2020) but the expected figure 5 USD has no year, and none is assumed; write it as …@2020 if it is in 2020 prices",
        "5 USD      | 5 USD@2021 | | expected: the expected figure 5 USD@2021 is in prices of 2021 but the claim gives 5 USD with no year, and none is assumed; give the claim's year, or convert it (… in USD@2021)",
        "5 USD      | 5@2021     | | expected: the expected figure 5@2021 is in prices of 2021 but the claim gives 5 USD with no year, and none is assumed; give the claim's year, or convert it (… in USD@2021)",
        "5 USD      | 5 EUR      | | expected: the claim gives 5 USD but the expected figure is in EUR; convert the claim (… in EUR)",
        "5          | 5          | ±1 USD | tolerance: '±1 USD' is in USD but the claim gives 5",
        "5 EUR      | 5 EUR      | ±1 USD | tolerance: '±1 USD' is in USD but the claim gives 5 EUR",
        "50%        | 50%        | ±1     | tolerance: '±1' is ambiguous for a percent: write ±0.1pp for percentage points or ±0.5% for a share of the expected value",
        "5          | 5          | ±1pp   | tolerance: '±1pp' is in percentage points, but the claim gives a plain number (5)",
        "5          | writeoff(debt=100, percent=50%) | | expected: writeoff(debt=100, percent=50%) is a record: pick one of its fields (.debt, .percent, .written_off, .remaining)",
    })
    void mismatchesNameTheColumn(String claim, String expected, String tolerance, String message) {
        assertEquals(message, mismatch(claim, expected, tolerance));
    }

    @Test
    void aClaimThatIsNoFigure() {
        Claims.Mismatch m = assertThrows(Claims.Mismatch.class, () -> Claims.verify(new Value.Target(figures.model.Currency.USD, null), v("5"), null));
        assertEquals("claim: 'USD' is a conversion target, not a figure (a number, percent or amount)", m.column() + ": " + m.getMessage());
    }

    @Test
    void aToleranceInTheClaimsCurrencyOrWithoutOneFits() {
        assertEquals(Verdict.CONSISTENT, verify("5 USD", "5.5 USD", "±1 USD").verdict());
        assertEquals(Verdict.CONSISTENT, verify("5", "5.5", "±1").verdict());
        assertEquals(Verdict.CONSISTENT, verify("5 USD", "5.5 USD", "±1").verdict());
    }
}
