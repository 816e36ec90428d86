package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The English forms of a change extract reads, one construction a test, on sentences written for the
 * test: the claim each writes and the verdict check gives it (a stated percent, difference or
 * fraction is part of the claim, so a wrong one is inconsistent whichever order the words take).
 */
class ChangeFormsTest {
    /** The change claims of a text, each as "claim = expected [tolerance]: consistent|inconsistent". */
    private static List<String> changes(String text) {
        return Extraction.of(ArticleText.of("t.txt", text)).claims().stream().filter(c -> c.kind() == Claim.Kind.CHANGE)
                .map(c -> c.claim() + " = " + c.expected() + (c.tolerance() == null ? "" : " " + c.tolerance()) + ": "
                        + (Boolean.TRUE.equals(RelationReader.verdictOf(c.claim(), c.expected(), c.tolerance())) ? "consistent" : "inconsistent"))
                .collect(Collectors.toList());
    }

    @Test
    void aStatedPercentIsPartOfTheChangeInEveryOrder() {
        // 400 m to 500 m is 25 %, not 30 %: each order of the words gives the same inconsistent claim
        String wrong = "growth(400m USD, 500m USD) = 30%: inconsistent";
        assertEquals(List.of(wrong), changes("Exports rose 30% from $400 million to $500 million."));
        assertEquals(List.of(wrong), changes("Exports rose from $400 million to $500 million, or 30%."));
        assertEquals(List.of(wrong), changes("Exports rose to $500 million from $400 million, a 30% increase."));
        assertEquals(List.of(wrong), changes("Exports rose by 30% to $500 million from $400 million."));
        assertEquals(List.of(wrong), changes("From $400 million, exports rose 30% to $500 million."));
        assertEquals(List.of("growth(400m USD, 500m USD) = 25%: consistent"), changes("Exports rose from $400 million to $500 million, or 25%."));
    }

    @Test
    void aDifferenceRightAfterTheVerb() {
        assertEquals(List.of("change(34.1bn USD, 38.2bn USD) = 3bn USD: inconsistent"), changes("Reserves rose $3 billion to $38.2 billion from $34.1 billion."));
        assertEquals(List.of("change(34.1bn USD, 38.2bn USD) = 4.1bn USD: consistent"), changes("Reserves rose $4.1 billion to $38.2 billion from $34.1 billion."));
    }

    @Test
    void aComparisonStatesTheChangeFromTheFigureAfterIt() {
        assertEquals(List.of("change(1.2bn USD, 1.1bn USD) = (-100m USD): consistent"),
                changes("Aid this year, at $1.1 billion, is $100 million less than last year's $1.2 billion."));
        assertEquals(List.of("change(2.5bn USD, 3.1bn USD) = 400m USD: inconsistent"),
                changes("The new loan of $3.1 billion is $400 million larger than the previous one of $2.5 billion."));
        assertEquals(List.of("growth(7.0bn USD, 9.4bn USD) = 40%: inconsistent"),
                changes("Revenue of $9.4 billion was 40% higher than the previous year's $7.0 billion."));
        assertEquals(List.of("growth(400m USD@2019, 500m USD@2020) = 25%: consistent"),
                changes("Exports reached $500 million in 2020, 25% above the $400 million of 2019."));
        assertEquals(List.of("change(700m USD@2019, 500m USD@2020) = (-200m USD): consistent"),
                changes("Exports reached $500 million in 2020, $200 million below the $700 million of 2019."));
        assertEquals(List.of("change(400m USD@2019, 500m USD@2020) = 120m USD: inconsistent"),
                changes("Exports reached $500 million in 2020, $120 million more than in 2019, when they were $400 million."));
    }

    @Test
    void aDifferenceOfTwoAmountsOfOneYearIsInThatYearsPrices() {
        assertEquals(List.of("change(68bn USD@2022, 80bn USD@2022) = 12bn USD@2022: consistent"),
                changes("The deficit widened to $80 billion, $12 billion more than the $68 billion of 2022."));
    }

    @Test
    void aComparisonWithNoFigureAfterItsCueIsNoClaim() {
        // "more than expected": the amount after the comma is not what the cue compares with
        assertEquals(List.of(), changes("Of the $30 billion pledged, Egypt raised $2 billion more than expected, taking the total to $10 billion."));
        assertEquals(List.of(), changes("Orders peaked at more than $9 billion, against $2.2 billion on offer."));
    }

    @Test
    void aChangeByARoundFraction() {
        assertEquals(List.of("growth(900m USD, 600m USD) = (-33.3%) ±10%: consistent"), changes("Revenue fell by a third to $600 million from $900 million."));
        assertEquals(List.of("growth(900m USD, 450m USD) = (-50%) ±10%: consistent"), changes("Revenue fell by half, from $900 million to $450 million."));
        assertEquals(List.of("growth(800m USD, 600m USD) = (-25%) ±10%: consistent"), changes("Revenue dropped by a quarter to $600 million from $800 million."));
        assertEquals(List.of("growth(900m USD, 600m USD) = (-50%) ±10%: inconsistent"), changes("Revenue was cut by half, from $900 million to $600 million."));
        assertEquals(List.of("growth(900m USD, 620m USD) = (-33.3%) ±20%: consistent"), changes("Revenue fell by about a third to $620 million from $900 million."));
    }

