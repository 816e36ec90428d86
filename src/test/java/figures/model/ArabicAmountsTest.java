package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as Arabic sources write them give the same values as the ASCII forms, or say why not. */
class ArabicAmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "١٣٫٤ مليار دولار | 13.4bn USD",
        "13.4 مليار دولار | 13.4bn USD",
        "١٣٫٤ مليار دولار أمريكي | 13.4bn USD",
        "١٣٫٤ مليار دولار أميركي | 13.4bn USD",
        "٩٫٨ مليار دولار | 9.8bn USD",
        "دولار ١٣٫٤ | USD 13.4",
        "١٫٤ مليار جنيه إسترليني | 1.4bn GBP",
        "١٫٤ مليار جنيه استرليني | 1.4bn GBP",
        "١٢٠ مليون روبل@١٩٦٦ | 120m SUR@1966",
        "٢٥ مليون روبل سوفيتي | 25m SUR",
        "١٠٠ مليون روبل@1995 | 100m RUR@1995",
        "١٠٠ مليون روبل روسي@2002 | 100m RUB@2002",
        "٥ مليارات ليرة سورية | 5bn SYP",
        "٢ ألف يورو | 2k EUR",
        "٣ آلاف دولار | 3k USD",
        "١ تريليون دولار | 1tn USD",
        "١٬٥٠٠٬٠٠٠ دولار | 1_500_000 USD",
        "١٬٥٠٠٫٢٥ دولار | 1500.25 USD",
        "۱۳٫۴ مليار دولار | 13.4bn USD",
    })
    void sameAmountAsTheAsciiForm(String arabic, String ascii) {
        assertEquals(Amount.parse(ascii), Amount.parse(arabic));
    }

    @Test
    void bidiMarksTatweelAndNoBreakSpacesInCopiedTextAreIgnored() {
        assertEquals(Amount.parse("13.4bn USD"), Amount.parse("\u200F١٣٫٤\u00A0مليـار دولار\u200F"));
    }

    @Test
    void arabicPercentSign() {
        assertEquals(Percent.of(new BigDecimal("73")), Percent.parse("٧٣٪"));
        assertEquals(Percent.of(new BigDecimal("73.5")), Percent.parse("٧٣٫٥"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { // ' stands in the messages
        "١٢٠ مليون روبل | is ambiguous without a year: it may be SUR (Soviet ruble, to 1991), RUR (Russian ruble 1992-1997) or RUB (from 1998)",
        "١٢٠ مليون روبل@1990-1993 | is ambiguous for 1990-1993",
        "١٢٠ مليون روبل روسي | is ambiguous without a year: it may be RUR (Russian ruble 1992-1997) or RUB (from 1998)",
        "١٢٠ مليون روبل روسي@1966 | the Russian ruble (روبل روسي) dates from 1992",
        "١٫٤ مليار جنيه | 'جنيه' is ambiguous: it may be the pound sterling or the Egyptian pound",
        "٥ ليرة | 'ليرة' is ambiguous: it may be the Syrian, Lebanese or Turkish lira",
        "٣ بليون دولار | 'بليون' is ambiguous: it means 10^9 in some usage and 10^12 in others",
        "٣ مليار دينار | 'دينار' is ambiguous",
        "٣ مليار و٤٠٠ مليون دولار | 'و' is not a scale or currency word",
        "٣ كيلو دولار | 'كيلو' is not a scale or currency word",
        "١٬٥ مليون دولار | the Arabic thousands separator ٬ must stand between groups of three digits",
        "١٬٥٠٠٬٠٠ دولار | the Arabic thousands separator ٬ must stand between groups of three digits",
        "٠٫٥٬٠٠٠ دولار | the Arabic thousands separator ٬ must stand between groups of three digits",
    })
    void ambiguousOrUnknownWordsAreErrorsThatSayWhy(String text, String why) {
        CalcException e = assertThrows(CalcException.class, () -> Amount.parse(text));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().startsWith("'" + text + "'"), "quotes the text as typed: " + e.getMessage());
    }
}
