package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import figures.CliRun;
import org.junit.jupiter.api.Test;

/**
 * Each relation form, in English and Arabic, stated rightly and wrongly: {@code extract - | check -}
 * must find the claim and give the verdict the arithmetic gives.
 */
class ExtractRelationsTest {
    private static CliRun run(String stdin, String... args) {
        return CliRun.run(stdin, args);
    }

    /** The "id verdict" of every claim extract finds in the text, as check judges it. */
    private static List<String> verdicts(String text) {
        CliRun extract = run(text, "extract", "-");
        assertEquals(0, extract.exit(), extract.err());
        CliRun check = run(extract.out(), "check", "-", "-f", "csv");
        List<String> out = new ArrayList<>();
        for (String line : check.out().lines().skip(1).toList()) {
            String[] cells = line.split(",");
            for (String c : cells) {
                if (c.equals("consistent") || c.equals("inconsistent")) {
                    out.add(cells[0] + " " + c);
                }
            }
        }
        assertEquals(out.stream().anyMatch(v -> v.endsWith(" inconsistent")) ? 1 : 0, check.exit(), check.out() + check.err());
        return out;
    }

    @Test
    void percentOfInAnyOrder() {
        assertEquals(List.of("percent-of-1 consistent"), verdicts("Russia wrote off $9.8 billion, or 73% of Syria's $13.4 billion debt."));
        assertEquals(List.of("percent-of-1 inconsistent"), verdicts("Creditors forgave $2.5 billion (25%) of the $12 billion owed."));
        assertEquals(List.of("percent-of-1 consistent"), verdicts("The fund lent $300 million, 30% of the $1 billion programme."));
        assertEquals(List.of("percent-of-1 inconsistent"), verdicts("Members cancelled 80% of the $38.9 billion, that is $33.1 billion."));
        assertEquals(List.of("percent-of-1 inconsistent"), verdicts("أعفى الدائنون 2.5 مليار دولار بنسبة 25 % من الديون البالغة 12 مليار دولار."));
        assertEquals(List.of("percent-of-1 consistent"), verdicts("ألغى نادي باريس 80 % من الديون البالغة 38.9 مليار دولار، وهو ما يعادل 31.1 مليار دولار."));
    }

    @Test
    void anApproximateFigureWidensWhatTheCheckAllows() {
        // 15 % of 2.4 bn is 341-380 m as stated: "about 330 million" (313-347 m) meets it, "330 million" does not
        assertEquals(List.of("percent-of-1 consistent"), verdicts("The bank kept 15% of its $2.4 billion portfolio, equal to about $330 million."));
        assertEquals(List.of("percent-of-1 inconsistent"), verdicts("The bank kept 15% of its $2.4 billion portfolio, equal to $330 million."));
    }

    @Test
    void remaindersWithTheirBaseInAnEarlierSentence() {
        // "cancelled W, and the remaining R": the part stands in R's clause and the paragraph names one whole larger than
        // both before it, so the words say which base, and a wrong remainder is flagged
        assertEquals(List.of("remaining-1 consistent"),
                verdicts("Egypt owed $20.4 billion in 2015. Creditors cancelled $5.1 billion, and the remaining $15.3 billion was rescheduled."));
        assertEquals(List.of("remaining-1 inconsistent"),
                verdicts("Egypt owed $20.4 billion in 2015. Creditors cancelled $5.1 billion, and the remaining $16.3 billion was rescheduled."));
        // two wholes before it: which one the words mean is a guess, a claim only when the numbers fit
        assertEquals(List.of(), verdicts("Egypt owed $20.4 billion in 2015 and $22.1 billion in 2016. Creditors cancelled $5.1 billion,"
                + " and the remaining $16.3 billion was rescheduled."));
        assertEquals(List.of("remaining-1 consistent"),
                verdicts("The loan was $500 million. After a 40% write-off, the rest, $300 million, falls due over ten years."));
        assertEquals(List.of("remaining-1 inconsistent"), verdicts("The creditors forgave 65% of the debt, leaving 45% to be repaid."));
        assertEquals(List.of("remaining-1 consistent"),
                verdicts("بلغت ديون مصر 20.4 مليار دولار عام 2015. وألغى الدائنون 5.1 مليار دولار، وبقي 15.3 مليار دولار."));
    }

