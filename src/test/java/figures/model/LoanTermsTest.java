package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loan terms at the edges of what is accepted (a rate of 0 % and of 1000 %, a maturity of 100
 * years, a grace of 0, the frequencies), what a table row leaves blank, and the periods a
 * schedule is built from.
 */
class LoanTermsTest {
    private static LoanTerms parse(String text) {
        return LoanTerms.parse(text);
    }

    private static String badTerm(String text) {
        LoanTerms.BadTerm e = assertThrows(LoanTerms.BadTerm.class, () -> parse(text), text);
        return e.term() + ": " + e.getMessage();
    }

    @Test
    void theTermsAsGivenAndTheirPeriods() {
        LoanTerms t = parse("rate=2.5%, maturity=10y, grace=3, repayment=Equal, frequency=semi-annual");
        assertEquals(new BigDecimal("2.5"), t.rate().value());
        assertEquals(new BigDecimal("10"), t.maturity());
        assertEquals(new BigDecimal("3"), t.grace());
        assertEquals(LoanTerms.Repayment.EQUAL, t.repayment());
        assertEquals(2, t.frequency());
        assertEquals(20, t.periods());
        assertEquals(6, t.firstRepaymentPeriod());
        assertEquals(new BigDecimal("0.0125"), t.interestPerPeriod());
        assertEquals("2.5%, 10 years, grace 3 years, equal principal, semi-annual", t.describe());
        assertEquals(t.describe(), t.toString());
    }

    @Test
    void withoutGraceTheFirstRepaymentIsTheFirstPeriodAndABulletRepaysAtMaturity() {
        LoanTerms noGrace = parse("rate=0%,maturity=1,repayment=annuity;frequency=monthly");
        assertEquals(12, noGrace.periods());
        assertEquals(1, noGrace.firstRepaymentPeriod());
        assertNull(noGrace.grace());
        assertEquals(0, noGrace.interestPerPeriod().signum());
        assertEquals("0%, 1 year, no grace, annuity, monthly", noGrace.describe());

        LoanTerms zeroGrace = parse("rate=4%,maturity=5,grace=0,repayment=annuity,frequency=4");
        assertEquals(1, zeroGrace.firstRepaymentPeriod());
        assertEquals("4%, 5 years, grace 0 years, annuity, quarterly", zeroGrace.describe());
        assertEquals(new BigDecimal("0.01"), zeroGrace.interestPerPeriod());

        LoanTerms bullet = parse("rate=3%,maturity=7,repayment=bullet");
        assertEquals(7, bullet.periods());
        assertEquals(7, bullet.firstRepaymentPeriod());
        assertEquals("3%, 7 years, bullet, yearly", bullet.describe());
        assertEquals(7, parse("rate=3%,maturity=7,grace=7,repayment=bullet,frequency=annual").firstRepaymentPeriod());
    }

    @Test
    void aGrantHasNoTermsAndNoPeriods() {
        LoanTerms grant = parse("repayment=grant");
        assertEquals(0, grant.periods());
        assertEquals(0, grant.firstRepaymentPeriod());
        assertNull(grant.rate());
        assertNull(grant.maturity());
        assertEquals(0, grant.interestPerPeriod().signum());
        assertEquals("grant (no repayment, no interest)", grant.describe());
        assertEquals("rate: a grant has no repayment terms: leave out the rate", badTerm("repayment=grant,rate=1%"));
        assertEquals("maturity: a grant has no repayment terms: leave out the maturity", badTerm("repayment=grant,maturity=1"));
        assertEquals("grace: a grant has no repayment terms: leave out the grace", badTerm("repayment=grant,grace=1"));
    }

