package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Arabic relations read by the grammar of the words (a verb in any tense, fractions as parts and sizes,
 * pronouns attached to words, the words of exceeding) and checked as {@code figures check} would: each
 * test asserts the claim written and its verdict. Sentences written for these tests from public facts
 * (the Paris Club, the IMF, the central banks' published figures), some changed on purpose.
 */
class ArabicRelationsTest {
    private static List<Claim> claims(String text) {
        return Extraction.of(ArticleText.of("t.txt", text)).claims();
    }

    /** "kind: claim = expected", for each claim. */
    private static List<String> written(String text) {
        return claims(text).stream().map(c -> c.kind() + ": " + c.claim() + " = " + c.expected()).collect(Collectors.toList());
    }

    /** The one claim of a text, with the verdict check gives it. */
    private static void only(String text, String claim, boolean consistent) {
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), written(text).toString());
        Claim c = cs.get(0);
        assertEquals(claim, c.kind() + ": " + c.claim() + " = " + c.expected(), text);
        assertEquals(consistent, RelationReader.fits(c.claim(), c.expected(), c.tolerance()), claim);
    }

    @Test
    void aVerbInTheImperfectIsTheVerbItsCueListsInThePast() {
        // يتراجع (it will fall) is read as تراجع; ليسجل (to reach) as "to"
        only("وبلغ العجز 80.9 مليار ريال سعودي في 2023. وتتوقع الوزارة أن يتراجع العجز في 2024 إلى 79 مليار ريال سعودي، أي بنسبة 2.3 في المئة.",
                "change: growth(80.9bn SAR@2023, 79bn SAR@2024) = (-2.3%)", true);
        only("وانخفض العجز التجاري بنسبة 30 في المئة ليسجل 33.3 مليار دولار في 2023، بعد أن بلغ 43.4 مليار دولار في 2022.",
                "change: growth(43.4bn USD@2022, 33.3bn USD@2023) = (-30%)", false);
        assertTrue(Words.cueStems("ينخفض").contains("انخفض"));
        assertTrue(Words.cueStems("وتتراجع").contains("تراجع"));
    }

    @Test
    void aChangesVerbMayOpenALongSentence() {
        // the verb, its long subject, the difference, then from A to B
        only("زاد صافي الاحتياطيات الدولية لدى البنك المركزي المصري بمقدار 5.2 مليار دولار خلال شهر واحد، من 35.3 مليار دولار في فبراير إلى 40.5 مليار دولار في مارس 2024.",
                "change: change(35.3bn USD@2024, 40.5bn USD@2024) = 5.2bn USD@2024", true);
        // the multiple opens the sentence, another verb carries from A to B
        only("تضاعف حجم التبادل التجاري خلال ثماني سنوات، إذ قفز من 222 مليار دولار عام 2014 إلى 431 مليار دولار عام 2022.",
                "change: ratio(431bn USD, 222bn USD) = 2", true);
    }

    @Test
    void wordsOfExceedingMakeTheSizeABound() {
        only("تراجعت إيرادات القناة من 10.25 مليار دولار في 2023 إلى 4 مليارات دولار في 2024، بانخفاض تجاوز 60 في المئة.",
                "change: growth(10.25bn USD@2023, 4bn USD@2024) = (-at_least(60%))", true);
        only("تراجعت إيرادات القناة من 10.25 مليار دولار في 2023 إلى 4 مليارات دولار في 2024، بانخفاض تجاوز 75 في المئة.",
                "change: growth(10.25bn USD@2023, 4bn USD@2024) = (-at_least(75%))", false);
    }

    @Test
    void fractionsAsPartsOfAWhole() {
        // a bare fraction before a noun: in a construct with it (نصف ديون مصر), "X % of" that noun
        only("ألغى نادي باريس عام 1991 نصف ديون مصر البالغة 20.2 مليار دولار، أي 10.1 مليار دولار.",
                "percent-of: 50% of 20.2bn USD@1991 = 10.1bn USD@1991", true);
        // a third, rounded, with its note
        only("خصصت الحكومة ثلث الموازنة البالغة 1.5 تريليون جنيه مصري، أي 500 مليار جنيه، لسداد فوائد الدين.",
                "percent-of: 33.33% of 1.5tn EGP = 500bn EGP", true);
        only("حصلت على ثلاثة أرباع قرض البنك الدولي البالغ 3.0 مليار دولار، أي 2.8 مليار دولار.",
                "percent-of: 75% of 3.0bn USD = 2.8bn USD", false);
        // a fraction carrying a pronoun: half of it
        only("تعهدت الدول المانحة بتقديم 12 مليار دولار، تحصل مصر على ربعها، أي 3 مليارات دولار.",
                "percent-of: 25% of 12bn USD = 3bn USD", true);
        // not a fraction of an amount: a duration
        assertEquals(List.of(), Extraction.of(ArticleText.of("t.txt", "استغرق الاجتماع نصف ساعة")).figures());
    }

    @Test
    void fractionsAsTheSizeOfAChange() {
        only("وتراجعت الاحتياطيات بمقدار الربع خلال عامين، من 84 مليار دولار إلى 63 مليار دولار.",
                "change: growth(84bn USD, 63bn USD) = (-25%)", true);
        only("وخفض الدائنون الدين البالغ 33 مليار دولار إلى النصف عام 1991، أي إلى 16.5 مليار دولار.",
                "change: ratio(16.5bn USD@1991, 33bn USD@1991) = 0.5", true);
        // الربع الأول is the first quarter, no size
        assertEquals(List.of("money:5bn USD"), Extraction.of(ArticleText.of("t.txt", "ارتفعت الصادرات إلى 5 مليارات دولار في الربع الأول"))
                .figures().stream().map(f -> f.kind() + ":" + f.expression()).collect(Collectors.toList()));
    }

    @Test
    void percentOfItIsOfTheAmountBefore() {
        only("بلغت الودائع بالعملات الأجنبية 42 مليار دولار، يستحوذ القطاع العائلي على 35 في المئة منها، أي ما قيمته 16 مليار دولار.",
                "percent-of: 35% of 42bn USD = 16bn USD", false);
    }

    @Test
    void aComparisonWithTheYearBefore() {
        only("هبط فائض الميزان التجاري بنسبة 40 في المئة خلال عام 2023 إلى 498 مليار ريال سعودي، مقارنة بـ830 مليار ريال سعودي في العام الذي سبقه.",
                "change: growth(830bn SAR, 498bn SAR@2023) = (-40%)", true);
    }

    @Test
    void amountsOfDifferentYearsAreComparedAsWritten() {
        Claim c = claims("واقترضت مصر بين عامي 2016 و2019 نحو 12 مليار دولار، وسددت منها 4 مليارات دولار حتى نهاية 2022، ليبقى عليها 8 مليارات دولار.").get(0);
        assertEquals("about(12bn USD) - 4bn USD", c.claim());
        assertTrue(c.why().contains("price years left out"), c.why());
    }

    @Test
    void aTotalsPartMayCarryTheAnd() {
        only("وحصل الأردن على 2.1 مليار دولار من صندوق النقد، وأربعمائة مليون دولار من البنك الدولي، أي 2.8 مليار دولار إجمالا.",
                "total: 2.1bn USD + 400m USD = 2.8bn USD", false);
    }

    @Test
    void aDeficitIsOneAmountLessAnother() {
        only("أقرت الحكومة ميزانية 2025 بنفقات تبلغ 1.285 تريليون ريال سعودي وإيرادات تبلغ 1.184 تريليون ريال سعودي، ليبلغ العجز 121 مليار ريال سعودي.",
                "remaining: 1.285tn SAR@2025 - 1.184tn SAR@2025 = 121bn SAR@2025", false);
        // named only, the deficit is a claim when the numbers fit
        assertEquals(List.of(), written("بلغت النفقات 20 مليار دولار، وبلغ العجز 3 مليارات دولار."));
    }

    @Test
    void theEndsOfASpanDateFromAndTo() {
        List<Figure> fs = Extraction.of(ArticleText.of("t.txt",
                "وخلال الفترة 2010-2020 ارتفع الدين من 38 مليار دولار إلى 56 مليار دولار، بمتوسط نمو سنوي قدره 4 في المئة.")).figures();
        assertEquals("2010", fs.get(1).basis().toString());
        assertEquals("2020", fs.get(2).basis().toString());
        assertTrue(written("وخلال الفترة 2010-2020 ارتفع الدين من 38 مليار دولار إلى 56 مليار دولار، بمتوسط نمو سنوي قدره 4 في المئة.")
                .contains("cagr: cagr(38bn USD@2010, 56bn USD@2020, 10) = 4%"));
        // a span however long when the words say so
        assertEquals("2000-2022", Extraction.of(ArticleText.of("t.txt", "بين عامي 2000 و2022 أقرضت الصين 170 مليار دولار")).figures()
                .get(0).period().toString());
    }

    @Test
    void partsListedBeforeTheRest() {
        only("وبلغت المساعدات 10 مليارات دولار، منها 5 مليارات دولار منحا، و3 مليارات دولار قروضا، والباقي، أي مليارا دولار، ضمانات.",
                "remaining: 10bn USD - 5bn USD - 3bn USD = 2bn USD", true);
        only("ويستثمر الصندوق 70 في المئة منها في الأسهم، و27 في المئة في السندات، والباقي، أي 8 في المئة، في العقارات.",
                "remaining: 100% - 70% - 27% = 8%", false);
    }

    @Test
    void percentOfItPastARestatementInAnotherCurrency() {
        only("قدمت الحكومة موازنة بإجمالي إنفاق يبلغ 18.87 تريليون روبية باكستانية (نحو 68 مليار دولار)، يذهب نحو 42 في المائة منه، أي 9.78 تريليون روبية باكستانية، إلى الفوائد.",
                "percent-of: about(42%) of 18.87tn PKR = 9.78tn PKR", false);
    }

    @Test
    void theWordsOfHavingBeenMarkTheEarlierAmount() {
        only("وانخفضت الاستثمارات بمقدار الثلث، إلى 2 مليار دينار تونسي، بعد أن كانت 3 مليارات دينار تونسي.",
                "change: growth(3bn TND, 2bn TND) = (-33.33%)", true);
    }

    @Test
    void aChangeOfWhatTheParagraphGaveBefore() {
        // the subject (النفقات) named again: B is its amount before, A the one compared (على … البالغ A)
        only("أقرت الحكومة الميزانية بنفقات تبلغ 1.285 تريليون ريال سعودي. وتزيد النفقات بنسبة 3.5 في المائة على ما رصدته ميزانية العام الحالي البالغ 1.251 تريليون ريال سعودي.",
                "change: growth(1.251tn SAR, 1.285tn SAR) = 3.5%", false);
        // the subject before its verb, both amounts before it, the earlier marked so
        only("وبلغ الفائض 992 مليار دولار في 2024. وكان الفائض قد بلغ 823 مليار دولار في العام السابق، أي أن الفائض زاد بنحو الخمس.",
                "change: growth(823bn USD, 992bn USD@2024) = about(20%)", true);
        // a difference, then the percent restating it, B the one amount before that fits
        List<String> cs = written("أقر المجلس الموازنة بمبلغ إجمالي قدره 52600 مليار ليرة سورية، منها 37000 مليار ليرة سورية للإنفاق الجاري و15600 مليار ليرة سورية للإنفاق الاستثماري. وتزيد اعتمادات الموازنة الجديدة 17100 مليار ليرة سورية على اعتمادات موازنة عام 2024 البالغة 35500 مليار ليرة سورية، أي بنسبة 58 بالمئة.");
        assertTrue(cs.contains("change: change(35.500tn SYP@2024, 52.600tn SYP) = 17.100tn SYP"), cs.toString());
        assertTrue(cs.contains("change: growth(35.500tn SYP@2024, 52.600tn SYP) = 58%"), cs.toString());
    }

    @Test
    void aFifthSpeltAsFive() {
        // خُمس unvowelled is خمس (five): a fraction before a noun carrying a pronoun or a definite one, a number before a plural
        only("تلقت الوزارة مليار يورو من آلية الدعم البالغة 5 مليارات يورو، أي ما يعادل خمس قيمتها.",
                "percent-of: 20% of 5bn EUR = 1bn EUR", true);
        assertEquals(List.of(), Extraction.of(ArticleText.of("t.txt", "خلال خمس سنوات")).figures());
    }

    @Test
    void aTotalOfPartsInEarlierSentences() {
        // the parts need not stand together: the fewest whose sum fits (the 2013 deposit between them is no part)
        assertTrue(written("أودعت السعودية 5 مليارات دولار لدى البنك المركزي في 2022. وتعادل الوديعة ضعف وديعة بقيمة 3 مليارات دولار عام 2013. "
                + "كما ضخت قطر 5 مليارات دولار، ليصل إجمالي الدعم الخليجي الجديد إلى 10 مليارات دولار.")
                .contains("total: 5bn USD + 5bn USD = 10bn USD"));
        // none fits: the amounts of its sentence and the one before are the parts the words add up, right or wrong
        only("أعلنت قطر تقديم حزمة بقيمة 500 مليون دولار. وتعهدت ثلاث دول بحزمة قيمتها 2.5 مليار دولار، ليبلغ مجموع ما تعهدت به الدول الأربع 3.5 مليار دولار.",
                "total: 500m USD + 2.5bn USD = 3.5bn USD", false);
    }

    @Test
    void aSizeAfterTheSubjectAndAnEarlierAmountInALaterSentence() {
        // the percent after the verb's subject; A in the next sentence, which says it is the year before's
        only("ارتفعت صادرات الصين 5.9 في المئة خلال عام 2024 لتصل إلى مستوى قياسي بلغ 3.58 تريليون دولار. وكانت الصادرات قد تراجعت في العام السابق إلى 3.38 تريليون دولار.",
                "change: growth(3.38tn USD, 3.58tn USD@2024) = 5.9%", true);
    }

    @Test
    void aMultipleWhoseAmountsTheWordsName() {
        // the nouns around the multiple are named again before the amounts: B is the debt's, A the output's
        only("ويعادل الدين العام نحو ثلاثة أضعاف ناتجه المحلي، إذ يبلغ الدين 100 مليار دولار مقابل ناتج محلي لا يتجاوز 20 مليار دولار.",
                "ratio: ratio(100bn USD, at_most(20bn USD)) = about(3)", false);
        // A right after the multiple, B the one amount of the sentence before
        only("أودعت السعودية 5 مليارات دولار لدى البنك المركزي. وتعادل الوديعة الجديدة ضعف الوديعة البالغة ملياري دولار التي قدمتها عام 2013.",
                "ratio: ratio(5bn USD, 2bn USD) = 2", false);
    }

    @Test
    void aCountTakesNoCurrency() {
        assertEquals(List.of("money:7bn EUR", "count:50000"), Extraction.of(ArticleText.of("t.txt",
                "تعهد المانحون بتقديم 7 مليارات يورو، في حين تجاوز عدد القتلى 50 ألفاً.")).figures().stream()
                .map(f -> f.kind() + ":" + f.expression()).collect(Collectors.toList()));
    }

    @Test
    void theLamBeforeTheArticle() {
        // للأردن is ل + الأردن: the country names the dinar
        only("وتقلص عجز الحساب الجاري للأردن إلى 2.7 مليار دينار في 2023، من 3.5 مليار دينار في 2022، أي بنسبة 30 في المئة.",
                "change: growth(3.5bn JOD@2022, 2.7bn JOD@2023) = (-30%)", false);
    }
}
