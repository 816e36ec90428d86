package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The forms of figures issue 30 and 34 name: number words, currencies as written, ranges, approximations, inheritance, years, literals. */
class FigureFormsTest {
    private static List<Figure> read(String text) {
        return Extraction.of(ArticleText.of("t.txt", text)).figures();
    }

    /** kind:expression[..high], for each figure. */
    private static List<String> figures(String text) {
        return read(text).stream().map(f -> f.kind() + ":" + (f.kind() == Figure.Kind.YEAR ? f.period().toString() : f.expression())
                + (f.high() == null ? "" : ".." + f.highCell())).collect(Collectors.toList());
    }

    private static Figure only(String text) {
        List<Figure> fs = read(text);
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    private static void money(String text, String value, String code) {
        Figure f = only(text);
        assertEquals(Figure.Kind.MONEY, f.kind(), text);
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), text + ": " + f.value());
        assertEquals(code, f.currency() == null ? null : f.currency().code(), text);
    }

    @Test
    void englishNumberWordsAndFractions() {
        money("Egypt got three billion dollars.", "3e9", "USD");
        money("The IMF lent half a billion dollars.", "5e8", "USD");
        money("It lent one and a half billion euros.", "1.5e9", "EUR");
        money("It owes twenty-five million dollars.", "25e6", "USD");
        money("It costs three quarters billion us dollars.", "7.5e8", "USD");
        money("It costs a quarter million us dollars.", "2.5e5", "USD");
        money("It lent three hundred million dollars.", "3e8", "USD");
        Figure quarter = only("Paris wrote off a quarter of the debt.");
        assertEquals(Figure.Kind.PERCENT, quarter.kind());
        assertEquals(0, new BigDecimal(25).compareTo(quarter.value()));
        // spelled-out counts are not figures
        assertEquals(List.of(), figures("One of the seventeen ministers said so."));
    }

    @Test
    void aThirdInAnAmountIsRoundedAndSaysSo() {
        Figure third = only("It pledged one and a third billion dollars.");
        assertEquals(0, new BigDecimal("1.3333e9").compareTo(third.value()), third.toString());
        assertEquals("read as 1333300000, rounded (the fraction has no exact decimal)", third.note());
        Figure arabic = only("وتبلغ الديون ثلاثة مليارات وثلث المليار دولار.");
        assertEquals(0, new BigDecimal("3.3333e9").compareTo(arabic.value()), arabic.toString());
        assertEquals("read as 3333300000, rounded (the fraction has no exact decimal)", arabic.note());
        // a half, a quarter, a fifth and a tenth are exact: no note
        assertEquals(null, only("It lent one and a half billion euros.").note());
        assertEquals(null, only("It costs three quarters billion us dollars.").note());
        assertTrue(NumberReader.rounded(new BigDecimal("0.3333")));
        assertTrue(NumberReader.rounded(new BigDecimal("0.33335")));
        assertFalse(NumberReader.rounded(new BigDecimal("0.2")));
        assertFalse(NumberReader.rounded(new BigDecimal("0.5")));
    }

    @Test
    void arabicNumberWordsDualsAndFractions() {
        money("حصلت مصر على خمسة مليارات دولار", "5e9", "USD");
        money("بلغ القرض ثلاثة مليارات ونصف دولار", "3.5e9", "USD");
        money("قدم نصف مليار دولار", "5e8", "USD");
        money("بلغ الدين ملياران و300 مليون دولار", "2.3e9", "USD");
        money("بلغ الدين مليارين دولار", "2e9", "USD");
        money("بلغ الدين خمسة وعشرون مليون دولار", "25e6", "USD");
        Figure b = only("قرض بقيمة 2 بليون دولار");
        assertEquals(0, new BigDecimal("2e9").compareTo(b.value()));
        assertTrue(b.note().contains("بليون"), b.note());
    }

    @Test
    void currenciesAsWritten() {
        money("125 million Australian dollars", "125e6", "AUD");
        money("10,000 Swiss francs", "1e4", "CHF");
        money("5 million Japanese yen", "5e6", "JPY");
        money("قرض بقيمة 500 مليون فرنك سويسري", "5e8", "CHF");
        money("وديعة بقيمة 20 مليون دينار كويتي", "2e7", "KWD");
        money("C$ 16.4 million", "16.4e6", "CAD");
        money("HK$10 billion", "1e10", "HKD");
        money("A$5 million", "5e6", "AUD");
        money("NZ$ 2 bn", "2e9", "NZD");
        money("R$ 3 bn", "3e9", "BRL");
        money("Mex$ 10 million", "1e7", "MXN");
        money("₹ 20 crore", "2e8", "INR");
        money("₽ 5 bn", "5e9", "RUB");
        money("₺ 9 bn", "9e9", "TRY");
        money("₩ 1 trillion", "1e12", "KRW");
        money("100元", "100", "CNY");
        money("2 billion SDR", "2e9", "XDR");
        money("3 billion special drawing rights", "3e9", "XDR");
        money("4 مليارات حقوق السحب الخاصة", "4e9", "XDR");
        money("50 cents", "0.50", "USD");
        money("470 pence", "4.70", "GBP");
        money("it cost 3 dollars 50 cents.", "3.50", "USD");
        money("thirteen dollars and forty-five cents", "13.45", "USD");
        money("USD 75 million", "75e6", "USD");
        money("75 USD million", "75e6", "USD");
        money("30 MUSD", "3e7", "USD");
        // a bare "a" before a dollar sign is the article, not A$
        money("a $5 bill", "5", "USD");
    }

    @Test
    void anAmbiguousSignKeepsItsCurrencyOnlyWithANote() {
        Figure f = read("Australia repaid $5 billion.").get(0);
        assertEquals("USD", f.currency().code());
        assertTrue(f.note().contains("AUD"), f.note());
        assertNull(only("The US repaid $5 billion.").note());
        Figure pounds = only("It paid 361 million pounds.");
        assertNull(pounds.currency());
        assertNotNull(pounds.note());
    }

    @Test
    void rangesAreOneFigure() {
        assertEquals(List.of("money:3bn USD..4bn USD"), figures("between $3 billion and $4 billion"));
        assertEquals(List.of("money:3bn USD..4bn USD"), figures("estimated at $3 billion to $4 billion"));
        assertEquals(List.of("money:2bn USD..3bn USD"), figures("between 2 and 3 billion dollars"));
        assertEquals(List.of("money:7bn USD..8bn USD"), figures("ما بين 7 و8 مليارات دولار"));
        // "from A to B" is a change, not a range
        assertEquals(2, read("exports rose from $3 billion to $4 billion").size());
    }

    @Test
    void approximationsWidenTheStatedPrecision() {
        Figure about = only("It lent about $3.2 billion.");
        assertEquals(Figure.Approx.Bound.ABOUT, about.approx().bound());
        assertEquals("about", about.approx().words());
        // ±5 % of 3.2 bn is wider than the stated ±0.05 bn
        assertEquals(0, new BigDecimal("1.6e8").compareTo(about.tolerance()));
        Figure more = only("It owes more than 2 bn euros.");
        assertEquals(Figure.Approx.Bound.AT_LEAST, more.approx().bound());
        assertEquals(0, new BigDecimal("1.5e9").compareTo(more.allowed().lo()));
        for (String ar : List.of("نحو 5 مليارات دولار", "قرابة 3 مليارات دولار", "ما يقارب 7 مليارات دولار", "أكثر من 9 مليارات دولار")) {
            assertNotNull(only(ar).approx(), ar);
            assertNotNull(only(ar).approxNote(), ar);
        }
        Figure exact = only("It lent $3.2 billion.");
        assertNull(exact.approx());
        assertEquals(0, new BigDecimal("5e7").compareTo(exact.tolerance()));
    }

    @Test
    void anImpliedCurrencyIsInheritedWithItsSource() {
        List<Figure> fs = read("The Paris Club cut $5 billion, and another 2 billion later.");
        assertEquals("USD", fs.get(1).currency().code());
        assertEquals(fs.get(0), fs.get(1).currencyFrom());
        List<Figure> ar = read("شطبت روسيا 10 مليارات دولار و3 مليارات أخرى.");
        assertEquals("USD", ar.get(1).currency().code());
        assertEquals(ar.get(0), ar.get(1).currencyFrom());
    }

    @Test
    void yearsBeforeAWordAndByClause() {
        assertEquals(List.of("year:2019", "money:2bn USD@2019"), figures("In March 2019 Egypt borrowed $2 billion."));
        assertEquals(List.of("year:2016", "money:3bn USD@2016"), figures("In late 2016 it paid 3 billion dollars."));
        assertEquals(List.of("year:2019", "money:5bn USD@2019"), figures("عام 2019 ارتفع الدين إلى 5 مليارات دولار."));
        // a month in brackets before the year: "كانون الأول (ديسمبر) 2021 مبلغ"
        assertEquals(List.of("year:2021", "money:3bn USD@2021"), figures("أودع الصندوق في كانون الأول (ديسمبر) 2021 مبلغ 3 مليارات دولار."));
        List<Figure> two = read("In 2000 exports were $95 million, while in 2002 they were $138 million.");
        assertEquals("2000", two.get(1).basis().toString());
        assertEquals(Figure.YearHow.CLAUSE, two.get(1).yearHow());
        assertEquals("2002", two.get(3).basis().toString());
        Figure after = read("It lent $5 billion in 2005.").get(0);
        assertEquals(Figure.YearHow.AFTER, after.yearHow());
        assertEquals(Figure.Kind.YEAR, after.yearFrom().kind());
    }

    @Test
    void literalsAsAmountParseReadsThem() {
        money("9.8e9 USD", "9.8e9", "USD");
        money("1_500_000 USD", "1500000", "USD");
        money("-5 million dollars", "-5e6", "USD");
        InputException digits = assertThrows(InputException.class, () -> read("x " + "7".repeat(5000)));
        assertTrue(digits.getMessage().contains("column 3"), digits.getMessage());
    }

    @Test
    void decimalCommaIsReadWithANoteNeverStopsTheArticle() {
        // one or two digits after a comma are decimals; three are a thousands group; dots before a comma group thousands
        money("بلغت الصادرات 1,2 مليار دولار", "1.2e9", "USD");
        money("بلغت الصادرات 1،25 مليار دولار", "1.25e9", "USD");
        money("بلغ الدين 1,200 مليون دولار", "1.2e9", "USD");
        money("Debt of 1.234,5 million USD.", "1234.5e6", "USD");
        Figure f = only("بلغت الصادرات 1,2 مليار دولار");
        assertTrue(f.note().contains("decimal comma"), f.note());
        assertNull(only("بلغ الدين 1,200 مليون دولار").note());
        Figure p = read("ارتفعت الصادرات بنسبة 3,5 %").get(0);
        assertEquals(0, new BigDecimal("3.5").compareTo(p.value()), p.toString());
        // any other comma ends the number: a list of years
        assertEquals(List.of("year:2019", "year:2020"), figures("في عامي 2019,2020"));
    }

    @Test
    void quantitiesStayWhatTheyAre() {
        assertEquals(List.of("quantity:17000000"), figures("17 million square kilometres"));
        assertEquals(Figure.Kind.COUNT, read("5 million people").get(0).kind());
    }

    @Test
    void arabicDualsInAConstructAndTheGenitive() {
        // the dual loses its nun before the noun it counts (مليارا دولار), and is ملياري in the genitive
        money("قدمت الإمارات مليارا دولار للبنك", "2e9", "USD");
        money("جددت ودائع بقيمة ملياري دولار", "2e9", "USD");
        money("قدمت مليوني دولار", "2e6", "USD");
        money("بلغت المنحة ألفا دولار", "2e3", "USD");
        Figure b = only("قدمت بليونا دولار");
        assertEquals(0, new BigDecimal("2e9").compareTo(b.value()));
        assertTrue(b.note().contains("بليون"), b.note());
        // the accusative singular before a half is one of the scale
        money("بلغت الصفقة ملياراً ونصف مليار دولار", "1.5e9", "USD");
        // not before a currency: no dual, and 12 مليارا stays twelve billion
        money("تعهدت بـ12 مليارا دولار", "12e9", "USD");
    }

    @Test
    void arabicHalfOfTheScaleNamedAgain() {
        money("يخصص الباقي، وهو ملياران ونصف المليار دولار", "2.5e9", "USD");
        money("بلغت الصفقة مليارين ونصف المليار دولار", "2.5e9", "USD");
        money("بلغت الصفقة مليار ونصف المليار دولار", "1.5e9", "USD");
        money("بلغت التعهدات 12 مليارا ونصف المليار دولار", "12.5e9", "USD");
    }

    @Test
    void arabicScalesAndCurrenciesAsWritten() {
        money("تبلغ النفقات 198.9 ترليون دينار عراقي", "198.9e12", "IQD");
        money("تبلغ النفقات ترليونا دولار", "2e12", "USD");
        money("ضخت قطر 3 مليارات من الدولارات", "3e9", "USD");
        money("قرض بقيمة 3.7262 مليار من حقوق السحب الخاصة", "3.7262e9", "XDR");
        money("بمبلغ إجمالي قدره ٣٥٬٥٠٠ مليار ليرة سورية", "35.5e12", "SYP");
        money("ارتفعت إلى ٤٦٫١٢٥ مليار دولار", "46.125e9", "USD");
        money("بإجمالي 71 ملياراً و500 مليون درهم إماراتي", "71.5e9", "AED");
        // vague amounts are no figures
        assertEquals(List.of(), figures("ضخت دول الخليج عشرات المليارات من الدولارات ومئات الملايين من الدولارات وبضعة مليارات دولار"));
        // tonnes, barrels and people are not money
        assertEquals(List.of("quantity:12000000", "quantity:9000000", "count:100000000"),
                figures("تستورد نحو 12 مليون طن من القمح، وتنتج 9 ملايين برميل يومياً، ويبلغ عدد سكانها 100 مليون نسمة"));
    }

    @Test
    void anAmbiguousUnitTakesTheCurrencyOfTheOneCountryNamed() {
        Figure kw = only("أقرت الحكومة الكويتية ميزانية بعجز 5.8 مليار دينار");
        assertEquals("KWD", kw.currency().code());
        assertTrue(kw.note().contains("الكويتية"), kw.note());
        money("أقر مجلس الوزراء السعودي نفقات بـ1.251 تريليون ريال", "1.251e12", "SAR");
        money("Saudi Arabia expects a budget deficit of 79 billion riyals", "79e9", "SAR");
        money("India's capital spending is budgeted at Rs 11.11 lakh crore", "11.11e12", "INR");
        money("India plans to spend 48.21 lakh crore rupees", "48.21e12", "INR");
        // two countries of that currency named, or none: it stays ambiguous, as before
        Figure two = only("قدمت الكويت والعراق 5 مليارات دينار");
        assertNull(two.currency());
        assertNull(only("a deficit of 79 billion riyals").currency());
    }

    @Test
    void englishFormsOfTheWires() {
        money("Qatar agreed a $15-billion currency swap", "15e9", "USD");
        money("The 15-billion-dollar pledge came later", "15e9", "USD");
        money("It lent a further 1.2 bln dlrs", "1.2e9", "USD");
        money("on spending of KD24.5 billion", "24.5e9", "KWD");
        money("revenue of SR1.172 trillion", "1.172e12", "SAR");
        money("a federal budget of Dh71.5 billion", "71.5e9", "AED");
        money("an arrangement of SDR 2.242 billion", "2.242e9", "XDR");
        money("the fund lent a quarter of a billion euros", "2.5e8", "EUR");
        money("It plans to spend three thousand million dollars", "3e9", "USD");
        Figure fifth = only("Paris wrote off a fifth of the debt");
        assertEquals(Figure.Kind.PERCENT, fifth.kind());
        assertEquals(0, new BigDecimal(20).compareTo(fifth.value()));
        // two capitals that are also words: read only in capitals before the number
        assertEquals(List.of("count:5", "count:3"), figures("le 5 and ro 3"));
        assertEquals(List.of(), figures("The Gulf states poured tens of billions of dollars into Egypt, and hundreds of millions more"));
    }

    @Test
    void aYearBeforeTheNextFigureIsAYear() {
        assertEquals(List.of("year:2014", "money:92.6bn USD@2014"), figures("في نهاية يونيو 2014 إلى 92.6 مليار دولار"));
    }

    @Test
    void arabicNumberWordsOfHundredsAndThousands() {
        money("بلغت ثلاثمائة وخمسون مليون دولار", "350e6", "USD");
        money("بلغت مئة وخمسة وعشرون مليون يورو", "125e6", "EUR");
        money("بلغت ثلاث مئة مليون دولار", "300e6", "USD");
        money("خصصت الحكومة مائتي مليون دولار", "200e6", "USD");
        money("بلغ الدين إحدى عشرة مليار دولار", "11e9", "USD");
        money("بلغ الناتج ألف مليار دولار", "1e12", "USD");
        money("بلغ الناتج 5 آلاف مليار دولار", "5e12", "USD");
        money("قدمت 3 ملايين فرنكاً سويسرياً", "3e6", "CHF");
    }

    @Test
    void arabicDigitsAndPercentAsTyped() {
        // the Arabic comma between Arabic-Indic digits is their decimal separator; a list of years is not
        money("بلغ القرض ٣،٥ مليار دولار", "3.5e9", "USD");
        money("بلغ القرض ٣.٥ مليار دولار", "3.5e9", "USD");
        assertEquals(List.of("percent:20%"), figures("ارتفعت الصادرات بنسبة %20 خلال العام"));
        assertEquals(List.of("percent:20%"), figures("ارتفعت الفائدة بنسبة % 20"));
        assertEquals(List.of("percent:20%"), figures("بلغ التضخم 20％"));
        assertEquals(List.of("percent:2%"), figures("ارتفع العائد 2 نقطة مئوية"));
        money("قدم الصندوق 3 مليارات حقوق سحب خاصة", "3e9", "XDR");
        assertEquals(List.of("year:2024", "money:35bn USD@2024"), figures("أقر البرلمان موازنة السنة المالية 2024 بمبلغ 35 مليار دولار"));
    }

    @Test
    void englishGroupingsRangesAndAbbreviations() {
        // India's grouping (lakh, crore) is read, not refused as a decimal comma
        money("It spent Rs 1,20,000 crore", "1.2e12", null);
        money("It raised KSh 10 billion", "10e9", "KES");
        assertEquals(List.of("percent:5%", "percent:6.2%"), figures("The deficit narrowed to 5pc of GDP from 6.2pc"));
        assertEquals(List.of("money:10bn USD..12bn USD"), figures("The loan is worth $10-12 billion"));
        assertEquals(List.of("money:5m USD..6m USD"), figures("a $5 million-$6 million contract"));
        assertEquals(List.of("money:2bn USD@2019", "year:2019"), figures("The bank lent $2bn in March 2019"));
    }

    @Test
    void currenciesOfDebtorCountries() {
        money("Ghana borrowed 3 billion cedis", "3e9", "GHS");
        money("Ukraine got 40 billion hryvnias", "40e9", "UAH");
        money("Ethiopia spent 10 billion birr", "10e9", "ETB");
        money("Zambia restructured 6.3 billion kwacha", "6.3e9", "ZMW");
        assertNull(only("It restructured 6.3 billion kwacha").currency());
        money("اقترضت غانا 3 مليارات سيدي", "3e9", "GHS");
        money("بلغ القرض 12 مليار رنمينبي", "12e9", "CNY");
        money("بلغ القرض 300 مليون شلن كيني", "300e6", "KES");
        assertEquals(List.of("percent:20%"), figures("ارتفع 20 بالمية"));
    }

    @Test
    void anAmountBeforeAWordItDoesNotCount() {
        // a currency named before, then a scaled number before an adverb, a clause word or a definite Arabic noun: an amount
        assertEquals(List.of("money:5bn USD", "money:3bn USD", "money:2bn USD"),
                figures("Exports were $5 billion, of which 3 billion annually and 2 billion only."));
        assertEquals(List.of("money:5bn USD", "money:3bn USD", "money:2bn USD"),
                figures("تعهدت السعودية بخمسة مليارات دولار، منها 3 مليارات لدعم الموازنة و2 مليار للبنك المركزي."));
        assertEquals(List.of("money:5bn USD", "money:3bn USD"), figures("بلغت الصادرات 5 مليارات دولار و3 مليارات سنوياً."));
        // the noun a number counts stays counted, in both languages
        assertEquals(List.of("count:3000000", "count:5000000", "count:140000000"),
                figures("يبلغ عدد السكان 3 ملايين نسمة و5 ملايين لاجئ، and 140 million people"));
    }

    @Test
    void aFractionOfANounIsAPercent() {
        assertEquals(List.of("percent:50%"), figures("ألغت روسيا نصف الديون المستحقة على كوبا"));
        assertEquals(List.of("percent:25%", "percent:75%"), figures("وشطب النادي ربع قيمة الدين وثلاثة أرباع الفوائد"));
        assertEquals(List.of("percent:50%", "percent:50%"), figures("Paris wrote off half the debt and half its arrears"));
        // half of a year, the first half: no figure
        assertEquals(List.of(), figures("تعافى الاقتصاد في النصف الأول من العام خلال نصف العام"));
        money("بلغ الدين مليار ومائتي مليون دولار", "1.2e9", "USD");
        money("بلغ الدين ملياران ومائتا مليون دولار", "2.2e9", "USD");
    }
}
