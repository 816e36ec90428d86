package figures;

import static figures.PropertyChecks.forAll;
import static figures.PropertyChecks.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Properties of the amount, percent, number and year parsers over generated inputs. */
class ParserPropertiesTest {
    private static final List<String> CODES = List.of("USD", "GBP", "EUR", "RUB", "RUR", "SUR", "SYP", "JPY", "CHF");

    /** Any amount within the documented limits, with or without currency and price basis. */
    static Amount anyAmount(Random r) {
        BigDecimal value;
        if (r.nextInt(10) == 0) {
            value = new BigDecimal(BigInteger.ZERO, r.nextInt(Decimals.MAX_EXPONENT + Decimals.MAX_DIGITS + Decimals.MAX_EXPONENT + 1) - Decimals.MAX_EXPONENT);
        } else {
            int precision = 1 + r.nextInt(Decimals.MAX_DIGITS);
            String digits = (1 + r.nextInt(9)) + PropertyChecks.of(r, "0123456789", precision - 1);
            int magnitude = r.nextInt(2 * Decimals.MAX_EXPONENT + 1) - Decimals.MAX_EXPONENT;
            value = new BigDecimal(new BigInteger((r.nextBoolean() ? "-" : "") + digits), precision - 1 - magnitude);
        }
        Currency currency = r.nextInt(4) == 0 ? null : Currency.of(oneOf(r, CODES));
        Period basis = null;
        if (r.nextInt(3) == 0) {
            int first = Period.MIN_YEAR + r.nextInt(Period.MAX_YEAR - Period.MIN_YEAR + 1);
            basis = r.nextBoolean() ? Period.of(first) : Period.of(first, Math.min(Period.MAX_YEAR, first + r.nextInt(5)));
        }
        return Amount.of(value, currency, basis);
    }

    private static final List<String> TOKENS = List.of(
            ".", ",", "_", "\u066B", "\u066C", "e", "E", "e-", "e+", " ", "-", "+", "%", "\u066A", "@", "\u2212", "  ",
            "k", "m", "mn", "bn", "b", "tn", "thousand", "million", "Billion", "trillion", "USD", "gbp", "EUR", "SUR", "XYZ", "$", "£", "€", "US$",
            "مليار", "مليون", "ألف", "آلاف", "دولار", "أمريكي", "جنيه", "إسترليني", "روبل", "سوفيتي", "روسي", "ليرة", "سورية", "بليون", "و",
            "\u200F", "\u00A0", "\u0640", "1966", "1990-1993", "@2002", "@1700", "@99999", "0", "00", "000");

    /** Text that looks like an amount more often than not: digits, separators, scale and currency words, bombs. */
    static String amountish(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(6)) {
                case 0, 1 -> b.append(PropertyChecks.of(r, r.nextBoolean() ? "0123456789" : "٠١٢٣٤٥٦٧٨٩", 1 + r.nextInt(r.nextInt(20) == 0 ? 5000 : 12)));
                case 2 -> b.append("e").append(r.nextBoolean() ? "-" : "").append(PropertyChecks.of(r, "0123456789", 1 + r.nextInt(25)));
                case 3 -> b.append(PropertyChecks.anyText(r, 4));
                default -> b.append(oneOf(r, TOKENS));
            }
        }
        return b.toString();
    }

    private static String anyInput(Random r) {
        return r.nextInt(4) == 0 ? PropertyChecks.anyText(r, 40) : amountish(r);
    }

    @Test
    void amountsRoundTripThroughTheirTextForm() {
        forAll("parse(print(a)) = a", ParserPropertiesTest::anyAmount, a -> assertEquals(a, Amount.parse(a.toString()), a.toString()));
    }

    @Test
    void percentsRoundTripThroughTheirTextForm() {
        forAll("percent round trip", r -> Percent.of(anyAmount(r).value()), p -> assertEquals(p, Percent.parse(p.toString()), p.toString()));
    }

    @Test
    void theAmountParserAnswersAnyTextWithAnAmountOrItsOwnError() {
        AtomicInteger read = new AtomicInteger();
        forAll("Amount.parse", ParserPropertiesTest::anyInput, text -> {
            Amount a = succeedsOrSaysWhy(Amount::parse, text);
            if (a != null) {
                read.incrementAndGet();
                Decimals.checkRange(a.value(), text);
                assertEquals(a, Amount.parse(a.toString()), "what was read prints back as itself: " + a);
            }
        });
        assertTrue(read.get() > PropertyChecks.TRIES / 20, "the generator should make some amounts, not only junk: " + read);
    }

    @Test
    void thePercentNumberAndYearParsersAnswerAnyTextWithAValueOrTheirOwnError() {
        forAll("Percent.parse", ParserPropertiesTest::anyInput, text -> {
            Percent p = succeedsOrSaysWhy(Percent::parse, text);
            if (p != null) {
                assertEquals(0, p.value().compareTo(Percent.parse(p.toString()).value()), "what was read prints back as itself: " + p);
            }
        });
        forAll("Decimals.parse", ParserPropertiesTest::anyInput, text -> {
            BigDecimal v = succeedsOrSaysWhy(Decimals::parse, text);
            if (v != null) {
                assertTrue(v.precision() <= Decimals.MAX_DIGITS || v.signum() == 0, v.toString());
            }
        });
        forAll("Period.parse", r -> r.nextBoolean() ? PropertyChecks.of(r, "0123456789-–/ ٠١٩", r.nextInt(14)) : anyInput(r),
                text -> {
                    Period p = succeedsOrSaysWhy(Period::parse, text);
                    if (p != null) {
                        assertEquals(p, Period.parse(p.toString()), "what was read prints back as itself: " + p);
                        assertTrue(p.first() <= p.last() && p.first() >= Period.MIN_YEAR && p.last() <= Period.MAX_YEAR, p.toString());
                    }
                });
    }

    /** The parsed value, or null when the parser threw the project's own error with a message; anything else fails. */
    static <T> T succeedsOrSaysWhy(Function<String, T> parser, String text) {
        try {
            return parser.apply(text);
        } catch (CalcException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && e.getMessage().length() < 600,
                    () -> "a short, non-empty message: " + e.getMessage().substring(0, Math.min(e.getMessage().length(), 300)) + "…");
            return null;
        }
    }
}
