package figures.extract;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words extraction knows, in the folded spelling of {@link Tokens} (ASCII lower case; Arabic
 * أ إ آ as ا, ة as ه, ى as ي). Arabic words may carry the prefixes و ف ب ل ك and the article ال.
 */
final class Words {
    private Words() {
    }

    /** Scale words and their power of ten; single letters count only written onto the number ({@code 13.4bn}, {@code $5m}). */
    static final Map<String, Integer> SCALES = Map.ofEntries(
            Map.entry("thousand", 3), Map.entry("thousands", 3), Map.entry("million", 6), Map.entry("millions", 6),
            Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("trillion", 12), Map.entry("trillions", 12),
            Map.entry("bn", 9), Map.entry("mn", 6), Map.entry("tn", 12), Map.entry("mln", 6), Map.entry("bln", 9),
            Map.entry("الف", 3), Map.entry("الاف", 3), Map.entry("الفا", 3),
            Map.entry("مليون", 6), Map.entry("ملايين", 6), Map.entry("مليونا", 6),
            Map.entry("مليار", 9), Map.entry("مليارات", 9), Map.entry("مليارا", 9),
            Map.entry("تريليون", 12), Map.entry("تريليونات", 12), Map.entry("تريليونا", 12));
    static final Map<String, Integer> LETTER_SCALES = Map.of("k", 3, "m", 6, "b", 9);
    /** A scale word that stands for one of itself when no number precedes it: مليار و400 مليون. */
    static final Set<String> BARE_SCALES = Set.of("الف", "مليون", "مليار", "تريليون");

