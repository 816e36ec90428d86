package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Amounts at the edges of their text forms: the scale word at exactly a thousand and a million,
 * the ruble of the years 1991, 1992, 1997 and 1998, the first and last Arabic-Indic digits, the
 * messages that say which part of an amount is wrong, and the copies an amount makes of itself.
 */
class AmountEdgesTest {
    private static String error(String text) {
        return assertThrows(CalcException.class, () -> Amount.parse(text), text).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "999           | 999",
        "1000          | 1.000k",
        "1E+3          | 1k",
        "999999        | 999.999k",
        "1E+6          | 1m",
        "1000000       | 1.000000m",
        "9.995E+8      | 999.5m",
        "999500000     | 999.500000m",
        "1E+9          | 1bn",
        "999999999999  | 999.999999999bn",
        "1E+12         | 1tn",
        "-1000         | -1.000k",
        "0             | 0",
        "0.5           | 0.5",
        "1.2E+13       | 12tn",
        "1.2E+14       | 1.2e14",
        "1.0E+4        | 10k",
    })
    void theScaleWordStartsAtItsOwnPowerOfTen(String value, String text) {
        BigDecimal v = new BigDecimal(value);
        assertEquals(text, AmountText.number(v));
        assertEquals(v, Amount.parse(text).value(), "parses back with the same scale");
    }

    @Test
    void shownAndExactStepsChooseTheirOwnSmallestScaleWord() {
        assertEquals("999999 USD", AmountText.shown(Amount.parse("999999 USD"), 10));
        assertEquals("1m USD", AmountText.shown(Amount.parse("1000000 USD"), 10));
        assertEquals("1.235bn EUR@2020", AmountText.shown(Amount.parse("1234567890 EUR@2020"), 4));
        assertEquals("120m SUR@1966", AmountText.shown(Amount.parse("120.000m SUR@1966"), 10));
        assertEquals("1.14674bn USD@1989", AmountText.exact(Amount.parse("1146740000.000 USD@1989")));
        assertEquals("999", AmountText.exact(Amount.parse("999.00")));
        assertEquals("1k", AmountText.exact(Amount.parse("1000")));
        assertEquals("-2.5m", AmountText.exact(Amount.parse("-2500000")));
        AmountText.Scaled s = AmountText.scaled(new BigDecimal("950000"), Scale.MILLION);
        assertNull(s.scale());
        assertEquals("", s.symbol());
        assertEquals(new BigDecimal("950000"), s.number());
        assertEquals("bn", AmountText.scaled(new BigDecimal("2000000000"), Scale.MILLION).symbol());
    }

    @Test
    void minorUnitsComeFromTheIsoTable() {
        assertEquals(2, AmountText.minorUnit(Amount.parse("1 USD")));
        assertEquals(0, AmountText.minorUnit(Amount.parse("1 JPY")));
        assertEquals(3, AmountText.minorUnit(Amount.parse("1 KWD")));
        assertEquals(2, AmountText.minorUnit(Amount.parse("1")), "no currency: cents");
        assertNull(AmountText.minorUnit(Amount.parse("1 XDR")));
        assertNull(AmountText.minorUnit(Amount.parse("1 SUR")));
    }

    @Test
    void theMinorUnitTableIsReadLineByLine() {
        String table = "currency,minor_unit\nUSD,2\nJPY, 0 \n,5\nno comma\nKWD,3\n";
        assertEquals(java.util.Map.of("USD", 2, "JPY", 0, "KWD", 3),
                AmountText.readMinorUnits(new java.io.ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThrows(IllegalStateException.class, () -> AmountText.readMinorUnits(null));
    }

    @Test
    void theUnitAfterTheNumber() {
        assertEquals(" USD@2024", AmountText.unit(Amount.parse("1 USD@2024")));
        assertEquals("@2024", AmountText.unit(Amount.parse("1@2024")));
        assertEquals("", AmountText.unit(Amount.parse("1")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "١٢٠ مليون روبل@1991      | 120m SUR@1991",
        "١٢٠ مليون روبل@1992      | 120m RUR@1992",
        "١٢٠ مليون روبل@1997      | 120m RUR@1997",
        "١٢٠ مليون روبل@1998      | 120m RUB@1998",
        "١٢٠ مليون روبل@1992-1997 | 120m RUR@1992-1997",
        "١٢٠ مليون روبل@1985-1991 | 120m SUR@1985-1991",
        "١٢٠ مليون روبل روسي@1992 | 120m RUR@1992",
        "١٢٠ مليون روبل روسي@1998 | 120m RUB@1998",
        "٥٠٠ مليون دولار امريكي   | 500m USD",
        "٩ آلاف يورو              | 9k EUR",
        "٥ جنيهات إسترليني        | 5 GBP",
        "٥ جنيه استرليني          | 5 GBP",
    })
    void rublesByTheYearOfTheirPrices(String text, String expected) {
        assertEquals(expected, Amount.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "١٢٠ مليون روبل روسي@1991 | the Russian ruble (روبل روسي) dates from 1992",
        "١٢٠ مليون روبل@1991-1992 | 'روبل' (ruble) is ambiguous for 1991-1992",
        "١٢٠ مليون روبل@1997-1998 | 'روبل' (ruble) is ambiguous for 1997-1998",
        "100 دولار/امريكي         | 'امريكي' is not a scale or currency word",
        "٥ جنيه                   | it may be the pound sterling or the Egyptian pound",
        "٥ جنيهات                 | it may be the pound sterling or the Egyptian pound",
        "٥ جنيه سوري              | it may be the pound sterling or the Egyptian pound",
    })
    void rublesAcrossAChangeOfCurrencyAndWordsApartAreRefused(String text, String expected) {
        assertTrue(error(text).contains(expected), error(text));
    }

    @Test
    void textWithoutArabicWordsKeepsItsColumns() {
        assertEquals("€5  +  3", Amount.arabicWordsToEnglish("€5  +  3"));
        // no-break spaces are spaces, each in its own column
        assertEquals("5  + 3", Amount.arabicWordsToEnglish("5\u00A0\u00A0+ 3"));
        assertEquals("13.4 billion USD", Amount.arabicWordsToEnglish("13.4 مليار دولار"));
        assertEquals("12", Amount.arabicWordsToEnglish("١٢"));
        assertEquals("plain ascii  text", Amount.arabicWordsToEnglish("plain ascii  text"));
    }

    @Test
    void theFirstAndLastArabicIndicDigits() {
        assertEquals("0909", Digits.toAscii("٠٩۰۹"));
        // the characters next to the two digit ranges are no digits
        assertEquals("\u065F\u066A\u06EF\u06FA", Digits.toAscii("\u065F\u066A\u06EF\u06FA"));
        assertEquals("1950", Amount.parse("١٩٥٠").value().toPlainString());
        assertEquals("1950", Amount.parse("۱۹۵۰").value().toPlainString());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertEquals("'abc def ghi' is not an amount (expected e.g. 13.4bn USD, USD 13.4bn, 120m SUR@1966, 9.8e9)", error("abc def ghi"));
        assertEquals("'USD 5 EUR' is not an amount: it names a currency twice", error("USD 5 EUR"));
        assertEquals("'5 zz' is not an amount: unknown scale 'zz' (use k, m, mn, bn, b, tn or thousand, million, billion, trillion)",
                error("5 zz"));
        assertEquals("unknown currency code 'ABC' in 'ABC 5' (expected an ISO 4217 code such as USD, GBP, EUR, RUB, SUR, SYP)", error("ABC 5"));
        assertTrue(error("1,095 USD").endsWith("(commas are ambiguous: write 1095 or 1_095 for a thousand and ninety-five, 1.095 for a decimal)"));
        assertFalse(Currency.isCurrency("XYZ"));
        assertTrue(Currency.isCurrency("£"));
    }

    @Test
    void combiningAmountsKeepsOrRefusesTheirCurrencyAndYear() {
        Amount a = Amount.parse("5 USD@2020");
        Amount b = Amount.parse("2 USD@2020");
        assertEquals("7 USD@2020", a.plus(b).toString());
        assertEquals("3 USD@2020", a.minus(b).toString());
        assertEquals("-3 USD@2020", b.minus(a).toString());
        assertEquals("7", Amount.parse("5").plus(Amount.parse("2")).toString());
        assertEquals("7@2020", Amount.parse("5@2020").plus(Amount.parse("2@2020")).toString());
        assertEquals("-5 USD@2020", a.negate().toString());
        assertEquals(Currency.of("USD"), a.commonCurrency(b, "add"));
        assertNull(Amount.parse("5").commonCurrency(Amount.parse("2"), "add"));
        assertEquals("cannot compare 5@2020 and 5@2021: prices of 2020 and 2021; convert one first (figures convert \"5@2021\" --to USD@2020)",
                assertThrows(CalcException.class, () -> Amount.parse("5@2020").compareTo(Amount.parse("5@2021"))).getMessage());
        assertEquals("cannot compare 5 EUR@2020 and 5 EUR@2021: prices of 2020 and 2021; convert one first (figures convert \"5 EUR@2021\" --to EUR@2020)",
                assertThrows(CalcException.class, () -> Amount.parse("5 EUR@2020").compareTo(Amount.parse("5 EUR@2021"))).getMessage());
        assertEquals("cannot divide 5 USD@2020 by zero",
                assertThrows(CalcException.class, () -> a.ratioTo(Amount.parse("0 USD@2020"))).getMessage());
        assertEquals(new BigDecimal("2.5"), a.ratioTo(b));
        assertEquals(0, a.compareTo(Amount.parse("5.00 USD@2020")));
        assertTrue(a.isEqual(Amount.parse("5.00 USD@2020")));
        assertFalse(a.isEqual(b));
    }

    @Test
    void copiesChangeOnlyWhatTheyName() {
        Amount a = Amount.parse("5 USD@2020");
        assertEquals("6 USD@2020", a.withValue(new BigDecimal("6")).toString());
        assertEquals("5.0 USD@2020", a.withValue(new BigDecimal("5.0")).toString());
        assertEquals("5 EUR@2020", a.withCurrency(Currency.of("EUR")).toString());
        assertEquals("5@2020", a.withCurrency(null).toString());
        assertEquals("5 USD@2021", a.atBasis(Period.of(2021)).toString());
        assertEquals("5 USD", a.atBasis(null).toString());
        assertEquals("5 USD@2020", a.atBasis(Period.of(2020)).toString());
        assertEquals("5 usd@2020", a.describe());
        assertEquals("5", Amount.unitless(new BigDecimal("5")).toString());
        assertEquals(a.hashCode(), Amount.parse("USD 5@2020").hashCode());
        assertNotEquals(a.hashCode(), b(a).hashCode());
        assertEquals(-1, a.negate().signum());
        assertEquals(new java.math.BigDecimal("6"), a.times(Percent.of(new BigDecimal("120"))).value().stripTrailingZeros());
    }

    private static Amount b(Amount a) {
        return a.withValue(a.value().add(BigDecimal.ONE));
    }
}
