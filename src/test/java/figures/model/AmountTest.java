package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13.4bn USD        | 13400000000 | USD |",
        "USD 13.4bn        | 13400000000 | USD |",
        "$13.4 billion     | 13400000000 | USD |",
        "£1.4bn            | 1400000000  | GBP |",
        "€5k               | 5000        | EUR |",
        "120m SUR@1966     | 120000000   | SUR | 1966",
        "1.4bn GBP@1989-1990 | 1400000000 | GBP | 1989-1990",
        "9.8e9 USD         | 9800000000  | USD |",
        "1_500_000 USD     | 1500000     | USD |",
        "95 mn             | 95000000    |     |",
        "2 tn RUB          | 2000000000000 | RUB |",
        "-5m usd           | -5000000    | USD |",
        "12 b              | 12000000000 |     |",
        "7 thousand        | 7000        |     |",
    })
    void parsesTheAmountSyntax(String text, String value, String currency, String basis) {
        Amount a = Amount.parse(text);
        assertEquals(0, a.value().compareTo(new BigDecimal(value)), text);
        assertEquals(currency, a.currency().map(Currency::code).orElse(null), text);
        assertEquals(basis, a.priceBasis().map(Period::toString).orElse(null), text);
    }

    @Test
    void keepsTheStatedPrecisionOfTheLiteral() {
        Amount a = Amount.parse("9.8bn USD");
        assertEquals(0, a.stated().lo().compareTo(new BigDecimal("9.75e9")));
        assertEquals(0, a.stated().hi().compareTo(new BigDecimal("9.85e9")));
        Amount b = Amount.parse("9.80bn USD");
        assertEquals(0, b.stated().lo().compareTo(new BigDecimal("9.795e9")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13.4bn USD", "120m SUR@1966", "9782000000 USD", "0.5 GBP", "1.000tn", "1e15 USD",
        "1e2 USD", "-3.618bn USD@2024", "1.4bn GBP@1989-1990", "0", "12345.678", "9.8e9"})
    void textFormRoundTrips(String text) {
        Amount a = Amount.parse(text);
        assertEquals(a, Amount.parse(a.toString()), text + " -> " + a);
    }

    @Test
    void computedValuesRoundTripToo() {
        Amount w = Amount.parse("13.4bn USD").times(Percent.parse("73%"));
        assertEquals("9.782bn USD", w.toString());
        assertEquals(w, Amount.parse(w.toString()));
    }

    @Test
    void exactArithmeticHasNoBinaryFloatingPointResidue() {
        Amount r = Amount.parse("13.4bn USD").minus(Amount.parse("9.782bn USD"));
        assertEquals("3618000000", r.value().toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13.4zz", "abc", "", "USD", "13.4bn USD GBP", "1,095", "1.234,5", "13.4bn XYZ", "1e999999999",
        "9.8e2147483648", "1__0", "5@abc"})
    void rejectsWhatIsNotAnAmount(String text) {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void ambiguousSeparatorsGetAHint() {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse("1,095 USD"));
        assertTrue(e.getMessage().contains("commas are ambiguous"), e.getMessage());
    }

    @Test
    void differentCurrenciesDoNotAdd() {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse("13.4bn USD").plus(Amount.parse("120m SUR")));
        assertTrue(e.getMessage().contains("convert"), e.getMessage());
    }

    @Test
    void differentPriceBasesDoNotAdd() {
        assertThrows(CalcException.class, () -> Amount.parse("1m USD@1966").plus(Amount.parse("1m USD@2024")));
    }

    @Test
    void anAmountWithoutYearNeverTakesTheOthers() {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse("13.4bn USD").plus(Amount.parse("1m USD@1966")));
        assertTrue(e.getMessage().contains("13.4bn USD has no year, and none is assumed"), e.getMessage());
        assertTrue(e.getMessage().contains("write @1966"), e.getMessage());
        assertThrows(CalcException.class, () -> Amount.parse("1m USD@1966").minus(Amount.parse("13.4bn USD")));
        assertEquals("2m USD@1966", Amount.parse("1m USD@1966").plus(Amount.parse("1m USD@1966")).toString());
    }

    @Test
    void anAmountWithoutCurrencyNeverTakesTheOthers() {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse("1m").plus(Amount.parse("2m GBP")));
        assertTrue(e.getMessage().contains("1m has no currency, and none is assumed; write 1m GBP if it is in GBP too"), e.getMessage());
        assertEquals("3m", Amount.parse("1m").plus(Amount.parse("2m")).toString());
    }

    @Test
    void equalsIsScaleSensitiveButIsEqualIsNot() {
        Amount a = Amount.parse("9.8bn USD");
        Amount b = Amount.parse("9800000000 USD");
        assertFalse(a.equals(b));
        assertTrue(a.isEqual(b));
    }

    @Test
    void aSumNeverAssumesAPriceBasisAndComparesByValue() {
        // issue 31: a year is never assumed, on either side (it used to be taken from the side that states one)
        assertThrows(CalcException.class, () -> Amount.parse("1m USD").plus(Amount.parse("2m USD@2020")));
        assertThrows(CalcException.class, () -> Amount.parse("1m USD@2020").plus(Amount.parse("2m USD")));
        assertThrows(CalcException.class, () -> Amount.parse("1m USD").minus(Amount.parse("2m USD@2020")));
        assertEquals("3m USD@2020", Amount.parse("1m USD@2020").plus(Amount.parse("2m USD@2020")).toString());
        assertEquals("-1m USD@2020", Amount.parse("1m USD@2020").minus(Amount.parse("2m USD@2020")).toString());
        assertTrue(Amount.parse("1.0m USD").isEqual(Amount.parse("1000000 USD")));
        assertFalse(Amount.parse("1m USD").isEqual(Amount.parse("1.000001m USD")));
        assertTrue(Amount.parse("1m").compareTo(Amount.parse("2m")) < 0);
        assertTrue(Amount.parse("2m").compareTo(Amount.parse("1m")) > 0);
    }
}
