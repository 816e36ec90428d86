package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each spreadsheet function checks its own arguments, at the boundaries a spreadsheet uses: a rate
 * of -100 % or less, fewer periods than the function needs, a type other than 0 or 1. Every call
 * is checked by its own name, so removing one function's check is seen (as mutation testing does).
 * The dynamic tests come in the order of the functions' names: mutation testing picks a dynamic test
 * by its number, and Map.of's order changes from one JVM to the next (so #3 was another function).
 */
class FinanceArgumentsTest {
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Each function with the rate given, every other argument valid. */
    private static final Map<String, Function<BigDecimal, BigDecimal>> BY_RATE = Map.of(
            "PMT", r -> Finance.pmt(r, 10, HUNDRED, ZERO, 0),
            "IPMT", r -> Finance.ipmt(r, 2, 10, HUNDRED, ZERO, 0),
            "PPMT", r -> Finance.ppmt(r, 2, 10, HUNDRED, ZERO, 0),
            "PV", r -> Finance.pv(r, 10, d("-10"), ZERO, 0),
            "FV", r -> Finance.fv(r, 10, d("-10"), ZERO, 0),
            "NPER", r -> Finance.nper(r, d("-20"), HUNDRED, ZERO, 0),
            "NPV", r -> Finance.npv(r, List.of(HUNDRED, HUNDRED)));

    /** Each function with nper given, and the least nper it takes. */
    private static final Map<String, Function<Integer, BigDecimal>> BY_NPER = Map.of(
            "PMT", n -> Finance.pmt(TENTH, n, HUNDRED, ZERO, 0),
            "IPMT", n -> Finance.ipmt(TENTH, 1, n, HUNDRED, ZERO, 0),
            "PPMT", n -> Finance.ppmt(TENTH, 1, n, HUNDRED, ZERO, 0),
            "PV", n -> Finance.pv(TENTH, n, d("-10"), d("-5"), 0),
            "FV", n -> Finance.fv(TENTH, n, d("-10"), d("-5"), 0),
            "RATE", n -> Finance.rate(n, d("-110"), HUNDRED, ZERO, 0, null),
            "RRI", n -> Finance.rri(n, HUNDRED, d("110")));
    private static final Map<String, Integer> LEAST_NPER = Map.of("PMT", 1, "IPMT", 1, "PPMT", 1, "PV", 0, "FV", 0, "RATE", 1, "RRI", 1);

    /** Each function with type given. */
    private static final Map<String, Function<Integer, BigDecimal>> BY_TYPE = Map.of(
            "PMT", t -> Finance.pmt(TENTH, 10, HUNDRED, ZERO, t),
            "IPMT", t -> Finance.ipmt(TENTH, 2, 10, HUNDRED, ZERO, t),
            "PPMT", t -> Finance.ppmt(TENTH, 2, 10, HUNDRED, ZERO, t),
            "PV", t -> Finance.pv(TENTH, 10, d("-10"), ZERO, t),
            "FV", t -> Finance.fv(TENTH, 10, d("-10"), ZERO, t),
            "NPER", t -> Finance.nper(TENTH, d("-20"), HUNDRED, ZERO, t),
            "RATE", t -> Finance.rate(10, d("-20"), HUNDRED, ZERO, t, null));

    private static void refused(String fn, String what, org.junit.jupiter.api.function.Executable call) {
        CalcException e = assertThrows(CalcException.class, call, fn);
        assertTrue(e.getMessage().startsWith(fn + ": " + what), fn + ": " + e.getMessage());
    }

    @TestFactory
    List<DynamicTest> aRateOfMinusOneOrLessIsRefusedAndJustAboveItIsTaken() {
        return BY_RATE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            refused(e.getKey(), "rate must be greater than -1", () -> e.getValue().apply(MINUS_ONE));
            refused(e.getKey(), "rate must be greater than -1", () -> e.getValue().apply(d("-1.5")));
            e.getValue().apply(d("-0.5")); // taken: a value or another error, but not the rate's
        })).toList();
    }

    @TestFactory
    List<DynamicTest> fewerPeriodsThanTheFunctionNeedsAreRefused() {
        return BY_NPER.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            int least = LEAST_NPER.get(e.getKey());
            refused(e.getKey(), "nper must be at least " + least + ", got " + (least - 1), () -> e.getValue().apply(least - 1));
            BigDecimal atLeast = e.getValue().apply(least);
            assertEquals(atLeast, e.getValue().apply(least), e.getKey()); // the least is taken, and the same twice
        })).toList();
    }

    @TestFactory
    List<DynamicTest> aTypeOtherThanZeroOrOneIsRefused() {
        return BY_TYPE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            refused(e.getKey(), "type must be 0 (end of period) or 1 (start of period), got 2", () -> e.getValue().apply(2));
            refused(e.getKey(), "type must be 0 (end of period) or 1 (start of period), got -1", () -> e.getValue().apply(-1));
            // start and end of period give different figures, so each reaches the computation
            assertTrue(e.getValue().apply(0).compareTo(e.getValue().apply(1)) != 0, e.getKey());
        })).toList();
    }

    @Test
    void theLeastPeriodsGiveTheSpreadsheetsFigures() {
        // PV and FV over 0 periods: only the other end's value, negated
        assertEquals(0, Finance.pv(TENTH, 0, d("-10"), d("-5"), 0).compareTo(d("5")));
        assertEquals(0, Finance.fv(TENTH, 0, d("-10"), d("-5"), 0).compareTo(d("5")));
        // one period: 100 now, 110 paid back
        assertEquals(0, Finance.pmt(TENTH, 1, HUNDRED, ZERO, 0).compareTo(d("-110")));
        assertEquals(0, Finance.rate(1, d("-110"), HUNDRED, ZERO, 0, null).compareTo(TENTH));
        assertEquals(0, Finance.rri(1, HUNDRED, d("110")).compareTo(TENTH));
    }
}
