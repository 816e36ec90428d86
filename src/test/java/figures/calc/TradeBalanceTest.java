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
        assertEquals("11.57894736842105263157894736842105", y2000.coverage().value().toPlainString());
        assertNull(y2000.coverageChange());
        TradeBalance y2002 = TradeBalance.of(Amount.parse("138m USD"), Amount.parse("16m USD"), y2000);
        assertEquals("122000000", y2002.balance().value().toPlainString());
        assertEquals("11.59420289855072463768115942028986", y2002.coverage().value().toPlainString());
        // 16/138 - 11/95 in percentage points
        assertEquals("0.01525553012967200610221205186881", y2002.coverageChange().value().toPlainString());
    }

    @Test
    void aMissingFlowLeavesTheDerivedFiguresEmpty() {
        TradeBalance t = TradeBalance.of(Amount.parse("1.4bn GBP"), null, null);
        assertNull(t.balance());
        assertNull(t.coverage());
    }

    @Test
    void differentCurrenciesAreAnError() {
        assertThrows(CalcException.class, () -> TradeBalance.of(Amount.parse("95m USD"), Amount.parse("11m GBP"), null));
    }
}
