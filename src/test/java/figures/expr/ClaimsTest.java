package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.Tolerance;
import figures.model.Verdict;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    private static Value v(String text) {
        return Expressions.evaluate(text, Environment.withoutTables()).value();
    }

    private static Verdict verdict(String claim, String expected, String tolerance) {
        return Claims.verify(v(claim), v(expected), tolerance == null ? null : Tolerance.parse(tolerance)).verdict();
    }

    @Test
    void statedPrecisionRule() {
        assertEquals(Verdict.CONSISTENT, verdict("73% of 13.4bn USD", "9.8bn USD", null));
        assertEquals(Verdict.INCONSISTENT, verdict("13.4bn USD * (1 - 73%)", "2.11bn USD", null));
        assertEquals(Verdict.CONSISTENT, verdict("13.4bn USD * (1 - 73%)", "3.6bn USD", null));
        // a ratio may be claimed as a percent
        assertEquals(Verdict.CONSISTENT, verdict("9.8bn USD / 13.4bn USD", "73%", null));
    }

    @Test
    void tolerances() {
        assertEquals(Verdict.CONSISTENT, verdict("73% of 13.4bn USD", "9.782bn USD", "±0"));
        assertEquals(Verdict.INCONSISTENT, verdict("73% of 13.4bn USD", "9.8bn USD", "±0.01bn USD"));
        assertEquals(Verdict.CONSISTENT, verdict("73% of 13.4bn USD", "9.8bn USD", "±0.2%"));
        assertEquals(Verdict.INCONSISTENT, verdict("73% of 13.4bn USD", "9.8bn USD", "±0.1%"));
        assertEquals(Verdict.CONSISTENT, verdict("share(9.8bn USD, 13.4bn USD)", "73.13%", "±0.005pp"));
        assertEquals(Verdict.INCONSISTENT, verdict("share(9.8bn USD, 13.4bn USD)", "73.12%", "±0.005pp"));
    }

    @Test
    void mismatchedDimensionsNameTheColumn() {
        Claims.Mismatch m = assertThrows(Claims.Mismatch.class, () -> verdict("73% of 13.4bn USD", "9.8bn GBP", null));
        assertEquals("expected", m.column());
        assertEquals("tolerance", assertThrows(Claims.Mismatch.class, () -> verdict("13.4bn USD", "13.4bn USD", "±1pp")).column());
        assertEquals("tolerance", assertThrows(Claims.Mismatch.class, () -> verdict("73%", "73%", "±1")).column());
        assertEquals("expected", assertThrows(Claims.Mismatch.class, () -> verdict("73%", "1bn USD", null)).column());
    }
}