    @Test
    void aStatedPercentIsPartOfTheChangeInEachOrder() {
        for (String s : List.of("Exports rose 30% from $400 million in 2019 to $500 million in 2020.",
                "Exports rose from $400 million in 2019 to $500 million in 2020, an increase of 30%.",
                "Exports rose 30% to $500 million in 2020 from $400 million in 2019.",
                "Exports rose to $500 million in 2020 from $400 million in 2019, up 30%.",
                "ارتفعت الصادرات بنسبة 30 % من 400 مليون دولار عام 2019 إلى 500 مليون دولار عام 2020.",
                "ارتفعت الصادرات من 400 مليون دولار عام 2019 إلى 500 مليون دولار عام 2020 بنسبة 30 %.")) {
            assertEquals(List.of("change-1 inconsistent"), verdicts(s), s);
            assertEquals(List.of("change-1 consistent"), verdicts(s.replace("30", "25")), s);
        }
        // A in an earlier sentence: the sentence that goes on from it ("they rose") says which A, so a wrong change is flagged
        assertEquals(List.of("change-1 consistent"), verdicts("Exports were $400 million in 2019. In 2020 they rose 25% to $500 million."));
        assertEquals(List.of("change-1 inconsistent"), verdicts("Exports were $400 million in 2019. In 2020 they rose 30% to $500 million."));
        // without words that refer back, A is a guess: a claim only when the stated change fits it
        assertEquals(List.of(), verdicts("Exports were $400 million in 2019. Imports in 2020 rose 30% to $500 million."));
        assertEquals(List.of("change-1 inconsistent"), verdicts("Remittances doubled from $1.2 billion in 2010 to $2.6 billion in 2015."));
        assertEquals(List.of("change-1 consistent"), verdicts("تضاعفت التحويلات من 1.2 مليار دولار عام 2010 إلى 2.4 مليار دولار عام 2015."));
        assertEquals(List.of("change-1 inconsistent"),
                verdicts("تراجعت عائدات السياحة بمقدار 300 مليون دولار من 1.25 مليار دولار عام 2019 إلى 1.1 مليار دولار عام 2020."));
    }

    @Test
    void aChangeWrittenAsAComparisonAndMultiplesWithTheirApproximation() {
        assertEquals(List.of("change-1 consistent"), verdicts(
                "ارتفع احتياطي البلاد إلى 8.1 مليار دولار في نهاية 2023 مقابل 7.2 مليار دولار قبل عام، بزيادة نسبتها 12.5 في المئة."));
        assertEquals(List.of("change-1 inconsistent"), verdicts(
                "Kenya's external debt rose to $38.2 billion at the end of 2023 from $34.6 billion a year earlier, an increase of 14.4%."));
        // 44 / 10 = 4.4: "more than four times" holds, "nearly tripled" (1.9 times) does not
        assertEquals(List.of("ratio-1 consistent"), verdicts("Argentina owes the IMF $44 billion, more than four times the $10 billion it owes the Paris Club."));
        assertEquals(List.of("change-1 inconsistent"), verdicts("Tourism earnings nearly tripled to $2.1 billion in 2023 from $1.1 billion in 2022."));
    }

    @Test
    void totalsRatiosAndAverageYearlyGrowth() {
        assertEquals(List.of("total-1 consistent"), verdicts("The two banks lent $3.2 billion and $4.5 billion, totalling $7.7 billion."));
        assertEquals(List.of("total-1 inconsistent"),
                verdicts("A total of $5.5 billion was pledged: $2.5 billion by the Gulf states and $3.5 billion by the World Bank."));
        assertEquals(List.of("total-1 inconsistent"),
                verdicts("تعهدت السعودية بمبلغ 1.5 مليار دولار والإمارات بمبلغ 1.2 مليار دولار، بإجمالي 2.9 مليار دولار."));
        assertEquals(List.of("ratio-1 consistent"), verdicts("China's exports to the region were $12 billion, three times the $4 billion of imports."));
        assertEquals(List.of("ratio-1 inconsistent"), verdicts("بلغ القرض الجديد 900 مليون دولار، أي ضعف القرض السابق البالغ 350 مليون دولار."));
        List<String> cagr = verdicts("Debt service rose from $1.5 billion in 2012 to $2.1 billion in 2018, an average annual growth of 9%.");
        assertTrue(cagr.contains("cagr-1 inconsistent"), cagr.toString());
        List<String> cagrAr = verdicts("نمت الصادرات من 2 مليار دولار عام 2010 إلى 4 مليارات دولار عام 2020 بمعدل 7.2 % سنويا.");
        assertTrue(cagrAr.contains("cagr-1 consistent") && !cagrAr.toString().contains("inconsistent"), cagrAr.toString());
    }

    @Test
    void figuresWithoutARelationAreNotedAndCheckSaysThereIsNothingToCheck() {
        CliRun extract = run("The budget was $5 billion in 2019 and the army got $2 billion.\n", "extract", "-");
        assertTrue(extract.err().contains("<stdin>:1:16: 2 figures, no relation found"), extract.err());
        CliRun check = run(extract.out(), "check", "-");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains("no claims to check"), check.err());
        assertEquals(1, run(extract.out(), "check", "-", "--require-claims").exit());
        // an empty stream is not "no claims": extract failed
        assertEquals(3, run("", "check", "-").exit());
    }
}
