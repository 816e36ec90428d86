package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Figures and claims read from texts: numbers, scales, currencies, years, units, and the traps around them. */
class ExtractionTest {
    private static Extraction of(String text) {
        return Extraction.of(ArticleText.of("t.txt", text));
    }

    /** The figures of a text, each as kind:expression[@basis] (unit), in order. */
    private static List<String> figures(String text) {
        return of(text).figures().stream().map(ExtractionTest::describe).collect(Collectors.toList());
    }

    private static String describe(Figure f) {
        String s = f.kind() + ":" + (f.kind() == Figure.Kind.YEAR ? f.period().toString() : f.expression());
        if (f.high() != null) {
            s += ".." + f.highCell();
        }
        return f.unit() == null ? s : s + " (" + f.unit() + ")";
    }

    private static List<String> claims(String text) {
        return of(text).claims().stream().map(c -> c.id() + ": " + c.claim() + " = " + c.expected() + (c.tolerance() == null ? "" : " " + c.tolerance())
                + " [" + c.confidence() + "]").collect(Collectors.toList());
    }

    @Test
    void arabicDigitsSeparatorsAndScaleWords() {
        assertEquals(List.of("money:13.4bn USD"), figures("بلغت ١٣٫٤ مليار دولار"));
        assertEquals(List.of("count:17410742 (صوتاً)"), figures("بـ ١٧٬٤١٠٬٧٤٢ صوتاً"));
        assertEquals(List.of("money:3bn USD"), figures("نحو 3 مليارات دولار"));
        assertEquals(List.of("money:5k EUR"), figures("قيمتها 5 آلاف يورو"));
        assertEquals(List.of("money:25m USD"), figures("قرض قدره 25 مليونا دولار"));
    }

    @Test
    void compoundAndSlashWrittenAmounts() {
        // مليار و400 مليون is 1.4 bn, stated to the million
        assertEquals(List.of("year:1989-1990", "money:1.400bn GBP@1989-1990"),
                figures("في عام1989 و1990 أكثر من مليار و400 مليون جنيه إسترليني"));
        assertEquals(List.of("money:120m SUR@1966", "year:1966"), figures("قرض بمبلغ /120/ مليون روبل عام 1966"));
    }

    @Test
    void rublesAreReadByTheirYear() {
        assertEquals("RUR", of("a loan of 5 million rubles in 1995.").figures().get(0).currency().code());
        assertEquals("RUB", of("a loan of 5 million rubles in 2010.").figures().get(0).currency().code());
        Figure noYear = of("قرض بمبلغ 120 مليون روبل").figures().get(0);
        assertNull(noYear.currency());
        assertTrue(noYear.note().contains("without a year"), noYear.note());
    }

    @Test
    void englishSymbolsCodesAndSuffixes() {
        assertEquals(List.of("percent:73%", "money:13.4bn USD", "money:9.8bn USD"), figures("73% of the $13.4bn debt, i.e. $9.8bn"));
        assertEquals(List.of("money:5m USD", "money:1.4bn GBP"), figures("USD 5m and £1.4 billion"));
        assertEquals(List.of("quantity:17000000 (km²)"), figures("Russia spans 17 m km² across two continents"));
    }

    @Test
    void numbersThatAreNotMoney() {
        assertEquals(List.of("count:27000000 (people)"), figures("a country of 27 million people"));
        assertEquals(List.of("quantity:1500 (km)"), figures("أكثر من 1500كم"));
        assertEquals(List.of("count:100 (مشروع)"), figures("زادة على 100 مشروع تجاري"));
        assertEquals(List.of("quantity:2000 (t)"), figures("they shipped 2000 tonnes"));
        // an index is a plain number, and a change of it is no money claim
        assertEquals(List.of(), claims("CPI-U rose from 172.2 in 2000 to 179.9 in 2002."));
    }

    @Test
    void yearsSpansAndTheNumbersBesideThem() {
        assertEquals(List.of("year:1990", "quantity:1500 (km)"), figures("in 1990, 1,500 km of railway"));
        assertEquals(List.of("year:2005", "percent:73%"), figures("The 2005 agreement wrote off 73%."));
        assertEquals(List.of("year:1989-1990"), figures("exports in 1989-90 were high"));
        assertEquals(List.of("year:2004-2008"), figures("in three stages between 2004 and 2008"));
        // the year just after an amount is its price basis, even when the sentence has others
        assertEquals(List.of("money:95m USD@2000", "year:2000", "money:138m USD@2002", "year:2002"),
                figures("من 95 مليون دولار عام 2000 إلى 138 مليون دولار عام 2002"));
    }