    /** One-word and two-word currency names, the ISO code they mean ({@code ?ruble}: decided by the year). */
    static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("usd", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("us dollar", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pounds sterling", "GBP"), Map.entry("pound sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("british pounds", "GBP"), Map.entry("syrian pounds", "SYP"), Map.entry("syrian pound", "SYP"),
            Map.entry("egyptian pounds", "EGP"), Map.entry("egyptian pound", "EGP"),
            Map.entry("rubles", "?ruble"), Map.entry("ruble", "?ruble"), Map.entry("roubles", "?ruble"), Map.entry("rouble", "?ruble"),
            Map.entry("soviet rubles", "SUR"), Map.entry("soviet roubles", "SUR"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("دولار", "USD"), Map.entry("دولارات", "USD"), Map.entry("دولارا", "USD"),
            Map.entry("دولار امريكي", "USD"), Map.entry("دولار اميركي", "USD"), Map.entry("دولار الامريكي", "USD"),
            Map.entry("يورو", "EUR"), Map.entry("جنيه استرليني", "GBP"), Map.entry("جنيه الاسترليني", "GBP"),
            Map.entry("جنيها استرلينيا", "GBP"), Map.entry("جنيهات استرلينيه", "GBP"), Map.entry("جنيه مصري", "EGP"),
            Map.entry("ليره سوريه", "SYP"), Map.entry("ليرات سوريه", "SYP"), Map.entry("ليره السوريه", "SYP"),
            Map.entry("ليره لبنانيه", "LBP"), Map.entry("ليره تركيه", "TRY"),
            Map.entry("روبل", "?ruble"), Map.entry("روبلا", "?ruble"), Map.entry("روبلات", "?ruble"),
            Map.entry("روبل سوفيتي", "SUR"), Map.entry("روبل سوفييتي", "SUR"), Map.entry("روبل روسي", "?russian"));
    /** Currency words that name more than one currency, and what to write instead. */
    static final Map<String, String> AMBIGUOUS = Map.of(
            "pounds", "pounds: sterling, Egyptian or Syrian? (write pounds sterling, Syrian pounds)",
            "pound", "pound: sterling, Egyptian or Syrian? (write pound sterling, Syrian pound)",
            "جنيه", "جنيه: sterling or Egyptian pound? (جنيه إسترليني, جنيه مصري)",
            "جنيهات", "جنيهات: sterling or Egyptian pounds? (جنيهات إسترلينية)",
            "ليره", "ليرة: Syrian, Lebanese or Turkish lira? (ليرة سورية)",
            "ليرات", "ليرات: Syrian, Lebanese or Turkish lira? (ليرات سورية)",
            "دينار", "دينار: many countries' dinar", "ريال", "ريال: many countries' riyal", "درهم", "درهم: several dirhams",
            "بليون", "بليون: 10^9 or 10^12?");
    static final Map<String, String> SYMBOLS = Map.of("$", "USD", "£", "GBP", "€", "EUR");

    /** Units of quantities that are not money, with the unit as shown. */
    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km²", "km²"), Map.entry("km2", "km²"), Map.entry("sq km", "km²"), Map.entry("square kilometres", "km²"),
            Map.entry("square kilometers", "km²"), Map.entry("square miles", "sq mi"), Map.entry("km", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("miles", "mi"), Map.entry("tonnes", "t"),
            Map.entry("tons", "t"), Map.entry("barrels", "barrels"), Map.entry("mw", "MW"), Map.entry("hectares", "ha"),
            Map.entry("كيلومتر مربع", "km²"), Map.entry("كم مربع", "km²"), Map.entry("كم²", "km²"), Map.entry("كم2", "km²"),
            Map.entry("كيلومترا مربعا", "km²"), Map.entry("كم", "km"), Map.entry("كيلومتر", "km"), Map.entry("كيلومترا", "km"),
            Map.entry("كيلومترات", "km"), Map.entry("طن", "t"), Map.entry("اطنان", "t"), Map.entry("برميل", "barrels"),
            Map.entry("هكتار", "ha"), Map.entry("ميغاواط", "MW"), Map.entry("ميجاوات", "MW"));

    static final Set<String> PERCENT_WORDS = Set.of("percent", "per cent", "pct", "بالمئه", "بالمائه", "في المئه", "في المائه");

    /** Words after a number that are not its unit: prepositions, conjunctions, articles. */
    static final Set<String> LINKS = Set.of("in", "to", "from", "and", "or", "of", "by", "at", "for", "on", "with", "than", "between",
            "the", "a", "an", "is", "was", "were", "i.e.", "that", "which", "while", "as", "since", "until", "during", "over", "more",
            "في", "الي", "من", "عام", "سنه", "و", "او", "اي", "عن", "علي", "حتي", "منذ", "مع", "ثم", "ما", "قدره", "بين", "خلال",
            "لتمويل", "سيتم", "تم", "كان", "كانت", "وكان", "وكانت", "اكثر");
    /** Words before a year. */
    static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "by", "until", "till", "year", "during", "from", "to", "before",
            "after", "between", "and", "fiscal", "عام", "العام", "سنه", "السنه", "في", "منذ", "حتي", "خلال", "لعام", "بعام", "عامي");
    /** Words before a year that compare with it rather than date what comes before them. */
    static final Set<String> COMPARED = Set.of("عن", "مقابل", "than", "versus", "against");
    /** "the 2005 agreement": a year before the noun it dates, not a count of it. */
    static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her");
    /** Words that join the two ends of a range or a span. */
    static final Set<String> JOINS = Set.of("and", "to", "or", "و", "الي", "او");
    static final Set<String> BETWEEN = Set.of("between", "بين");

    /** "73 %, i.e. 9.8 bn": words that restate a figure in another form. */
    static final Set<String> RESTATE = Set.of("i.e.", "ie", "or", "that is", "namely", "equivalent to", "equal to", "some", "اي",
            "ما يعادل", "بما يعادل", "يعادل", "اي ما يعادل", "بقيمه", "قيمتها", "بلغت");
    static final Set<String> OF = Set.of("of", "out of", "من");
    static final Set<String> REMAINDER = Set.of("remaining", "remainder", "rest", "leaving", "left", "balance", "المتبقي", "المتبقيه",
            "الباقي", "المتبقى", "تبقي", "يتبقي", "متبقيا");
    static final Set<String> FROM = Set.of("from", "من");
    static final Set<String> TO = Set.of("to", "الي");
    static final Set<String> RISE = Set.of("rose", "rise", "risen", "rising", "increased", "increase", "grew", "grown", "growth", "climbed",
            "jumped", "up", "doubled", "ارتفعت", "ارتفع", "ارتفاع", "زادت", "زاد", "ازدادت", "ازداد", "نمت", "نما", "قفزت", "قفز", "تضاعفت");
    static final Set<String> FALL = Set.of("fell", "fall", "fallen", "falling", "declined", "decline", "decreased", "decrease", "dropped",
            "drop", "down", "shrank", "shrunk", "انخفضت", "انخفض", "انخفاض", "تراجعت", "تراجع", "هبطت", "هبط", "تقلصت", "تقلص", "نقصت");
    static final Set<String> BY = Set.of("by", "بمقدار", "بنسبه", "بواقع");

    /** The spellings a folded word may stand for once its Arabic prefixes are taken off. */
    static Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.isEmpty() || !Tokens.arabicLetter(word.charAt(0))) {
            return out;
        }
        for (String w : Set.copyOf(out)) {
            if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 2) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            // the future particle on a verb: سيتبقى (will remain), ستنخفض (will fall)
            if (w.startsWith("س") && w.length() > 3 && "يتنا".indexOf(w.charAt(1)) >= 0) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length() > 2) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            if (w.startsWith("لل") && w.length() > 3) {
                out.add(w.substring(2));
            }
            if (w.startsWith("ال") && w.length() > 3) {
                out.add(w.substring(2));
            }
        }
        return out;
    }

    /** Whether a folded word, or one of its stems, is in the set. */
    static boolean in(Set<String> set, String word) {
        for (String s : stems(word)) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