    @Test
    void aComparedFigureIsTheEarlierWhenTheCueOrTheSentenceSaysSo() {
        // "down from": the figure after it is the earlier; 4.8 bn to 3.2 bn is a fall of a third
        assertEquals(List.of("growth(4.8bn USD, 3.2bn USD) = (-25%): inconsistent"),
                changes("Inflows dropped to $3.2 billion, down from $4.8 billion, a fall of 25%."));
        // "compared with": the sentence states the change between them
        List<String> c = changes("Exports totalled $500 million, compared with $400 million in 2019, an increase of 30%.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).startsWith("growth(400m USD") && c.get(0).endsWith("= 30%: inconsistent"), c.toString());
    }

    @Test
    void thePercentOfAnotherAmountIsNotTheChanges() {
        // "dropped 9.7 %" is the change of the 1.37 tn before the surplus, not of the surplus "up from" 123 bn
        List<String> c = changes("Imports dropped 9.7% to 1.37 trillion euros, leaving a trade surplus of 209 billion euros, up from 123 billion euros.");
        assertTrue(c.stream().noneMatch(x -> x.contains("9.7%")), c.toString());
        assertTrue(c.stream().allMatch(x -> x.endsWith(": consistent")), c.toString());
    }

    @Test
    void aChangeAfterItsLaterFigureAndAWordOrTwoBeforeTheEarlier() {
        assertEquals(List.of("growth(20.3tn JPY@2022, 9.29tn JPY@2023) = (-55%): inconsistent"),
                changes("Japan posted a trade deficit of 9.29 trillion yen in 2023, shrinking by 55% from a record 20.3 trillion yen in 2022."));
        assertEquals(List.of("growth(20.3tn JPY, 9.29tn JPY) = (-54.2%): consistent"),
                changes("The deficit shrank by 54.2% to 9.29 trillion yen from a record 20.3 trillion yen."));
        assertEquals(List.of("growth(15.2bn GBP, 11.5bn GBP@2021) = (-25%) ±20%: consistent"),
                changes("Britain cut its aid budget to 11.5 billion pounds in 2021 from 15.2 billion pounds the year before, a reduction of roughly a quarter."));
    }

    @Test
    void anApproximatePercentAfterItsCue() {
        assertEquals(List.of("growth(486bn USD, 524bn USD) = at_most(8%): consistent"),
                changes("The cost has risen to $524 billion, up nearly 8% from $486 billion a year earlier."));
    }

    @Test
    void anEarlierFigureMarkedForAnotherAmountIsNotThisOnes() {
        // "$878 bn the year before" is the surplus's earlier figure, not the $2.56 tn imports'
        List<String> c = changes("Imports dropped 5.5% to $2.56 trillion, leaving a trade surplus of $823 billion, down from a record $878 billion"
                + " the year before.");
        assertTrue(c.stream().noneMatch(x -> x.contains("5.5%")), c.toString());
    }

    @Test
    void aShareChangedToBFromA() {
        // a change of a share in points, its later figure first: the direction the verb claims
        assertEquals(List.of("change(5.1%, 4.9%) = (-0.2%) ±0pp: consistent"),
                changes("The deficit goal was narrowed to 4.9% of gross domestic product from the 5.1% set in February."));
        assertEquals(List.of("change(0.5%, 0.3%) = (-0.2%) ±0pp: consistent"),
                changes("It will pay for it by cutting overseas aid to 0.3% of gross national income from 0.5%."));
    }

    @Test
    void theVerbsObjectIsTheEarlierFigure() {
        // "cut A by half, to B": A stands between the verb and the size of its change
        assertEquals(List.of("growth(33bn USD, 20bn USD) = (-50%) ±10%: inconsistent"), changes("Creditors cut the $33 billion debt by half, to $20 billion."));
        assertEquals(List.of("growth(33bn USD, 16.5bn USD) = (-50%) ±10%: consistent"), changes("Creditors cut the $33 billion debt by half, to $16.5 billion."));
        assertEquals(List.of("growth(3.1bn USD, 3.9bn USD) = 20%: inconsistent"), changes("The bank raised its $3.1 billion loan by 20% to $3.9 billion."));
    }

    @Test
    void aComparisonWithItsSizeAfterTheEarlierFigure() {
        // "B, falling short of A by D": 267 bn less 255.8 bn is 11.2 bn
        assertEquals(List.of("change(267bn USD, 255.8bn USD) = (-13.2bn USD): inconsistent"),
                changes("Exports reached $255.8 billion, falling short of the $267 billion target by $13.2 billion."));
        assertEquals(List.of("growth(7.8bn USD, 9.4bn USD) = 20%: consistent"),
                changes("Revenue was $9.4 billion, above the $7.8 billion forecast by 20%."));
        // "B, above A" with no size: no claim
        assertEquals(List.of(), changes("Revenue was $9.4 billion, above the $7.8 billion forecast."));
    }

    @Test
    void aComparisonOfAnotherSubjectIsNotTheAmountBeforeIt() {
        // "with oil 20 % higher": oil's comparison, not the $5 bn's
        assertEquals(List.of(), changes("Exports reached $5 billion, with oil 20% higher than the $2 billion of 2022."));
    }
}