    @Test
    void theInterestPerPeriodIsRoundedOnlyToTheContextAsked() {
        LoanTerms t = parse("rate=1%,maturity=1,repayment=annuity,frequency=12");
        assertEquals(new BigDecimal("0.0008333333333333333333333333333333333"), t.interestPerPeriod());
        assertEquals(new BigDecimal("0.000833"), t.interestPerPeriod(new MathContext(3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rate=0%,maturity=1,repayment=annuity           | 1",
        "rate=1000%,maturity=1,repayment=annuity        | 1",
        "rate=5%,maturity=100,repayment=annuity         | 100",
        "rate=5%,maturity=0.5,repayment=equal,frequency=2 | 1",
        "rate=5%,maturity=0.25,repayment=bullet,frequency=quarterly | 1",
        "rate=5%,maturity=2,grace=1.5,repayment=equal,frequency=half-yearly | 4",
    })
    void acceptedAtTheEdges(String text, int periods) {
        assertEquals(periods, parse(text).periods(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rate=-0.01%,maturity=1,repayment=annuity | rate: -0.01% is negative; a loan's interest rate is 0% or more",
        "rate=1000.01%,maturity=1,repayment=annuity | rate: 1000.01% is out of range (at most 1000% a year)",
        "maturity=1,repayment=annuity | rate: missing (the yearly interest rate, e.g. 2.5%)",
        "rate=1%,repayment=annuity | maturity: missing (years from commitment to the last repayment)",
        "rate=1%,maturity=0,repayment=annuity | maturity: 0 years is not a maturity: it must be more than 0 years",
        "rate=1%,maturity=-1,repayment=annuity | maturity: -1 years is not a maturity: it must be more than 0 years",
        "rate=1%,maturity=100.5,repayment=annuity,frequency=2 | maturity: 100.5 years is longer than 100 years",
        "rate=1%,maturity=1.5,repayment=annuity | maturity: 1.5 years is not a whole number of years (frequency 1); use whole years",
        "rate=1%,maturity=1.1,repayment=annuity,frequency=12 | maturity: 1.1 years is not a whole number of months (frequency 12); use a multiple of 0.08333 years",
        "rate=1%,maturity=1.1,repayment=annuity,frequency=4 | maturity: 1.1 years is not a whole number of quarters (frequency 4); use a multiple of 0.25 years",
        "rate=1%,maturity=1.1,repayment=annuity,frequency=2 | maturity: 1.1 years is not a whole number of half-years (frequency 2); use a multiple of 0.5 years",
        "rate=1%,maturity=5,grace=-1,repayment=annuity | grace: -1 years is negative; grace is the time from commitment to the first repayment of principal",
        "rate=1%,maturity=5,grace=5,repayment=annuity | grace: 5 years is not shorter than the maturity (5 years): principal must start being repaid before the last repayment (for one repayment at maturity, the repayment is bullet)",
        "rate=1%,maturity=5,grace=6,repayment=equal | grace: 6 years is not shorter than the maturity (5 years): principal must start being repaid before the last repayment (for one repayment at maturity, the repayment is bullet)",
        "rate=1%,maturity=5,grace=4,repayment=bullet | grace: a bullet loan repays all principal at maturity (5 years), so its grace is the maturity; leave out the grace or give 5",
        "rate=1%,maturity=1,grace=0.5,repayment=annuity | grace: 0.5 years is not a whole number of years (frequency 1); use whole years",
        "rate=1%,maturity=1,repayment=annuity,frequency=3 | frequency: '3' is not a payment frequency (expected 1, 2, 4 or 12 payments a year, or annual, semi-annual, quarterly, monthly)",
        "rate=1%,maturity=1,repayment=annuity,frequency=weekly | frequency: 'weekly' is not a payment frequency (expected 1, 2, 4 or 12 payments a year, or annual, semi-annual, quarterly, monthly)",
        "rate=1%,maturity=ten,repayment=annuity | maturity: 'ten' is not a number of years (expected e.g. 12 or 2.5)",
        "rate=1%,maturity=1,grace=x,repayment=annuity | grace: 'x' is not a number of years (expected e.g. 12 or 2.5)",
        "rate=1%,maturity=1,repayment=balloon | repayment: 'balloon' is not a repayment (expected annuity, equal, bullet or grant)",
        "rate=0.025,maturity=1,repayment=annuity | rate: '0.025' is ambiguous: 0.025% or the fraction 0.025 (2.5%)? write 0.025% for 0.025 percent, or 2.5 for 2.5 percent",
        "rate=1%,maturity=1 | repayment: missing (annuity, equal, bullet or grant)",
    })
    void refusedWithTheTermNamed(String text, String expected) {
        assertEquals(expected, badTerm(text));
    }

    @Test
    void everyFrequencyOfTheListIsAcceptedAndNoOther() {
        for (int f = 0; f <= 13; f++) {
            int frequency = f;
            if (List.of(1, 2, 4, 12).contains(f)) {
                assertEquals(f, LoanTerms.parseFrequency(" " + f + " "));
                assertEquals(f, LoanTerms.of(Percent.of(BigDecimal.ONE), BigDecimal.ONE, null, LoanTerms.Repayment.ANNUITY, f).frequency());
            } else {
                assertThrows(LoanTerms.BadTerm.class, () -> LoanTerms.parseFrequency(Integer.toString(frequency)));
                assertThrows(LoanTerms.BadTerm.class, () -> LoanTerms.of(null, null, null, LoanTerms.Repayment.GRANT, frequency));
            }
        }
        assertEquals(1, LoanTerms.parseFrequency("Annual"));
        assertEquals(2, LoanTerms.parseFrequency("semiannual"));
        assertEquals(4, LoanTerms.parseFrequency("QUARTERLY"));
    }

    @Test
    void textThatIsNoTermIsRefused() {
        CalcException e = assertThrows(CalcException.class, () -> parse("rate=1%,maturity"));
        assertEquals("'maturity' is not a loan term (expected key=value with keys rate, maturity, grace, repayment, frequency,"
                + " e.g. rate=2.5%,maturity=10,grace=3,repayment=equal,frequency=2)", e.getMessage());
        assertTrue(assertThrows(CalcException.class, () -> parse("rate=1%,term=3")).getMessage().startsWith("'term=3' is not a loan term"));
        assertTrue(assertThrows(CalcException.class, () -> parse("rate=1%,=3")).getMessage().startsWith("'=3' is not a loan term"));
        assertEquals(2, parse(" Rate =1%, MATURITY= 2 ,repayment=bullet").periods(), "keys in any case, spaces around them");
        assertEquals("loan term 'rate' is given twice in 'rate=1%,RATE=2%'",
                assertThrows(CalcException.class, () -> parse("rate=1%,RATE=2%")).getMessage());
        // empty parts between separators are no terms, and not an error
        assertEquals(3, parse(",rate=1%,,maturity=3;;repayment=annuity,").periods());
    }

    @Test
    void parsedYearsKeepTheirDigits() {
        assertEquals(new BigDecimal("12"), LoanTerms.parseYears("maturity", " 12 Y "));
        assertEquals(new BigDecimal("2.50"), LoanTerms.parseYears("grace", "2.50"));
        assertEquals("grace", assertThrows(LoanTerms.BadTerm.class, () -> LoanTerms.parseYears("grace", "y")).term());
    }

    @Test
    void theTermsATableRowLeavesBlank() {
        Percent r = Percent.of(BigDecimal.ONE);
        BigDecimal y = BigDecimal.TEN;
        assertEquals(List.of("rate", "maturity", "grace", "repayment", "frequency"), LoanTerms.missing(null, null, null, null, null));
        assertEquals(List.of(), LoanTerms.missing(r, y, y, LoanTerms.Repayment.EQUAL, 1));
        assertEquals(List.of(), LoanTerms.missing(null, null, null, LoanTerms.Repayment.GRANT, null));
        assertEquals(List.of(), LoanTerms.missing(r, y, null, LoanTerms.Repayment.BULLET, 2));
        assertEquals(List.of("grace"), LoanTerms.missing(r, y, null, LoanTerms.Repayment.ANNUITY, 2));
        assertEquals(List.of("rate"), LoanTerms.missing(null, y, y, LoanTerms.Repayment.ANNUITY, 2));
        assertEquals(List.of("maturity"), LoanTerms.missing(r, null, y, LoanTerms.Repayment.ANNUITY, 2));
        assertEquals(List.of("repayment"), LoanTerms.missing(r, y, y, null, 2));
        assertEquals(List.of("frequency"), LoanTerms.missing(r, y, y, LoanTerms.Repayment.ANNUITY, null));
    }

    @Test
    void namesAndShownFigures() {
        assertEquals("year", LoanTerms.periodName(1));
        assertEquals("half-year", LoanTerms.periodName(2));
        assertEquals("quarter", LoanTerms.periodName(4));
        assertEquals("month", LoanTerms.periodName(12));
        assertEquals("annuity", LoanTerms.Repayment.ANNUITY.toString());
        assertEquals(LoanTerms.Repayment.BULLET, LoanTerms.Repayment.parse(" Bullet "));
        assertEquals("2.5", LoanTerms.plain(new BigDecimal("2.500")));
        assertEquals("120", LoanTerms.plain(new BigDecimal("1.2E+2")));
        assertEquals("120m SUR", LoanTerms.show(Amount.parse("120000000 SUR")));
        assertEquals("62.5", LoanTerms.show(Amount.parse("62.50")));
        assertEquals("1234.567891", LoanTerms.show(Amount.parse("1234.56789123")));
    }
}
