package figures.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic scale and currency words in amounts, as the sources write them: {@code ١٣٫٤ مليار دولار}
 * is {@code 13.4 billion USD}. Digits and separators are already ASCII (see
 * {@link Decimals#normalise}); this turns the words into the English ones {@link Amount} reads.
 * A word that names more than one thing (جنيه: sterling or Egyptian pound; روبل without a year:
 * Soviet, 1992–1997 or post-1998 Russian ruble; بليون: 10⁹ or 10¹²) is an error that says so.
 */
final class ArabicAmounts {
    private static final Pattern WORD = Pattern.compile("[\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3]+");
    /** Bidi marks, tatweel and vowel marks: invisible or decorative in copied text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\u0640\\u064B-\\u065F\\u0670]");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2007\\u2009\\u202F]");
    /** Every word, mark and space handled here is outside ASCII: text without such a character is returned as it is. */
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
    private static final Pattern BASIS = Pattern.compile("@\\s*(\\d{1,6})(?:\\s*[-\u2013\u2014/]\\s*(\\d{1,6}))?");

    private static final Map<String, String> SCALES = Map.of(
            "الف", "thousand", "الاف", "thousand",
            "مليون", "million", "ملايين", "million",
            "مليار", "billion", "مليارات", "billion",
            "تريليون", "trillion", "تريليونات", "trillion");
    private static final Map<String, String> AMBIGUOUS = Map.of(
            "بليون", "it means 10^9 in some usage and 10^12 in others; write مليار (10^9) or تريليون (10^12)",
            "بلايين", "it means 10^9 in some usage and 10^12 in others; write مليار (10^9) or تريليون (10^12)",
            "جنيه", "it may be the pound sterling or the Egyptian pound; write جنيه إسترليني (GBP) or the code (GBP, EGP)",
            "جنيهات", "it may be the pound sterling or the Egyptian pound; write جنيه إسترليني (GBP) or the code (GBP, EGP)",
            "ليره", "it may be the Syrian, Lebanese or Turkish lira; write ليرة سورية (SYP) or the code (SYP, LBP, TRY)",
            "دينار", "many countries' currencies are called dinar; write the ISO code (e.g. IQD, JOD, KWD)",
            "ريال", "many countries' currencies are called riyal; write the ISO code (e.g. SAR, QAR, OMR)",
            "درهم", "several currencies are called dirham; write the ISO code (e.g. AED, MAD)");
    private static final List<String> USD_QUALIFIERS = List.of("امريكي", "الامريكي", "اميركي", "الاميركي");
    private static final List<String> SYRIAN = List.of("سوريه", "سوري", "السوريه");
    private static final List<String> STERLING = List.of("استرليني", "الاسترليني");
    private static final List<String> SOVIET = List.of("سوفيتي", "سوفييتي", "السوفيتي", "السوفييتي");
    private static final List<String> RUSSIAN = List.of("روسي", "الروسي");

    private ArabicAmounts() {
    }

    /**
     * The amount text {@code s} (digits already ASCII) with Arabic words replaced by the English
     * scale words and ISO codes; messages quote the {@code original} text.
     */
    static String normalise(String s, String original) {
        if (!NON_ASCII.matcher(s).find()) {
            return s; // the common case: no words to read, no marks to drop
        }
        String t = SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ");
        Matcher m = WORD.matcher(t);
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(key(m.group()));
        }
        if (words.isEmpty()) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() && onlySpaceBetween(t, spans.get(i), spans.get(i + 1)) ? words.get(i + 1) : "";
            String english;
            int used = 1;
            if (SCALES.containsKey(w)) {
                english = SCALES.get(w);
            } else if (w.equals("دولار") || w.equals("دولارات")) {
                english = "USD";
                used = USD_QUALIFIERS.contains(next) ? 2 : 1;
            } else if (w.equals("يورو")) {
                english = "EUR";
            } else if ((w.equals("جنيه") || w.equals("جنيهات")) && STERLING.contains(next)) {
                english = "GBP";
                used = 2;
            } else if (w.equals("ليره") && SYRIAN.contains(next)) {
                english = "SYP";
                used = 2;
            } else if (w.equals("روبل") || w.equals("روبلات")) {
                boolean soviet = SOVIET.contains(next);
                used = soviet || RUSSIAN.contains(next) ? 2 : 1;
                english = soviet ? "SUR" : ruble(original, t, RUSSIAN.contains(next));
            } else if (AMBIGUOUS.containsKey(w)) {
                throw new CalcException("'" + Decimals.abbreviate(original) + "': '" + original(t, spans.get(i)) + "' is ambiguous: " + AMBIGUOUS.get(w));
            } else {
                throw new CalcException("'" + Decimals.abbreviate(original) + "': '" + original(t, spans.get(i)) + "' is not a scale or currency word"
                        + " (known: ألف، مليون، مليار، تريليون؛ دولار، يورو، جنيه إسترليني، ليرة سورية، روبل)");
            }
            out.append(t, copied, spans.get(i)[0]).append(' ').append(english).append(' ');
            copied = spans.get(i + used - 1)[1];
            i += used - 1;
        }
        out.append(t, copied, t.length());
        return out.toString().strip().replaceAll(" {2,}", " ");
    }

    /**
     * The ruble of the amount's price year: Soviet (SUR) to 1991, Russian RUR 1992–1997, RUB from
     * 1998 (1 RUB = 1000 RUR); without a year the word names none of them for certain.
     */
    private static String ruble(String original, String t, boolean russian) {
        Matcher b = BASIS.matcher(t);
        String choices = russian ? "RUR (Russian ruble 1992-1997) or RUB (from 1998)"
                : "SUR (Soviet ruble, to 1991), RUR (Russian ruble 1992-1997) or RUB (from 1998)";
        if (!b.find()) {
            throw new CalcException("'" + Decimals.abbreviate(original) + "': 'روبل' (ruble) is ambiguous without a year: it may be "
                    + choices + "; write the code, or the year of the prices (e.g. ١٢٠ مليون روبل@1966)");
        }
        int first = Integer.parseInt(b.group(1));
        int last = b.group(2) == null ? first : Integer.parseInt(b.group(2));
        String code = last <= 1991 ? "SUR" : first >= 1992 && last <= 1997 ? "RUR" : first >= 1998 ? "RUB" : null;
        if (russian && first <= 1991) {
            throw new CalcException("'" + Decimals.abbreviate(original) + "': the Russian ruble (روبل روسي) dates from 1992;"
                    + " before that the Soviet ruble (SUR, روبل سوفيتي) was in use");
        }
        if (code == null) {
            throw new CalcException("'" + Decimals.abbreviate(original) + "': 'روبل' (ruble) is ambiguous for " + b.group().substring(1).strip()
                    + ": it may be " + choices + "; write the code");
        }
        return code;
    }

    private static boolean onlySpaceBetween(String t, int[] a, int[] b) {
        return t.substring(a[1], b[0]).isBlank();
    }

    private static String original(String t, int[] span) {
        return t.substring(span[0], span[1]);
    }

    /** The spelling used for look-ups: hamza forms of alef, alef maqsura and ta marbuta folded. */
    private static String key(String word) {
        return word.replace('\u0623', '\u0627').replace('\u0625', '\u0627').replace('\u0622', '\u0627')
                .replace('\u0649', '\u064A').replace('\u0629', '\u0647');
    }
}
