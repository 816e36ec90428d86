package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.Amount;
import figures.model.CalcException;
import org.junit.jupiter.api.Test;

class TradeBalanceTest {
    @Test
    void russiaAndSyria2000and2002() {
        // F13/F14: RU->SY 95 and 138, SY->RU 11 and 16 m USD
        TradeBalance y2000 = TradeBalance.of(Amount.parse("95m USD"), Amount.parse("11m USD"), null);
        assertEquals("84000000", y2000.balance().value().toPlainString());
        assertEquals("106000000", y2000.total().value().toPlainString());
        // coverage is exports / imports (the usual export-import coverage ratio): 95 / 11
        assertEquals("863.6363636363636363636363636363636", y2000.coverage().value().toPlainString());
        assertNull(y2000.coverageChange());
        TradeBalance y2002 = TradeBalance.of(Amount.parse("138m USD"), Amount.parse("16m USD"), y2000);
        assertEquals("122000000", y2002.balance().value().toPlainString());
        assertEquals("862.5", y2002.coverage().value().stripTrailingZeros().toPlainString());
        // 138/16 - 95/11 in percentage points
        assertEquals("-1.1363636363636363636363636363636", y2002.coverageChange().value().toPlainString());
    }

    @Test
    void aMissingFlowLeavesTheDerivedFiguresEmpty() {
        TradeBalance t = TradeBalance.of(Amount.parse("1.4bn GBP"), null, null);
        assertNull(t.balance());
        assertNull(t.coverage());
    }

    @Test
    void noImportsMeansNoCoverage() {
        TradeBalance t = TradeBalance.of(Amount.parse("95m USD"), Amount.parse("0 USD"), null);
        assertEquals("95000000", t.balance().value().toPlainString());
        assertNull(t.coverage());
    }

    @Test
    void differentCurrenciesAreAnError() {
        assertThrows(CalcException.class, () -> TradeBalance.of(Amount.parse("95m USD"), Amount.parse("11m GBP"), null));
    }
}
