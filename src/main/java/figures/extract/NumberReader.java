package figures.extract;

import figures.extract.Tokens.Token;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers as written, digits or words, through one grammar: multipliers, scales (also compound,
 * مليار و400 مليون), duals (ملياران), fractions ("one and a half", "half a billion", "ثلاثة مليارات ونصف"),
 * and a scale letter written onto the number ({@code 13.4bn}, {@code $5m}).
 */
abstract class NumberReader extends TokenReader {
    NumberReader(String original) {
        super(original);
    }

    /** The currency written at token j ({@link UnitReader}): its code and words, or null. */
    abstract String[] currencyAt(int j);

    /** The unit of a quantity written at token j ({@link UnitReader}), or null. */
    abstract String[] unitWords(int j);

    /** What one token is to a number: digits, a number word, a multiplier, a scale, a dual, a fraction, an article. */
    enum AtomKind { DIGITS, SMALL, MULT, SCALE, DUAL, FRACTION, ARTICLE }

    /** One token of a number; {@code joined} when it carries a joining prefix (و in ونصف). */
    record Atom(AtomKind kind, BigDecimal value, int exponent, boolean joined, String note) {
    }

    /** A number read from tokens: its value with its scale applied, the token after it, its last scale's power of ten. */
    record Num(BigDecimal value, int end, int exponent, boolean words, String note) {
    }

