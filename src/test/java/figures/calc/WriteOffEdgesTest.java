package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import figures.model.Period;
import figures.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Write-offs of 0 % and 100 %, the pairs that would divide by zero there, a price year carried to
 * the computed figures, and the check of stated figures as --explain shows it (with and without
 * --strict).
 */
class WriteOffEdgesTest {
    private static Amount a(String s) {
        return Amount.parse(s);
    }

    private static void assertValue(String expected, Amount actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value()), () -> "expected " + expected + " got " + actual);
    }

    private static void refused(Runnable r) {
        assertEquals("cannot complete the write-off: it would divide by zero", assertThrows(CalcException.class, r::run).getMessage());
    }

    @Test
    void nothingWrittenOff() {
        WriteOff w = WriteOff.of(a("100 USD"), Percent.parse("0"), null, null);
        assertValue("0", w.writtenOff());
        assertValue("100", w.remaining());
        assertEquals(0, WriteOff.of(a("100 USD"), null, a("0 USD"), null).percent().value().signum());
        assertEquals(0, WriteOff.of(a("100 USD"), null, null, a("100 USD")).percent().value().signum());
        // 0 % of an unknown debt says nothing about it
        refused(() -> WriteOff.of(null, Percent.parse("0"), a("5 USD"), null));
        refused(() -> WriteOff.of(null, null, a("0 USD"), a("0 USD")));
    }

    @Test
    void everythingWrittenOff() {
        WriteOff w = WriteOff.of(a("100 USD"), Percent.parse("100"), null, null);
        assertValue("100", w.writtenOff());
        assertValue("0", w.remaining());
        assertEquals(0, new BigDecimal("100").compareTo(WriteOff.of(a("100 USD"), null, null, a("0 USD")).percent().value()));
        assertEquals(0, new BigDecimal("100").compareTo(WriteOff.of(null, null, a("5 USD"), a("0 USD")).percent().value()));
        assertValue("5", WriteOff.of(null, null, a("5 USD"), a("0 USD")).debt());
        // nothing remains of 100 %: the remainder cannot give the debt back
        refused(() -> WriteOff.of(null, Percent.parse("100"), null, a("5 USD")));
        assertValue("5", WriteOff.of(null, Percent.parse("100"), a("5 USD"), null).debt());
    }

    @Test
    void theComputedFiguresKeepThePriceYear() {
        assertEquals(Period.of(2005), WriteOff.of(a("100 USD@2005"), Percent.parse("25"), null, null).remaining().priceBasis().orElseThrow());
        Amount debt = WriteOff.of(null, Percent.parse("25"), null, a("75 USD@2005")).debt();
        assertValue("100", debt);
        assertEquals(Period.of(2005), debt.priceBasis().orElseThrow());
        Amount written = WriteOff.of(null, Percent.parse("25"), null, a("75 USD@2005")).writtenOff();
        assertValue("25", written);
        assertEquals(Period.of(2005), written.priceBasis().orElseThrow());
    }

    @Test
    void eachStatedFigureIsCheckedInAStep() {
        WriteOff w = WriteOff.of(a("13.4bn USD"), Percent.parse("73"), a("9.8bn"), a("3.5bn"));
        assertEquals(List.of(
                "written_off = debt × percent = 13.4bn USD × 73% = 9.782bn USD",
                "remaining = debt − written_off = 13.4bn USD − 9.782bn USD = 3.618bn USD",
                "written_off: stated 9.8bn USD stands for [9750000000, 9850000000]; from the inputs as stated it lies in "
                        + "[9678750000, 9885750000] -> consistent",
                "remaining: stated 3.5bn USD stands for [3450000000, 3550000000]; from the inputs as stated it lies in "
                        + "[3537750000, 3698750000] -> consistent"), w.steps());
        assertEquals(4, w.lines().size());
        assertEquals(Verdict.INPUT, w.lines().get(1).verdict());
        WriteOff strict = WriteOff.of(a("13.4bn USD"), Percent.parse("73"), a("9.8bn"), a("3.5bn"), true);
        assertEquals("remaining: stated 3.5bn USD stands for [3450000000, 3550000000]; from the inputs taken as exact (--strict) it is "
                + "[3618000000, 3618000000] -> inconsistent", strict.steps().get(3));
    }
}
