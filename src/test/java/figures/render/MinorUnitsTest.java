package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import figures.model.Amount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money below a million shows its currency's ISO 4217 minor unit for people (issue 36); --digits overrides. */
class MinorUnitsTest {
    private static String shown(String amount) {
        return HumanNumbers.amount(Amount.parse(amount), 4, true);
    }

    @Test
    void belowAMillionMoneyShowsItsMinorUnit() {
        assertEquals("-1 266.71 USD", shown("-1266.713274564701728 USD"));
        assertEquals("5.00 USD", shown("5 USD"));
        assertEquals("9.38 USD", shown("9.375 USD"));
        assertEquals("1 267 JPY", shown("1266.7 JPY"));
        assertEquals("1.235 KWD", shown("1.2345 KWD"));
        assertEquals("0.00 EUR", shown("0 EUR"));
        // without a currency: cents; a currency ISO gives no minor unit, or a withdrawn one: significant digits
        assertEquals("-1 266.71", HumanNumbers.amount(Amount.unitless(new BigDecimal("-1266.7133")), 4, true));
        assertEquals("1.235 XDR", shown("1.23456 XDR"));
        assertEquals("1 267 SUR", shown("1266.7 SUR"));
    }

    @Test
    void bigFiguresKeepTheShortFormAndTinyOnesTheirDigits() {
        assertEquals("9.782 bn USD", shown("9782000000 USD"));
        assertEquals("1.267 m USD", shown("1266713.27 USD"));
        assertEquals("0.001234 USD", shown("0.001234 USD"));
    }

    @Test
    void digitsGivenAreExactlyThat() {
        assertEquals("-1 267 USD", HumanNumbers.amount(Amount.parse("-1266.713 USD"), 4, false));
        assertEquals("-1 266.7133 USD", HumanNumbers.amount(Amount.parse("-1266.7133 USD"), 8, false));
    }

    @Test
    void rangesBelowAMillionToo() {
        assertEquals("9.50–10.50 USD", HumanNumbers.range(new Range(Amount.parse("9.5 USD"), Amount.parse("10.5 USD")), 4, true));
        assertEquals("9.5–10.5 USD", HumanNumbers.range(new Range(Amount.parse("9.5 USD"), Amount.parse("10.5 USD")), 4, false));
    }
}
