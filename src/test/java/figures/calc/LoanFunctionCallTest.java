package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.CalcException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The spreadsheet examples of issue 5 as typed into a cell, through the parser behind {@code figures loan --function}. */
class LoanFunctionCallTest {
    private static BigDecimal eval(String call) {
        return LoanFunctionCall.evaluate(call);
    }

    /** Within half a unit of the last published digit, or of the digit {@code digits} when given. */
    private static void assertPublished(String published, int digits, String call) {
        BigDecimal expected = new BigDecimal(published);
        BigDecimal unit = digits == 0 ? expected.ulp() : expected.round(new MathContext(digits)).ulp();
        BigDecimal actual = eval(call);
        assertTrue(actual.subtract(expected).abs().compareTo(unit.divide(BigDecimal.valueOf(2))) <= 0,
                () -> call + ": expected " + published + " but got " + actual);
    }

    @Test
    void publishedExamples() {
        assertPublished("-1037.03", 0, "PMT(8%/12, 10, 10000)");
        assertPublished("-1030.16432717797", 0, "PMT(0.08/12,10,10000,0,1)");
        assertPublished("-66.6666666666667", 0, "IPMT(0.1/12,1,36,8000)");
        assertPublished("-75.6231860083663", 0, "PPMT(0.1/12,1,24,2000)");
        // Excel's own double rounding shows in the last digits of these three (see FinanceTest)
        assertPublished("-59777.1458511878", 14, "PV(0.08/12,240,500)");
        assertPublished("2581.40337406012", 13, "FV(0.06/12,10,-200,-500,1)");
        assertPublished("0.00770147248820137", 12, "RATE(48,-200,8000)");
        assertPublished("1188.44", 0, "NPV(10%,-10000,3000,4200,6800)");
        assertPublished("0.0866309", 0, "IRR(-70000,12000,15000,18000,21000,26000)");
    }

    @Test
    void spellingsOfTheSameCall() {
        BigDecimal pmt = eval("PMT(0.08/12,10,10000)");
        assertEquals(0, pmt.compareTo(eval("pmt( 8% / 12 ; 10 ; 10000 )")));
        assertEquals(0, pmt.compareTo(eval("PMT(0.08/12,10,10000,0,0)")));
        assertEquals(0, eval("IRR(-70000,12000,15000)").compareTo(eval("IRR({-70000,12000,15000})")));
        assertPublished("-0.443507", 0, "IRR({-70000,12000,15000},-10%)");
        assertPublished("59.6738656742946", 0, "NPER(0.12/12,-100,-1000,10000,1)");
        assertPublished("0.0009933", 0, "RRI(96,10000,11000)");
        assertEquals(0, new BigDecimal("-100").compareTo(eval("PMT(0, 10, 1e3)")));
        assertEquals(0, new BigDecimal("1200").compareTo(eval("FV(0, 12, -100)")));
    }

    private static void assertFails(String part, String call) {
        CalcException e = assertThrows(CalcException.class, () -> eval(call));
        assertTrue(e.getMessage().contains(part), () -> call + ": " + e.getMessage());
    }

    @Test
    void mistakesAreNamed() {
        assertFails("unknown finance function 'FOO'", "FOO(1)");
        assertFails("PMT takes 3 to 5 arguments, got 2", "PMT(0.1, 10)");
        assertFails("nper must be a whole number", "PMT(0.1, 10.5, 100)");
        assertFails("expected ')'", "PMT(0.1, 10, 100");
        assertFails("after the closing parenthesis", "PMT(0.1, 10, 100) + 1");
        assertFails("division by zero", "PMT(0.1/0, 10, 100)");
        assertFails("expected a number", "PMT(, 10, 100)");
        assertFails("expected a function name", "(1)");
        assertFails("for NPV and IRR only", "PMT({0.1, 0.2}, 10, 100)");
        assertFails("never change sign", "IRR(1, 2, 3)");
        assertFails("type must be 0", "PMT(0.1, 10, 100, 0, 2)");
    }
}
