package figures.expr;

import static figures.expr.ExprChecks.assertContains;
import static figures.expr.ExprChecks.error;
import static figures.expr.ExprChecks.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.calc.Finance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expression language at its edges: the longest and deepest expressions accepted, odd but
 * valid literals (an exponent's sign, a space after '@', a span with a dash or a slash, a year
 * minus itself), what each kind of value is called in a message, the steps --explain shows, and
 * how the stated precision of up to six inputs and of more is carried.
 */
class ExprEdgesTest {
    private static final Environment NONE = Environment.withoutTables();

    private static Expressions.Result result(String text) {
        return Expressions.evaluate(text, NONE);
    }

    private static void assertValue(String expected, Quantity q) {
        assertEquals(0, new BigDecimal(expected).compareTo(q.value()), "expected " + expected + ", got " + q.value().toPlainString());
    }

    @Test
    void theLongestExpressionHasTwoThousandTokens() {
        // -1 +1 +1 ... : 2 + 2 × 999 tokens
        assertValue("998", eval("-1" + "+1".repeat(999)));
        assertContains("the expression is too long (more than 2000 tokens)", error("--1" + "+1".repeat(999)));
    }

    @Test
    void theDeepestExpressionHasAHundredLevels() {
        assertValue("1", eval("(".repeat(99) + "1" + ")".repeat(99)));
        assertContains("nested too deeply (more than 100 levels", error("(".repeat(100) + "1" + ")".repeat(100)));
        assertValue("-1", eval("-".repeat(99) + "1"));
        assertContains("nested too deeply", error("-".repeat(100) + "1"));
        assertValue("1", eval("1" + "^1".repeat(99)));
        assertContains("nested too deeply", error("1" + "^1".repeat(100)));
        // levels are left again: many groups, signs and powers side by side are not deep
        assertValue("150", eval("(1)" + "+(1)".repeat(149)));
        assertValue("-150", eval("-1" + "+-1".repeat(149)));
        assertValue("300", eval("2^1" + "+2^1".repeat(149)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2e+3 * 1            | 2000",
        "2e-3 * 1            | 0.002",
        "2E3                 | 2000",
        "2000-2000           | 0",
        "2001-2000           | 1",
        ".5 + 0              | 0.5",
        "1_000 + 1           | 1001",
    })
    void oddButValidNumbers(String text, String expected) {
        assertValue(expected, eval(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 USD@ 2020 + 1 USD@2020            | 6 USD@2020",
        "5 USD@1989/1990 + 1 USD@1989-1990   | 6 USD@1989-1990",
        "5 USD@1989–1990 + 1 USD@1989-1990   | 6 USD@1989-1990",
        "5 USD@2020-(1 USD@2020)             | 4 USD@2020",
        "0 USD + 0 USD                       | 0 USD",
        "50% * 2                             | 100%",
        "2 * 50%                             | 100%",
        "2 * 3                               | 6",
        "50% / 2                             | 25%",
        "50% / 25%                           | 2",
        "123456789012                        | 123456789012",
        "1234567890123                       | ≈1234567890120",
        "1e-22 * 1                           | 0.0000000000000000000001",
        "1e-23 * 1                           | 1E-23",
        "1.0001^500 * 1                      | ≈1.05126846838",
        "10^999 / 10^998                     | 10",
        "0.1^1001 * 10^999                   | ≈0.01",
        "1.001^100                           | ≈1.10511569772",
        "1.001^-100                          | ≈0.904882630898",
        "ratio(3, 4)                         | 0.75",
        "round(1.5, 40)                      | 1.5",
        "round(15, -40)                      | 0",
        "nper(0%, -100, 1000)                | 10",
        "rri(10, 100, 200)                   | ≈7.17734625363%",
    })
    void valuesAsTheyAreShown(String text, String shown) {
        assertEquals(shown, eval(text).describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 + US                       | unknown name 'US'",
        "'abc                         | unclosed quote: ' starts a name but never ends",
        "1989–1990 + 1                | '1989-1990' is a span of years, not a number; to subtract years, write them with spaces (1989 - 1990)",
        "1,095                        | column 2: unexpected ',' (commas are ambiguous in numbers",
        "1,x                          | column 2: unexpected ',' (commas are ambiguous in numbers",
        "1 ,095                       | column 3: unexpected ',' (expected an operator: + - * / ^ of in)",
        "120m SUR@1966 in USD + 1m USD | unexpected '+' after a conversion",
        "120m SUR@1966 in USD - 1m USD | unexpected '-' after a conversion",
        "120m SUR@1966 in USD * 2     | unexpected '*' after a conversion",
        "120m SUR@1966 in USD / 2     | unexpected '/' after a conversion",
        "120m SUR@1966 in USD of 2    | unexpected 'of' after a conversion",
        "120m SUR@1966 in USD 'x'     | unexpected 'x' (expected an operator: + - * / ^ of in)",
        "5 USD@2020 in @2020          | no reference data is in use here",
        "1 +                          | the expression ends too early (expected a value after '+')",
        "1 + )                        | expected a value (a number, amount, percent, name or function call), got ')'",
        "pmt(1%, 2                    | column 4: 'pmt(' is never closed (missing ')')",
        "pmt(1% 2)                    | unexpected '2' in the arguments of pmt() (expected ',' or ')')",
        "npv(5%, values={1, 2})       | expected a value (a number, amount, percent, name or function call), got '{'",
        "10^1000 / 10^999             | beyond 1e±1000",
        "0.1^1002 * 1                 | beyond 1e±1000",
        "round(1, 41)                 | places must lie between -40 and 40, got 41",
        "round(1, 2, 3)               | column 13: round() takes at most 2 arguments (usage: round(x, [places]))",
        "2 irr({-100, 110})           | column 3: unexpected 'irr' (expected an operator: + - * / ^ of in)",
        "(1                           | column 1: '(' is never closed (missing ')')",
        "npv(5%, {1, 2                | column 9: '{' is never closed (missing '}')",
        "npv(5%, {1 2})               | column 12: unexpected '2' in a group of values of npv() (expected ',' or '}')",
        "5 USD 3                      | unexpected '3' (expected an operator",
        "round(1, -41)                | places must lie between -40 and 40, got -41",
        "pmt(1%, 10)                  | pmt(): the argument 'pv' is missing (usage: pmt(rate, nper, pv, [fv], [type]))",
        "pmt(5 USD, 10)               | column 1: pmt(): the argument 'pv' is missing (usage: pmt(rate, nper, pv, [fv], [type]))",
        "pmt(5 USD, 10, 1000)         | column 5: pmt(): rate must be a percent or a plain number, not the amount 5 USD",
        "pmt(5%, 10, 100@2020, 10@2021) | the amounts are in prices of different years (100@2020, 10@2021); convert one first, e.g. (10@2021 in USD@2020)",
        "pmt(5%, 10, 1000 EUR@2020, 10 EUR@2021) | convert one first, e.g. (10 EUR@2021 in EUR@2020)",
        "5 USD@2020 + 3@2020          | 3@2020 has no currency, and none is assumed; write 3 USD@2020 if it is in USD too",
        "5 USD + 3 EUR                | they are in different currencies; convert one first, e.g. (3 EUR in USD)",
        "5 USD@2020 + 3 EUR           | they are in different currencies; convert one first, e.g. (3 EUR in USD@2020)",
        "5@2020 + 3@2021              | they are in prices of different years (2020, 2021); convert one first, e.g. (3@2021 in USD@2020)",
        "5 EUR@2020 - 3 EUR@2021      | convert one first, e.g. (3 EUR@2021 in EUR@2020), or use change(start, end) for the change in current prices",
        "5 EUR@2020 + 3 EUR           | 5 EUR@2020 is in prices of 2020 but 3 EUR has no year, and none is assumed; give its year (3 EUR@YEAR), or write @2020",
        "RU + 1                       | unknown name 'RU'",
        "USD + 1                      | cannot add a conversion target (USD); it can only follow 'in' or be an argument of convert()",
        "USD@2020                     | USD@2020 is a conversion target; it can only follow 'in'",
        "round(@2020)                 | x must be a number, percent or amount, not a conversion target (@2020)",
        "round('SY')                  | x must be a number, percent or amount, not a name (SY)",
        "round(1989-1990)             | x must be a number, percent or amount, not a span of years (1989-1990)",
        "writeoff(debt=100, percent=50%) + 1 | writeoff(debt=100, percent=50%) is a record: pick one of its fields (.debt, .percent, .written_off, .remaining)",
        "round(writeoff(debt=100, percent=50%)) | x is writeoff(debt=100, percent=50%), a record: pick one of its fields (.debt, .percent, .written_off, .remaining)",
        "5.debt                       | .debt: only a record has fields, and 5 is a plain number",
        "writeoff(debt=100, percent=50%). | expected a field name after '.', got end of expression",
        "writeoff(debt=100, percent=50%).total | has no field 'total' (fields: .debt, .percent, .written_off, .remaining)",
        "writeoff(5 USD, 10 USD)      | percent must be a percent, not the amount 10 USD (name the arguments when they are not debt and percent",
    })
    void messagesNameWhatIsWrong(String text, String expected) {
        assertContains(expected, error(text));
    }

    @Test
    void stepsOfAnExplanation() {
        assertTrue(result("1.5 + 2.25").steps().contains("1.5 + 2.25 = 3.75"), result("1.5 + 2.25").steps().toString());
        assertTrue(result("round(2.345, 2)").steps().contains("round(2.345, 2) = 2.35"), result("round(2.345, 2)").steps().toString());
        List<String> stated = result("9.8bn USD").steps();
        assertEquals(List.of("9.8bn USD: with the precision of the figures as stated, the value lies in [9.75bn, 9.85bn] USD"), stated);
        assertEquals(List.of("1 + 2 = 3"), result("1 + 2").steps(), "an exact result has no range to state");
        Value record = result("writeoff(debt=100, percent=50%)").value();
        assertEquals("writeoff(debt=100, percent=50%)", record.describe());
        assertEquals("a record with the fields .debt, .percent, .written_off, .remaining", record.kind());
    }

    @Test
    void precisionThatCannotBeCarriedIsSaidAndTheResultTakenAsExact() {
        Expressions.Result r = result("growth(0.5 - 0.45, 1)");
        Quantity q = (Quantity) r.value();
        assertTrue(q.isExact());
        assertValue("19", q);
        assertTrue(r.steps().contains("growth(): the stated precision of its inputs could not be carried through (growth(): start is negative:"
                + " no % change); its result is taken as exact"), r.steps().toString());
        // an argument error at a corner is quoted without its column
        Expressions.Result pmt = result("pmt(5%, 10.0, 100)");
        assertTrue(((Quantity) pmt.value()).isExact());
        assertTrue(pmt.steps().contains("pmt(): the stated precision of its inputs could not be carried through (pmt(): nper must be a whole"
                + " number, got 9.95); its result is taken as exact"), pmt.steps().toString());
    }

    @Test
    void aWholePowerIsExactWithinTheDecimalPlacesAResultKeeps() {
        // 400 digits and 200 decimal places: the most that is still computed exactly
        assertEquals(new BigDecimal("1.2").pow(200), eval("1.2^200").value());
        assertEquals(new BigDecimal("1.01").pow(100), eval("1.01^100").value());
        assertEquals(50, eval("1.001^100").value().precision(), "rounded with guard digits, rounded again when shown");
    }

    @Test
    void anEmptyExpression() {
        assertEquals("column 1: empty expression (expected e.g. 73% of 13.4bn USD)", error("   "));
    }

    @Test
    void aRangeThatMayBeZero() {
        // a divisor that may be zero leaves the quotient's range unbounded: the value alone is kept
        Quantity q = eval("1 / (0.5 - 0.45)");
        assertValue("20", q);
        assertTrue(q.isExact(), q.range().toString());
        // an even power of a range across zero reaches zero
        Quantity square = eval("(0.5 - 0.45)^2");
        assertValue("0.0025", square);
        assertEquals(0, square.range().lo().signum(), square.range().toString());
        assertValue("0.011025", square.with(square.range().hi(), square.range()));
    }

    @Test
    void anErrorKnowsItsExpressionColumnAndExitCode() {
        ExprException e = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class, () -> result("1 + x"));
        assertEquals("1 + x", e.expression());
        assertEquals(5, e.column());
        assertEquals("column 5: " + e.reason(), e.getMessage());
        assertEquals(2, e.exitCode());
        assertTrue(e == e.withHint(""));
        assertTrue(e == e.at(""));
        ExprException hinted = e.withHint(" (a hint)").at("claims.csv:3: ");
        assertEquals("claims.csv:3: " + e.getMessage() + " (a hint)", hinted.getMessage());
        assertEquals(5, hinted.column());
        assertEquals(e.reason(), hinted.reason());
        assertEquals("1 + x", hinted.expression());
        assertEquals(2, hinted.exitCode());
    }

    @Test
    void aValueAfterTheGroupOfAnIrrIsItsGuess() {
        assertValue("0.1", eval("irr({-100, 110}, 5%)"));
        assertValue("0.1", eval("irr({-100, 110}, guess=5%)"));
        // two roots, 10 % and 20 %: the guess picks one
        assertValue("0.1", eval("irr({-100, 230, -132})"));
        assertValue("0.2", eval("irr({-100, 230, -132}, guess=25%)"));
    }

    /** The low and high ends of npv over every corner of its inputs' stated ranges. */
    private static BigDecimal[] npvCorners(List<BigDecimal[]> ranges) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (int mask = 0; mask < 1 << ranges.size(); mask++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int k = 1; k < ranges.size(); k++) {
                values.add(ranges.get(k)[(mask >> k) & 1]);
            }
            BigDecimal v = Finance.npv(ranges.get(0)[mask & 1], values);
            lo = lo == null ? v : lo.min(v);
            hi = hi == null ? v : hi.max(v);
        }
        return new BigDecimal[] {lo, hi};
    }

    private static BigDecimal[] range(String lo, String hi) {
        return new BigDecimal[] {new BigDecimal(lo), new BigDecimal(hi)};
    }

    @Test
    void upToSixStatedInputsAreCarriedThroughEveryCombination() {
        Quantity q = eval("npv(5%, 10.0, 20.0, 30.0, 40.0, 50.0)");
        List<BigDecimal[]> ranges = new ArrayList<>();
        ranges.add(range("0.045", "0.055")); // 5% stands for [4.5%, 5.5%]
        for (String v : new String[] {"10", "20", "30", "40", "50"}) {
            ranges.add(range(new BigDecimal(v).subtract(new BigDecimal("0.05")).toPlainString(), new BigDecimal(v).add(new BigDecimal("0.05")).toPlainString()));
        }
        BigDecimal[] corners = npvCorners(ranges);
        assertEquals(0, corners[0].compareTo(q.range().lo()), q.range() + " against " + corners[0]);
        assertEquals(0, corners[1].compareTo(q.range().hi()), q.range() + " against " + corners[1]);
    }

    @Test
    void moreThanSixAreCarriedOneAtATime() {
        String[] values = {"10", "20", "30", "40", "50", "60"};
        Quantity q = eval("npv(5%, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0)");
        List<BigDecimal> base = new ArrayList<>();
        for (String v : values) {
            base.add(new BigDecimal(v));
        }
        BigDecimal rate = new BigDecimal("0.05");
        BigDecimal exact = Finance.npv(rate, base);
        assertEquals(0, exact.compareTo(q.value()));
        // each input alone at both ends of its range; the deviations below and above are summed
        BigDecimal down = BigDecimal.ZERO;
        BigDecimal up = BigDecimal.ZERO;
        for (int slot = 0; slot <= values.length; slot++) {
            BigDecimal[] d = new BigDecimal[2];
            for (int end = 0; end < 2; end++) {
                BigDecimal delta = new BigDecimal(end == 0 ? "-0.05" : "0.05");
                BigDecimal r = rate;
                List<BigDecimal> vs = new ArrayList<>(base);
                if (slot == 0) {
                    r = rate.add(delta.movePointLeft(1)); // 5% ± 0.5%
                } else {
                    vs.set(slot - 1, vs.get(slot - 1).add(delta));
                }
                d[end] = Finance.npv(r, vs).subtract(exact);
            }
            down = down.add(d[0].min(d[1]).min(BigDecimal.ZERO));
            up = up.add(d[0].max(d[1]).max(BigDecimal.ZERO));
        }
        assertEquals(0, exact.add(down).compareTo(q.range().lo()), q.range().toString());
        assertEquals(0, exact.add(up).compareTo(q.range().hi()), q.range().toString());
        assertFalse(q.isExact());
    }
}
