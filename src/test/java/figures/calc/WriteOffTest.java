package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import figures.model.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WriteOffTest {
    private static Amount a(String s) {
        return Amount.parse(s);
    }

    private static void assertValue(String expected, Amount actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value()), "expected " + expected + " got " + actual);
    }

    @Test
    void debtAndPercentGiveWrittenOffAndRemainderExactly() {
        WriteOff w = WriteOff.of(a("13.4bn USD"), Percent.parse("73"), null, null);
        assertValue("9782000000", w.writtenOff());
        assertValue("3618000000", w.remaining());
        assertEquals("USD", w.remaining().currency().orElseThrow().code());
        assertEquals(Verdict.DERIVED, w.line(WriteOff.Figure.REMAINING).verdict());
        assertFalse(w.inconsistent());
    }

    @Test
    void debtAndWrittenOffGiveThePercent() {
        WriteOff w = WriteOff.of(a("13.4bn"), null, a("9.8bn"), null);
        // 9.8 / 13.4 = 0.731343283582089552238805970149253731...
        assertEquals("73.13432835820895522388059701492537", w.percent().value().toPlainString());
        assertValue("3600000000", w.remaining());
    }

    @Test
    void everyPairOfInputsGivesTheSameWriteOff() {
        Amount d = a("1000 USD");
        Percent p = Percent.parse("25");
        Amount wo = a("250 USD");
        Amount r = a("750 USD");
        WriteOff[] all = {
            WriteOff.of(d, p, null, null), WriteOff.of(d, null, wo, null), WriteOff.of(d, null, null, r),
            WriteOff.of(null, p, wo, null), WriteOff.of(null, p, null, r), WriteOff.of(null, null, wo, r)};
        for (WriteOff w : all) {
            assertValue("1000", w.debt());
            assertEquals(0, w.percent().value().compareTo(new BigDecimal("25")));
            assertValue("250", w.writtenOff());
            assertValue("750", w.remaining());
        }
    }

    @Test
    void theArticlesRemainderIsInconsistentAndItsWriteOffConsistent() {
        WriteOff w = WriteOff.of(a("13.4bn USD"), Percent.parse("73"), a("9.8bn"), a("2.11bn"));
        assertEquals(Verdict.CONSISTENT, w.line(WriteOff.Figure.WRITTEN_OFF).verdict());
        assertEquals(Verdict.INCONSISTENT, w.line(WriteOff.Figure.REMAINING).verdict());
        assertTrue(w.inconsistent());
        // 9.8bn and 2.11bn carry no currency: taken in the debt's, and said
        assertEquals(2, w.assumed().size(), w.assumed().toString());
        assertTrue(w.assumed().get(1).startsWith("remaining stated as 2.11bn has no currency: taken in USD"), w.assumed().toString());
        // the range the inputs allow for the remainder: 13.35 x 0.265 .. 13.45 x 0.275 bn
        assertEquals(0, w.line(WriteOff.Figure.REMAINING).computedRange().lo().compareTo(new BigDecimal("3537750000")));
        assertEquals(0, w.line(WriteOff.Figure.REMAINING).computedRange().hi().compareTo(new BigDecimal("3698750000")));
    }

    @Test
    void strictTakesTheInputsAsExact() {
        // 3.5bn stands for [3.45, 3.55]: it overlaps what 13.4bn and 73% as stated allow, not their exact 3.618bn
        assertFalse(WriteOff.of(a("13.4bn"), Percent.parse("73"), null, a("3.5bn")).inconsistent());
        WriteOff strict = WriteOff.of(a("13.4bn"), Percent.parse("73"), null, a("3.5bn"), true);
        assertTrue(strict.inconsistent());
        assertEquals(0, strict.line(WriteOff.Figure.REMAINING).computedRange().lo().compareTo(new BigDecimal("3618000000")));
        assertEquals(0, strict.line(WriteOff.Figure.REMAINING).computedRange().hi().compareTo(new BigDecimal("3618000000")));
        // the exact result still only has to round to the stated figure: 9.782bn is 9.8bn at its last digit
        assertFalse(WriteOff.of(a("13.4bn"), Percent.parse("73"), a("9.8bn"), null, true).inconsistent());
    }

    @Test
    void statedPrecisionDecidesBorderlineFigures() {
        // 3.6bn stands for [3.55, 3.65] and overlaps [3.53775, 3.69875]
        assertFalse(WriteOff.of(a("13.4bn"), Percent.parse("73"), null, a("3.6bn")).inconsistent());
        // stated to the million, 3.700bn lies outside
        assertTrue(WriteOff.of(a("13.4bn"), Percent.parse("73"), null, a("3.700bn")).inconsistent());
        // with a debt stated to the million and a percent to 0.01 the remainder lies in [3.6172, 3.6188] bn, so 3.63bn does not fit
        assertTrue(WriteOff.of(a("13.400bn"), Percent.parse("73.00"), null, a("3.63bn")).inconsistent());
    }

    @Test
    void impossibleFiguresAreRejected() {
        assertThrows(CalcException.class, () -> WriteOff.of(a("13.4bn"), null, null, null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("-1bn"), Percent.parse("5"), null, null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("1bn"), Percent.parse("101"), null, null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("1bn"), null, a("2bn"), null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("1bn USD"), null, a("0.5bn GBP"), null));
    }

    @Test
    void aWholeWriteOffAndNoneAtAllAreWriteOffs() {
        // written off = debt (100 %) and remaining = debt (0 %) lie on the edge of "exceeds the debt"
        WriteOff all = WriteOff.of(a("500 USD"), null, a("500 USD"), null);
        assertEquals(0, all.percent().value().compareTo(new BigDecimal("100")));
        assertValue("0", all.remaining());
        WriteOff none = WriteOff.of(a("500 USD"), null, null, a("500 USD"));
        assertEquals(0, none.percent().value().signum());
        assertValue("0", none.writtenOff());
        WriteOff fromPercent = WriteOff.of(a("500 USD"), Percent.parse("100"), null, null);
        assertValue("0", fromPercent.remaining());
        WriteOff zeroPercent = WriteOff.of(a("500 USD"), Percent.parse("0"), null, null);
        assertValue("500", zeroPercent.remaining());
        // a stated 0 written off or remaining is a figure too; a debt of 0 is not a debt
        assertEquals(0, WriteOff.of(a("500 USD"), null, a("0 USD"), null).percent().value().signum());
        assertEquals(0, WriteOff.of(a("500 USD"), null, null, a("0 USD")).percent().value().compareTo(new BigDecimal("100")));
        assertThrows(CalcException.class, () -> WriteOff.of(a("0 USD"), Percent.parse("50"), null, null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("500 USD"), null, a("500.01 USD"), null));
        assertThrows(CalcException.class, () -> WriteOff.of(a("500 USD"), null, null, a("500.01 USD")));
    }

    @Test
    void stepsShowAmountsAndPercentsAsPeopleReadThem() {
        // the read-back forms were 1.000k USD (the precision's zeros) and 5E+1% (a ratio of 0.5 as a percent)
        WriteOff w = WriteOff.of(a("1000 USD"), null, a("500 USD"), null);
        assertEquals(java.util.List.of("percent = written_off ÷ debt = 500 USD ÷ 1k USD = 50%",
                "remaining = debt − written_off = 1k USD − 500 USD = 500 USD"), w.steps().subList(w.steps().size() - 2, w.steps().size()));
        WriteOff p = WriteOff.of(null, Percent.parse("25"), a("2.5bn USD"), null);
        assertTrue(p.steps().contains("debt = written_off ÷ percent = 2.5bn USD ÷ 25% = 10bn USD"), p.steps().toString());
    }
}