    @Test
    void rangesShareTheirScaleAndCurrency() {
        assertEquals(List.of("money:120bn USD..130bn USD"), figures("ranged between 120 and 130 billion dollars"));
        assertEquals(List.of("money:120bn USD..130bn USD"), figures("بما بين 120 و130 مليار دولار"));
        assertEquals(List.of("money:2bn USD..3bn USD"), figures("2-3 billion dollars"));
    }

    @Test
    void aFigureSplitAcrossALineBreakAndACurrencyImpliedAfter() {
        List<Figure> fs = of("rose from 2.986 billion dollars in 1989 to 4.212\nbillion in 1990.").figures();
        Figure end = fs.get(2);
        assertEquals("4.212bn USD@1990", end.expression());
        assertTrue(end.note().startsWith("currency implied: USD"), end.note());
        // a scaled number with no currency anywhere near is a count, not money
        assertEquals(List.of("count:27000000"), figures("The population was 27 million."));
    }

    @Test
    void ambiguousCurrencyWordsAreNotGuessed() {
        Figure f = of("a loan of 5 million pounds").figures().get(0);
        assertEquals(Figure.Kind.MONEY, f.kind());
        assertNull(f.currency());
        assertTrue(f.note().contains("sterling"), f.note());
    }

    @Test
    void percentOfInItsThreeForms() {
        assertEquals(List.of("percent-of-1: 73% of 13.4bn USD@2005 = 9.8bn USD@2005 [high]"),
                claims("وفي عام 2005 تم شطب 73 % أي 9.8 مليار دولار من صافي ديون سوريا لموسكو، البالغة 13.4 مليار دولار."));
        assertEquals(List.of("percent-of-1: 80% of 38.9bn USD = 31.1bn USD [high]"), claims("31.1 billion dollars, or 80 % of 38.9 billion dollars"));
        assertEquals(List.of("percent-of-1: 73% of 13.4bn USD = 9.8bn USD [high]"), claims("73% of Syria's $13.4bn debt, i.e. $9.8bn"));
        // a percent of a percent stays a percent
        assertEquals(List.of("percent-of-1: 51.9% of 72.2% = 37.4% [high]"), claims("Leave won 51.9 % of a 72.2 % turnout, i.e. 37.4 %"));
    }

    @Test
    void remaindersTakeTheirBaseFromTheSentenceOrTheSamePercentElsewhere() {
        assertEquals(List.of("percent-of-1: 80% of 38.9bn USD = 31.1bn USD [high]", "remaining-1: 38.9bn USD * (1 - 80%) = 7.8bn USD [high]"),
                claims("cancel 80 %, i.e. 31.1 billion dollars, of the 38.9 billion dollars owed, leaving 7.8 billion dollars"));
        String seed = "وفي عام 2005 وقعت اتفاقية شطب 73 % من الديون السورية آخذا بالحسبان ان المبلغ المتبقي وقدره 2.11 مليار دولار سيتم صرفه."
                + " وفي عام 2005 تم شطب 73 % أي 9.8 مليار دولار من صافي ديون سوريا لموسكو، البالغة 13.4 مليار دولار.";
        assertEquals(List.of("remaining-1: 13.4bn USD@2005 * (1 - 73%) = 2.11bn USD@2005 [medium]",
                "percent-of-1: 73% of 13.4bn USD@2005 = 9.8bn USD@2005 [high]"), claims(seed));
        Extraction none = of("the remaining 2 billion dollars will be spent on contracts.");
        assertEquals(List.of(), none.claims());
        assertTrue(none.notes().get(0).contains("no base"), none.notes().toString());
    }

    @Test
    void changesCheckTheDirectionTheVerbClaims() {
        assertEquals(List.of("change-1: change(95m USD@2000, 138m USD@2002) = 43m USD ±0 [high]"),
                claims("ارتفعت صادرات روسيا الاتحادية إلى سورية من 95 مليون دولار عام 2000 إلى 138 مليون دولار عام 2002."));
        // "fell" claims a negative change: if the figures rise, check finds it inconsistent
        assertEquals(List.of("change-1: change(10m USD@2000, 12m USD@2001) = (-2m USD) ±0 [high]"),
                claims("exports fell from 10 million dollars in 2000 to 12 million dollars in 2001."));
        assertEquals(List.of("change-1: growth(95m USD@2000, 138m USD@2002) = 45% [high]"),
                claims("exports rose from 95 million dollars in 2000 to 138 million dollars in 2002, by 45 %."));
        // no verb, no direction claimed
        assertEquals(List.of(), claims("from 95 million dollars in 2000 to 138 million dollars in 2002"));
    }