    /** The atom a token is, or null; a word is looked up as written, then without its prefixes. */
    Atom atom(int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.isNumber()) {
            return new Atom(AtomKind.DIGITS, t.number(), 0, false, null);
        }
        if (!t.isWord()) {
            return null;
        }
        Atom a = atomOf(t.text(), false);
        if (a != null) {
            return a;
        }
        for (String stem : Words.stems(t.text())) {
            if (!stem.equals(t.text())) {
                a = atomOf(stem, L.joins.contains(t.text().substring(0, 1)) && t.text().endsWith(stem) && t.text().length() == stem.length() + 1);
                if (a != null) {
                    return a;
                }
            }
        }
        String f = fractionOfPronoun(t.text());
        return f == null ? null : new Atom(AtomKind.FRACTION, L.fractions.get(f), 0, false, null);
    }

    /** The Arabic pronouns a noun carries at its end (ها: its, of it), in the folded spelling (ه for ة and for "his"). */
    private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");
    /** The pronoun endings that cannot be a ta marbuta: her/its, their. */
    static final List<String> PRONOUN_ENDINGS = List.of("هما", "هم", "ها");

    /**
     * A fraction word carrying a pronoun, "of it" (نصفها، ثلثه، ربعها، ونصفها): the fraction it stands for, or null.
     */
    static String fractionOfPronoun(String word) {
        if (word.isEmpty() || !Tokens.arabicLetter(word.charAt(0))) {
            return null;
        }
        for (String p : PRONOUNS) {
            if (word.endsWith(p) && word.length() > p.length() + 2) {
                for (String stem : Words.stems(word.substring(0, word.length() - p.length()))) {
                    if (L.fractions.containsKey(stem) && !L.numbers.containsKey(stem)) {
                        return stem;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the word at j is a fraction carrying a pronoun: "نصفها" (half of it). */
    boolean pronounFraction(int j) {
        return j >= 0 && j < tokens.size() && tokens.get(j).isWord() && L.fractions.get(tokens.get(j).text()) == null
                && atomOf(tokens.get(j).text(), false) == null && fractionOfPronoun(tokens.get(j).text()) != null;
    }

    static Atom atomOf(String w, boolean joined) {
        BigDecimal v = L.numbers.get(w);
        if (v != null) {
            return new Atom(AtomKind.SMALL, v, 0, joined, null);
        }
        v = L.multipliers.get(w);
        if (v != null) {
            return new Atom(AtomKind.MULT, v, 0, joined, null);
        }
        Integer e = L.scales.get(w);
        if (e != null) {
            return new Atom(AtomKind.SCALE, null, e, joined, null);
        }
        Lexicon.NotedScale n = L.notedScales.get(w);
        if (n != null) {
            return new Atom(AtomKind.SCALE, null, n.exponent(), joined, n.note());
        }
        e = L.duals.get(w);
        if (e != null) {
            return new Atom(AtomKind.DUAL, null, e, joined, null);
        }
        v = L.fractions.get(w);
        if (v != null) {
            return new Atom(AtomKind.FRACTION, v, 0, joined, null);
        }
        if (L.articles.contains(w)) {
            return new Atom(AtomKind.ARTICLE, BigDecimal.ONE, 0, joined, null);
        }
        return null;
    }

    boolean joinWord(int j) {
        return j < tokens.size() && tokens.get(j).isWord() && L.joins.contains(tokens.get(j).text());
    }

    static boolean unit(BigDecimal v) {
        return v.scale() <= 0 && v.signum() > 0 && v.compareTo(BigDecimal.TEN) < 0;
    }

    /** 100, 200, … 900: a number word of hundreds (ثلاثمائة). */
    static boolean hundreds(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(100)) >= 0 && v.compareTo(BigDecimal.valueOf(1000)) < 0
                && v.remainder(BigDecimal.valueOf(100)).signum() == 0;
    }

    static boolean tens(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.TEN) >= 0 && v.compareTo(BigDecimal.valueOf(100)) < 0
                && v.remainder(BigDecimal.TEN).signum() == 0;
    }

    /**
     * Reads a number from token i: digits or number words, with multipliers, scales (decreasing:
     * مليار و400 مليون), duals (ملياران), fractions ("one and a half", "half a billion", "ثلاثة
     * مليارات ونصف"), joined by "and" / و; or null when no number starts there.
     */
    Num readNumber(int i) {
        BigDecimal total = null;
        BigDecimal group = null;
        boolean groupIsTens = false;
        boolean groupIsUnit = false;
        int lastExp = Integer.MAX_VALUE;
        int exponent = -1;
        int scaleGroups = 0;
        boolean words = false;
        boolean digits = false;
        String note = null;
        boolean rounded = false;
        AtomKind prev = null;
        int j = i;
        int end = i;
        while (j < tokens.size()) {
            boolean joined = false;
            int k = j;
            if (prev != null && joinWord(k)) {
                joined = true;
                k++;
            } else if ((prev == AtomKind.SMALL || (prev == AtomKind.DIGITS && scaleAt(k + 1))) && sign(k, "-") && touching(k - 1, k)
                    && touching(k, k + 1)) {
                k++; // forty-five, a $15-billion swap
            } else if (prev == AtomKind.FRACTION && total == null && k < tokens.size() && tokens.get(k).isWord()
                    && L.of.contains(tokens.get(k).text()) && (scaleAt(k + 1) || (k + 1 < tokens.size()
                    && L.articles.contains(tokens.get(k + 1).text()) && scaleAt(k + 2)))) {
                k++; // a quarter of a billion
            }
            Atom a = atom(k);
            if (a == null) {
                break;
            }
            if (a.kind() == AtomKind.SMALL && prev == AtomKind.SMALL && !joined && group != null && group.compareTo(BigDecimal.TEN) < 0
                    && multiplierWord(k) != null) {
                a = new Atom(AtomKind.MULT, multiplierWord(k), 0, a.joined(), null); // ثلاث مئة: a number word that is also a multiplier
            }
            if (a.kind() == AtomKind.SCALE && prev == null && dualConstruct(k)) {
                a = new Atom(AtomKind.DUAL, null, a.exponent(), a.joined(), a.note()); // مليارا دولار: two billion dollars
            }
            if (a.joined() && prev != null) {
                joined = true;
            }
            boolean articled = false;
            if (a.kind() == AtomKind.ARTICLE) {
                Atom after = atom(k + 1);
                if (after == null || !(after.kind() == AtomKind.MULT || after.kind() == AtomKind.SCALE || after.kind() == AtomKind.FRACTION)
                        || after.joined()) {
                    break;
                }
                // "half a billion": the article between a fraction and its scale stands for nothing
                articled = true;
                k++;
                a = after;
            }
            boolean ok;
            switch (a.kind()) {
                case DIGITS -> {
                    // a number, or the next part after a scale: ملياران و300 مليون
                    ok = prev == null || ((prev == AtomKind.SCALE || prev == AtomKind.DUAL) && joined && group == null
                            && smallerScaleAt(k + 1, lastExp));
                    if (ok) {
                        group = a.value();
                        digits = true;
                        groupIsTens = groupIsUnit = false;
                    }
                }
                case SMALL -> {
                    BigDecimal v = a.value();
                    boolean afterHundreds = false;
                    if (prev == null) {
                        ok = true;
                        group = v;
                    } else if (prev == AtomKind.SMALL && group != null && !articled && joined && hundreds(group) && v.compareTo(BigDecimal.valueOf(100)) < 0) {
                        ok = true; // ثلاثمائة وخمسون, مئة وخمسة وعشرون: hundreds, then what is under a hundred
                        afterHundreds = true;
                        group = group.add(v);
                    } else if (prev == AtomKind.SMALL && group != null && !articled
                            && ((!joined && groupIsTens && unit(v)) || (!joined && groupIsUnit && v.compareTo(BigDecimal.TEN) == 0)
                            || (joined && groupIsUnit && tens(v) && v.compareTo(BigDecimal.TEN) > 0))) {
                        ok = true; // twenty five, خمسة عشر, خمسة وعشرون
                        group = group.add(v);
                    } else if (prev == AtomKind.MULT && group != null && v.compareTo(BigDecimal.valueOf(100)) < 0) {
                        ok = true; // three hundred (and) twenty
                        group = group.add(v);
                    } else if ((prev == AtomKind.SCALE || prev == AtomKind.DUAL) && group == null && (multAt(k + 1) || smallerScaleAt(k + 1, lastExp))) {
                        ok = true; // one thousand five hundred
                        group = v;
                    } else {
                        ok = false;
                    }
                    if (ok) {
                        words = true;
                        groupIsTens = (prev != AtomKind.SMALL || afterHundreds) && tens(v);
                        groupIsUnit = (prev != AtomKind.SMALL || afterHundreds) && unit(v);
                    }
                }
                case MULT -> {
                    ok = !joined && (articled || (group != null && (prev == AtomKind.SMALL || prev == AtomKind.DIGITS)
                            && group.compareTo(BigDecimal.TEN) < 0));
                    if (ok) {
                        group = (group == null ? BigDecimal.ONE : group).multiply(a.value());
                        words = true;
                        groupIsTens = groupIsUnit = false;
                    }
                }
                case SCALE -> {
                    boolean bare = prev == null && !articled;
                    if (prev == AtomKind.SCALE && !joined && group == null && scaleGroups == 1 && a.exponent() > lastExp) {
                        // a scale after a scale multiplies it: 48.21 lakh crore, ألف مليار
                        total = total.scaleByPowerOfTen(a.exponent());
                        lastExp += a.exponent();
                        exponent = lastExp;
                        note = a.note() != null ? a.note() : note;
                        ok = true;
                        break;
                    }
                    ok = a.exponent() < lastExp && !(joined && !articled) && (group != null || articled || (bare && bareScale(k)));
                    if (ok && prev == AtomKind.DIGITS && a.exponent() < 3) {
                        ok = false;
                    }
                    if (ok) {
                        BigDecimal g = group == null ? BigDecimal.ONE : group;
                        total = add(total, g.scaleByPowerOfTen(a.exponent()));
                        scaleGroups++;
                        group = null;
                        lastExp = a.exponent();
                        exponent = a.exponent();
                        note = a.note() != null ? a.note() : note;
                        words |= !digits;
                        groupIsTens = groupIsUnit = false;
                    }
                }
                case DUAL -> {
                    ok = prev == null && !articled;
                    if (ok) {
                        total = BigDecimal.valueOf(2).scaleByPowerOfTen(a.exponent());
                        lastExp = a.exponent();
                        exponent = a.exponent();
                        note = a.note() != null ? a.note() : note;
                        words = true;
                    }
                }
                case FRACTION -> {
                    if (pronounFraction(k)) {
                        ok = prev == null; // نصفها: half of it, a whole number phrase
                        group = a.value();
                        lastExp = -1;
                    } else if (prev == null || (articled && prev == null)) {
                        ok = true;
                        group = a.value();
                    } else if ((prev == AtomKind.SMALL || prev == AtomKind.DIGITS) && group != null && joined) {
                        ok = true; // one and a half
                        group = group.add(a.value());
                    } else if (prev == AtomKind.SMALL && group != null && !joined && !articled) {
                        ok = true; // three quarters
                        group = group.multiply(a.value());
                    } else if ((prev == AtomKind.SCALE || prev == AtomKind.DUAL) && group == null && joined && lastExp < Integer.MAX_VALUE) {
                        ok = true; // ثلاثة مليارات ونصف
                        total = add(total, a.value().scaleByPowerOfTen(lastExp));
                        if (sameScaleAt(k + 1, lastExp)) {
                            k++; // ملياران ونصف المليار: the half of the scale, named again
                        }
                        lastExp = -1; // nothing smaller follows a half
                    } else {
                        ok = false;
                    }
                    if (ok) {
                        words = true;
                        groupIsTens = groupIsUnit = false;
                        rounded |= rounded(a.value());
                    }
                }
                default -> ok = false;
            }
            if (!ok) {
                break;
            }
            prev = a.kind() == AtomKind.FRACTION && lastExp == -1 ? AtomKind.FRACTION : a.kind();
            j = k + 1;
            end = j;
            if (lastExp == -1) {
                break;
            }
        }
        if (prev == null) {
            return null;
        }
        BigDecimal value = add(total, group);
        if (rounded && note == null) {
            // "one and a third billion": 1.3333 bn, said (a percent's own note replaces it: "'a third' read as 33.33 %")
            note = "read as " + value.stripTrailingZeros().toPlainString() + ", rounded (the fraction has no exact decimal)";
        }
        return new Num(value, end, exponent, words, note);
    }

    /**
     * Whether a fraction word's value is a rounding of its fraction: a third is 0.3333 (1 / 0.3333
     * is not a whole number), where a half, a quarter, a fifth and a tenth are exact.
     */
    static boolean rounded(BigDecimal fraction) {
        if (fraction.signum() <= 0) {
            return false;
        }
        BigDecimal n = BigDecimal.ONE.divide(fraction, java.math.MathContext.DECIMAL64).setScale(0, java.math.RoundingMode.HALF_UP);
        return n.signum() == 0 || n.multiply(fraction).compareTo(BigDecimal.ONE) != 0;
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    boolean multAt(int k) {
        Atom a = atom(k);
        return a != null && a.kind() == AtomKind.MULT && !a.joined();
    }

    boolean smallerScaleAt(int k, int lastExp) {
        Atom a = atom(k);
        if (a != null && a.kind() == AtomKind.MULT) {
            a = atom(k + 1);
        }
        return a != null && a.kind() == AtomKind.SCALE && a.exponent() < lastExp && !a.joined();
    }

    /**
     * A scale word with no number before it names one of itself only before a compound (مليار و400 مليون), a half
     * joined to it (مليار ونصف، ملياراً ونصف المليار) or a currency.
     */
    boolean bareScale(int k) {
        Token t = tokens.get(k);
        Atom next = atom(k + 1);
        boolean half = next != null && next.kind() == AtomKind.FRACTION && next.joined();
        for (String s : Words.stems(t.text())) {
            if (Words.BARE_SCALES.contains(s) || (half && L.scales.containsKey(s) && L.duals.containsKey(s))) {
                int e = L.scales.get(s);
                Atom larger = next != null && next.kind() == AtomKind.SCALE && !next.joined() && next.exponent() > e ? next : null;
                boolean wordsAfter = next != null && next.joined() && (next.kind() == AtomKind.SMALL || next.kind() == AtomKind.MULT)
                        && (smallerScaleAt(k + 2, e) || (multAt(k + 2) && smallerScaleAt(k + 3, e))); // مليار ومائتا مليون
                return (word(k + 1, "و") && numberAt(k + 2) != null && smallerScaleAt(k + 3, e)) || wordsAfter || half || currencyAt(k + 1) != null
                        || (larger != null && currencyAt(k + 2) != null); // ألف مليار دولار: a thousand billion
            }
        }
        return false;
    }

    /** The value of the multiplier written at k as it stands, without prefixes (مئة, not بالمئة), or null. */
    BigDecimal multiplierWord(int k) {
        return k < tokens.size() && tokens.get(k).isWord() ? L.multipliers.get(tokens.get(k).text()) : null;
    }

    /** A scale word (not a dual) at k. */
    boolean scaleAt(int k) {
        Atom a = atom(k);
        return a != null && a.kind() == AtomKind.SCALE && !a.joined();
    }

    /** The scale of power {@code exponent} named again at k, with or without its article: نصف المليار, ونصف مليار. */
    boolean sameScaleAt(int k, int exponent) {
        Atom a = atom(k);
        return a != null && a.kind() == AtomKind.SCALE && !a.joined() && a.exponent() == exponent;
    }

    /**
     * A dual in a construct, which loses its nun (مليارا دولار, ألفا دولار: two of the scale): a word that is both a scale
     * form and a dual form ({@code [duals]}), with no number before it and a currency after it.
     */
    boolean dualConstruct(int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        for (String s : Words.stems(tokens.get(k).text())) {
            if (L.duals.containsKey(s) && (L.scales.containsKey(s) || L.notedScales.containsKey(s))) {
                return currencyAt(k + 1) != null;
            }
        }
        return false;
    }

    /** The power of ten of a letter scale at j written onto {@code number} (13.4bn, $5m), or before a currency or unit; else -1. */
    int letterScale(int j, Token number) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return -1;
        }
        Token w = tokens.get(j);
        Integer letter = L.letterScales.get(w.text());
        if (letter != null && (w.start() == number.end() || currencyAt(j + 1) != null || unitWords(j + 1) != null)) {
            return letter;
        }
        return -1;
    }
}
