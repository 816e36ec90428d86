package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English forms of totals, average yearly growth, percent-of and remainders that extract reads, one
 * construction a test, on sentences written for the test: the claim each writes and check's verdict.
 */
class RelationFormsTest {
    /** The claims of a text of one kind, each as "claim = expected [tolerance]: consistent|inconsistent". */
    static List<String> claims(Claim.Kind kind, String text) {
        return Extraction.of(ArticleText.of("t.txt", text)).claims().stream().filter(c -> c.kind() == kind)
                .map(c -> c.claim() + " = " + c.expected() + (c.tolerance() == null ? "" : " " + c.tolerance()) + ": "
                        + (Boolean.TRUE.equals(RelationReader.verdictOf(c.claim(), c.expected(), c.tolerance())) ? "consistent" : "inconsistent"))
                .collect(Collectors.toList());
    }

    @Test
    void aTotalWithNoTotalWordIsAListWhoseSumFits() {
        assertEquals(List.of("61.44bn USD + 4.26bn USD = 65.7bn USD: consistent"), claims(Claim.Kind.TOTAL,
                "Trade hit a record $65.7 billion, as purchases swelled to $61.44 billion while exports reached only $4.26 billion."));
        // no word says a total and the sum does not fit: no claim (a coincidence of numbers is not a claim)
        assertEquals(List.of(), claims(Claim.Kind.TOTAL,
                "Trade hit a record $65.7 billion, as purchases swelled to $60.44 billion while exports reached only $4.26 billion."));
    }

    @Test
    void theStagesOfAWholeInTheNextSentence() {
        assertEquals(List.of("30% + 30% + 20% = 80%: consistent"), claims(Claim.Kind.TOTAL,
                "Creditors agreed to write off 80 percent of the $38.9 billion owed. A first 30 percent goes at once, another 30 percent"
                        + " next year and the final 20 percent in 2027."));
        // figures of the next sentence with no word of stages are not parts
        assertEquals(List.of(), claims(Claim.Kind.TOTAL, "Growth was 5% in 2022. It slowed to 3% in 2023 and 2% in 2024."));
    }

    @Test
    void averageYearlyGrowthDatedByItsSentence() {
        // "between 2015 and 2020 … from A to B" dates A and B by the ends of the span (the figures' years)
        assertEquals(List.of("cagr(5bn USD@2015, 8bn USD@2020, 5) = 9.9%: consistent"), claims(Claim.Kind.CAGR,
                "Between 2015 and 2020 exports rose from $5 billion to $8 billion, growing at an average annual rate of 9.9%."));
        assertEquals(List.of("cagr(10bn USD@2010, 20bn USD@2020, 10) = 9.2%: inconsistent"), claims(Claim.Kind.CAGR,
                "Trade rose from $10 billion to $20 billion over 2010-2020, an average of 9.2% a year."));
        assertEquals(List.of("cagr(5bn USD, 8bn USD, 5) = 9.9%: consistent"), claims(Claim.Kind.CAGR,
                "Exports rose to $8 billion in 2020 from $5 billion five years earlier, an average annual increase of 9.9%."));
    }

    @Test
    void aYearlyRateIsNotTheChangesPercent() {
        // "or about 7.2 % a year": an average rate, not growth(A, B) = 7.2 %
        assertEquals(List.of("cagr(10bn USD, 20bn USD, 10) = about(7.2%): consistent"), claims(Claim.Kind.CAGR,
                "From 2010 to 2020, remittances grew from $10 billion to $20 billion, or about 7.2% a year on average."));
        assertEquals(List.of(), claims(Claim.Kind.CHANGE,
                "From 2010 to 2020, remittances grew from $10 billion to $20 billion, or about 7.2% a year on average.").stream()
                .filter(c -> c.startsWith("growth")).toList());
    }

    @Test
    void aPartOfAWholeWithItsPhraseThenItsPercent() {
        assertEquals(List.of("70% of 60bn USD = 42bn USD: consistent"), claims(Claim.Kind.PERCENT_OF,
                "Oil accounted for $42 billion of the $60 billion in exports, or 70%."));
        assertEquals(List.of("75% of 60bn USD = 42bn USD: inconsistent"), claims(Claim.Kind.PERCENT_OF,
                "Oil accounted for $42 billion of the $60 billion in exports, or 75%."));
    }

    @Test
    void aFractionOfTheWholeThenItsAmount() {
        // a third is read as 33.33 %, two thirds as 66.67 %; the whole is the larger amount before, the one that fits
        assertEquals(List.of("33.33% of 2.5bn USD = about(833m USD): consistent"), claims(Claim.Kind.PERCENT_OF,
                "Three Gulf states pledged $2.5 billion in aid, with each providing a third of the package, or about $833 million."));
        assertEquals(List.of("66.67% of 8bn USD = 5.3bn USD: consistent"), claims(Claim.Kind.PERCENT_OF,
                "Of the $8 billion in aid, two-thirds of it, or $5.3 billion, came from Saudi Arabia."));
    }