    @Test
    void theSeedArticleGivesItsListedFiguresAndOneRemainder() throws IOException {
        Extraction x = Extraction.of(ArticleText.read("seed", Files.newInputStream(Path.of("data/articles/000_082cf362c546dc2a.txt"))));
        List<String> money = x.figures().stream().filter(Figure::isMoney).map(Figure::expression).collect(Collectors.toList());
        assertEquals(List.of("2.11bn USD@2005", "120m SUR@1966", "25m SUR@1972", "1.400bn GBP@1989-1990", "95m USD@2000", "138m USD@2002",
                "11m USD@2000", "16m USD@2002", "9.8bn USD@2005", "13.4bn USD@2005"), money);
        assertTrue(x.figures().stream().anyMatch(f -> f.kind() == Figure.Kind.QUANTITY && "km²".equals(f.unit())
                && f.value().compareTo(new BigDecimal("17e6")) == 0), "F6: 17 m km²");
        List<Claim> remaining = x.claims().stream().filter(c -> c.kind() == Claim.Kind.REMAINING).collect(Collectors.toList());
        assertEquals(1, remaining.size());
        assertEquals("2.11bn USD@2005", remaining.get(0).expected());
        assertEquals(4, x.claims().size(), x.claims().toString());
    }

    /** Texts made of the words extraction knows, shuffled: no crash, and every claim it writes is an expression check can parse. */
    @Test
    void shuffledWordsNeverCrashAndEveryClaimParses() {
        String[] words = {"73", "%", "٧٣", "٪", "i.e.", "أي", "of", "من", "13.4", "9.8", "2.11", "billion", "مليار", "مليون", "million", "و400",
            "dollars", "دولار", "$", "£", "pounds", "sterling", "روبل", "rubles", "عام", "in", "2000", "1989", "و1990", "-", "90", "/", "/120/",
            "rose", "ارتفعت", "fell", "from", "to", "إلى", "between", "and", "remaining", "المتبقي", "leaving", "km", "كم", "people", ",", ".",
            "\n", "1,500", "1 500", "99999999999999999999999999", "by", "(", ")", "the", "0", "0.0001"};
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0, len = 1 + random.nextInt(30); k < len; k++) {
                b.append(words[random.nextInt(words.length)].replace("\\n", "\n")).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            Extraction x;
            try {
                x = of(text);
            } catch (figures.model.FiguresException expected) {
                continue; // a figure beyond the documented limits is an error with a message, not a crash
            }
            for (Claim c : x.claims()) {
                try {
                    figures.expr.Expressions.parse(c.claim());
                    figures.expr.Expressions.parse(c.expected());
                } catch (RuntimeException e) {
                    throw new AssertionError("'" + text + "' gave " + c + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void badTextIsReportedWithLineAndColumn() {
        byte[] bad = "line one\nbad \u00ff".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> ArticleText.read("a.txt", new ByteArrayInputStream(bad)));
        assertEquals("a.txt:2: column 5: invalid UTF-8 (byte 0xFF); save the file as UTF-8", e.getMessage());
        InputException nul = assertThrows(InputException.class, () -> ArticleText.read("b.bin", new ByteArrayInputStream(new byte[] {'a', 'b', 0})));
        assertTrue(nul.getMessage().startsWith("b.bin:1: column 3: contains a NUL byte"), nul.getMessage());
        InputException utf16 = assertThrows(InputException.class,
                () -> ArticleText.read("c.txt", new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})));
        assertTrue(utf16.getMessage().contains("UTF-16"), utf16.getMessage());
    }

    @Test
    void offsetsAreLinesAndColumnsOfTheTextAsWritten() {
        ArticleText a = ArticleText.read("crlf.txt", new ByteArrayInputStream("\uFEFFfirst\r\nsecond 73 %\r\n".getBytes(StandardCharsets.UTF_8)));
        Figure f = Extraction.of(a).figures().get(0);
        assertEquals(2, a.line(f.start()));
        assertEquals(8, a.column(f.start()));
        assertEquals("73 %", a.text().substring(f.start(), f.end()));
        assertFalse(a.text().startsWith("\uFEFF"));
    }
}