    @Test
    void theAmountsAfterAWholeThatAddUpToIt() {
        // "package" names a whole; the parts follow over two sentences, sub-parts ("of which", "including") left out
        assertEquals(List.of("2.5bn USD + 1.5bn USD = 4bn USD: consistent"), claims(Claim.Kind.TOTAL,
                "The fund approved a $4 billion support package on Monday. Egypt gets $2.5 billion, $1 billion of which in grants."
                        + " Jordan receives $1.5 billion, including $200 million for refugees."));
        // of the runs that fit, the nearest: all three parts, not the first two
        assertEquals(List.of("6bn EUR + 2.4bn EUR + 600m EUR = 9bn EUR: consistent"), claims(Claim.Kind.TOTAL,
                "The bank announced a 9-billion-euro aid package. The package includes six billion euros in loans, 2.4 billion euros"
                        + " in grants and 600 million euros in guarantees."));
        // a whole whose following amounts do not add up to it: no claim
        assertEquals(List.of(), claims(Claim.Kind.TOTAL,
                "The fund approved a $4 billion support package on Monday. Egypt gets $2.5 billion and Jordan $0.6 billion."));
    }

    @Test
    void aPercentOfTheTotalIsOfTheLargestAmountBefore() {
        // 15 % of 3.1 bn is about 465 m and would fit; "the total" is the 4.5 bn, and 465 m is 10.3 % of it
        assertEquals(List.of("about(15%) of 4.5bn USD = about(465m USD): inconsistent"), claims(Claim.Kind.PERCENT_OF,
                "The fund approved a $4.5 billion loan. It combines $3.1 billion from one facility with $1.4 billion from another."
                        + " About $465 million, roughly 15% of the total, will be released at once."));
    }

    @Test
    void aMultipleOfWhatTwoNamesHave() {
        // "Kenya's share is three times Uganda's": the amounts stated after each name earlier in the paragraph
        assertEquals(List.of("ratio(1.8bn USD, 0.9bn USD) = 3 ±5%: inconsistent"), claims(Claim.Kind.RATIO,
                "The bank approved $3 billion for East Africa. Kenya gets $1.8 billion and Uganda receives $0.9 billion."
                        + " Kenya's share is three times Uganda's."));
        assertEquals(List.of("ratio(1.8bn USD, 0.9bn USD) = 2 ±5%: consistent"), claims(Claim.Kind.RATIO,
                "The bank approved $3 billion for East Africa. Kenya gets $1.8 billion and Uganda receives $0.9 billion."
                        + " Kenya's share is twice Uganda's."));
    }

    @Test
    void anotherClausesYearlyRateIsNoClaimUnlessItFits() {
        // "and the economy grew …": the rate is not of the amounts before it
        assertEquals(List.of(), claims(Claim.Kind.CAGR,
                "Between 2015 and 2020 exports rose from $5 billion to $8 billion, and the economy grew an average of 3% a year."));
    }

    @Test
    void aMultipleInOneWordBetweenItsAmounts() {
        assertEquals(List.of("ratio(35bn USD, 25bn USD) = at_most(2): inconsistent"), claims(Claim.Kind.RATIO,
                "Reserves of $35 billion are almost double the $25 billion of a year earlier."));
        assertEquals(List.of("ratio(35bn USD, 18bn USD) = at_most(2): consistent"), claims(Claim.Kind.RATIO,
                "Reserves of $35 billion are almost double the $18 billion of a year earlier."));
        // "double-digit": no amounts around it, no claim (and no pair of the paragraph is looked for)
        assertEquals(List.of(), claims(Claim.Kind.RATIO, "Exports of $5 billion saw double-digit growth, with $2.5 billion in oil."));
    }

    @Test
    void aPartThatStandsForSeveralIsNoSumAsWritten() {
        // "each deposited $1 bn": two deposits of $1 bn; 1 + 0.5 is not what the words add up (2.5 bn is)
        assertEquals(List.of(), claims(Claim.Kind.TOTAL,
                "Saudi Arabia and the UAE each deposited $1 billion, and Qatar $500 million, for a total of $2.5 billion."));
        assertEquals(List.of("1bn USD + 500m USD = 2.5bn USD: inconsistent"), claims(Claim.Kind.TOTAL,
                "Saudi Arabia deposited $1 billion and Qatar $500 million, for a total of $2.5 billion."));
    }
}
