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
 * Finds the figures of an article's tokens: numbers with their scale words (also compound, مليار
 * و400 مليون), currency words and symbols, percents, years and spans of years, units of quantities
 * that are not money, ranges; then each amount's price basis (the year written after it, else the
 * one year its sentence gives), rubles by that year, and a currency named once and implied after.
 */
final class FigureFinder {
    /** A sentence: its offsets in the text and its tokens {@code [from, to)}. */
    record Sentence(int index, int start, int end, int from, int to) {
    }

    /** A figure with the tokens it was read from, {@code [from, to)}. */
    record Spot(Figure figure, int from, int to) {
        Spot with(Figure f) {
            return new Spot(f, from, to);
        }
    }

    private final List<Token> tokens;
    private final List<Sentence> sentences = new ArrayList<>();
    private final int[] sentenceOf;
    private final List<Spot> spots = new ArrayList<>();

    private final String original;
    private final int[] clauseOf;
    /** Currency code → the article's words naming a country that uses it. */
    private final Map<String, String> countries = new java.util.HashMap<>();

    private FigureFinder(String original) {
        this.original = original;
        this.tokens = Tokens.of(original);
        this.sentenceOf = new int[tokens.size()];
        this.clauseOf = new int[tokens.size()];
    }

    /** The sentences and figures of a text. */
    static FigureFinder of(String text) {
        FigureFinder f = new FigureFinder(text);
        f.splitSentences();
        f.splitClauses();
        f.countriesNamed();
        f.readFigures();
        f.priceBases();
        f.currencies();
        return f;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Spot> spots() {
        return spots;
    }

    // ---- sentences ---------------------------------------------------------------------

    private void splitSentences() {
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.paragraphBefore()) {
                addSentence(from, i);
                from = i;
            }
            sentenceOf[i] = sentences.size();
            if (t.kind() == Tokens.Kind.SIGN && (t.is(".") || t.is("!") || t.is("?") || t.is("\u061F"))) {
                addSentence(from, i + 1);
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            addSentence(from, tokens.size());
        }
    }

    private void addSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            sentenceOf[i] = sentences.size();
        }
        sentences.add(new Sentence(sentences.size(), tokens.get(from).start(), tokens.get(to - 1).end(), from, to));
    }

    // ---- numbers -----------------------------------------------------------------------

    private static final Lexicon L = Lexicon.WORDS;

    /** What one token is to a number: digits, a number word, a multiplier, a scale, a dual, a fraction, an article. */
    private enum AtomKind { DIGITS, SMALL, MULT, SCALE, DUAL, FRACTION, ARTICLE }

    /** One token of a number; {@code joined} when it carries a joining prefix (و in ونصف). */
    private record Atom(AtomKind kind, BigDecimal value, int exponent, boolean joined, String note) {
    }

    /** A number read from tokens: its value with its scale applied, the token after it, its last scale's power of ten. */
    private record Num(BigDecimal value, int end, int exponent, boolean words, String note) {
    }

    /** The atom a token is, or null; a word is looked up as written, then without its prefixes. */
    private Atom atom(int j) {
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
        return null;
    }

    private static Atom atomOf(String w, boolean joined) {
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

    private boolean joinWord(int j) {
        return j < tokens.size() && tokens.get(j).isWord() && L.joins.contains(tokens.get(j).text());
    }

    private static boolean unit(BigDecimal v) {
        return v.scale() <= 0 && v.signum() > 0 && v.compareTo(BigDecimal.TEN) < 0;
    }

    private static boolean tens(BigDecimal v) {
        return v.scale() <= 0 && v.compareTo(BigDecimal.TEN) >= 0 && v.compareTo(BigDecimal.valueOf(100)) < 0
                && v.remainder(BigDecimal.TEN).signum() == 0;
    }

    /**
     * Reads a number from token i: digits or number words, with multipliers, scales (decreasing:
     * مليار و400 مليون), duals (ملياران), fractions ("one and a half", "half a billion", "ثلاثة
     * مليارات ونصف"), joined by "and" / و; or null when no number starts there.
     */
    private Num readNumber(int i) {
        BigDecimal total = null;
        BigDecimal group = null;
        boolean groupIsTens = false;
        boolean groupIsUnit = false;
        int lastExp = Integer.MAX_VALUE;
        int exponent = -1;
        boolean words = false;
        boolean digits = false;
        String note = null;
        AtomKind prev = null;
        int j = i;
        int end = i;
        while (j < tokens.size()) {
            boolean joined = false;
            int k = j;
            if (prev != null && joinWord(k)) {
                joined = true;
                k++;
            } else if (prev == AtomKind.SMALL && sign(k, "-") && tokens.get(k).start() == tokens.get(k - 1).end()) {
                k++; // forty-five
            }
            Atom a = atom(k);
            if (a == null) {
                break;
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
                    if (prev == null) {
                        ok = true;
                        group = v;
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
                        groupIsTens = prev != AtomKind.SMALL && tens(v);
                        groupIsUnit = prev != AtomKind.SMALL && unit(v);
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
                    ok = a.exponent() < lastExp && !(joined && !articled) && (group != null || articled || (bare && bareScale(k)));
                    if (ok && prev == AtomKind.DIGITS && a.exponent() < 3) {
                        ok = false;
                    }
                    if (ok) {
                        BigDecimal g = group == null ? BigDecimal.ONE : group;
                        total = add(total, g.scaleByPowerOfTen(a.exponent()));
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
                        words = true;
                    }
                }
                case FRACTION -> {
                    if (prev == null || (articled && prev == null)) {
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
                        lastExp = -1; // nothing smaller follows a half
                    } else {
                        ok = false;
                    }
                    if (ok) {
                        words = true;
                        groupIsTens = groupIsUnit = false;
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
        return new Num(value, end, exponent, words, note);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private boolean multAt(int k) {
        Atom a = atom(k);
        return a != null && a.kind() == AtomKind.MULT && !a.joined();
    }

    private boolean smallerScaleAt(int k, int lastExp) {
        Atom a = atom(k);
        if (a != null && a.kind() == AtomKind.MULT) {
            a = atom(k + 1);
        }
        return a != null && a.kind() == AtomKind.SCALE && a.exponent() < lastExp && !a.joined();
    }

    /** A scale word with no number before it names one of itself only before a compound (مليار و400 مليون) or a currency. */
    private boolean bareScale(int k) {
        Token t = tokens.get(k);
        if (!Words.BARE_SCALES.contains(t.text())) {
            return false;
        }
        int e = L.scales.get(t.text());
        return (word(k + 1, "و") && numberAt(k + 2) != null && smallerScaleAt(k + 3, e)) || currencyAt(k + 1) != null;
    }

    // ---- figures -----------------------------------------------------------------------

    /** What follows a number: its scale, percent sign, currency or unit, up to token {@code end}. */
    private static final class Reading {
        /** The value, its scale applied. */
        BigDecimal value;
        int exponent = -1;
        boolean words;
        boolean percent;
        String currency;
        String ambiguous;
        String unit;
        String note;
        /** The sign or word the currency was read from, when it may name another currency too ($, dollars, ¥). */
        String sign;
        int end;
    }

    private void readFigures() {
        int i = 0;
        while (i < tokens.size()) {
            int next = startsFigure(i) ? figureAt(i) : i + 1;
            i = Math.max(next, i + 1);
        }
    }

    private boolean startsFigure(int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return true;
        }
        if (!t.isWord()) {
            return false;
        }
        if (L.minus.contains(t.text()) && i + 1 < tokens.size() && (tokens.get(i + 1).isNumber() || atom(i + 1) != null)) {
            return true;
        }
        return atom(i) != null;
    }

    private Token numberAt(int i) {
        return i < tokens.size() && tokens.get(i).isNumber() ? tokens.get(i) : null;
    }

    private boolean word(int i, String w) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).is(w);
    }

    private boolean sign(int i, String s) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Tokens.Kind.SIGN && tokens.get(i).is(s);
    }

    private boolean sameSentence(int a, int b) {
        return a >= 0 && b < tokens.size() && sentenceOf[a] == sentenceOf[b];
    }

    /** Whether token b starts right where token a ends. */
    private boolean touching(int a, int b) {
        return a >= 0 && b < tokens.size() && tokens.get(a).end() == tokens.get(b).start();
    }

    /** A currency written before token i: a symbol ($, C$, HK$, ₹) or a code in capitals (USD 75 million); {code, first token}. */
    private String[] currencyBefore(int i) {
        for (int n = 3; n >= 1; n--) {
            int from = i - n;
            if (from < 0 || !sameSentence(from, i)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            boolean spaced = false;
            for (int k = from; k < i; k++) {
                b.append(tokens.get(k).text());
                spaced |= k > from && !touching(k - 1, k);
            }
            String sym = b.toString();
            String code = L.symbols.get(sym);
            if (code != null && !(n > 1 && spaced && tokens.get(i - 1).isWord())) {
                if (L.closeSymbols.contains(sym) && (spaced || !upper(tokens.get(from)))) {
                    continue; // "a $5 bill": the article, not A$
                }
                return new String[] {code, Integer.toString(from)};
            }
        }
        Token t = i > 0 ? tokens.get(i - 1) : null;
        if (t != null && t.isWord() && sameSentence(i - 1, i)) {
            if (isCode(t) && !L.wordCodes.contains(t.text())) {
                return new String[] {t.text().toUpperCase(java.util.Locale.ROOT), Integer.toString(i - 1)};
            }
            if (scaledCode(t) != null) {
                return new String[] {scaledCode(t), Integer.toString(i - 1)};
            }
        }
        return null;
    }

    /** "MUSD", "MEUR": a letter scale written onto a code in capitals; "6:USD", or null. */
    private String scaledCode(Token t) {
        String w = t.text();
        if (w.length() != 4 || !upper(t) || t.end() - t.start() != 4) {
            return null;
        }
        Integer e = L.letterScales.get(w.substring(0, 1));
        String code = w.substring(1).toUpperCase(java.util.Locale.ROOT);
        return e != null && Currency.isCurrency(code) ? e + ":" + code : null;
    }

    /** Reads the figure starting at token i; returns the token after it (i when there is none). */
    private int figureAt(int i) {
        int start = i;
        boolean negative = false;
        if (tokens.get(i).isWord() && L.minus.contains(tokens.get(i).text())) {
            negative = true;
            i++;
        }
        Num num = readNumber(i);
        if (num == null) {
            return start + 1;
        }
        Reading r = new Reading();
        String pre = null;
        int preExp = -1;
        if (start == i && sign(i - 1, "/") && sign(num.end(), "/")) {
            start = i - 1; // "/120/ مليون", as Arabic texts write amounts
        }
        String[] before = start == i ? currencyBefore(i) : null;
        if (before != null) {
            pre = before[0];
            if (pre.indexOf(':') > 0) {
                preExp = Integer.parseInt(pre.substring(0, pre.indexOf(':')));
                pre = pre.substring(pre.indexOf(':') + 1);
            }
            start = Integer.parseInt(before[1]);
        }
        int j = num.end();
        if (start == i - 1 && sign(i - 1, "/")) {
            j = num.end() + 1;
        }
        r.value = negative ? num.value().negate() : num.value();
        r.exponent = num.exponent();
        r.words = num.words();
        r.note = num.note();
        readAfter(num.end() - 1, j, r);
        if (preExp > 0) {
            r.value = r.value.scaleByPowerOfTen(preExp);
            r.exponent = Math.max(r.exponent, preExp);
        }
        if (pre != null && r.currency == null && r.ambiguous == null) {
            setCurrency(r, pre);
            r.sign = tokens.get(start).text().equals(pre.toLowerCase(java.util.Locale.ROOT)) ? null : text(start, i);
            if (r.end == num.end()) {
                r.end = minorPart(r.end, r); // "C$ 100 and fifty"
            }
        }
        if (r.words && r.exponent < 0 && !r.percent && r.currency == null && r.ambiguous == null) {
            // a spelled-out number with no scale, percent or currency is not a figure ("one of them", "seventeen tests")
            if (r.value.compareTo(BigDecimal.ONE) < 0 && r.value.signum() > 0 && (word(r.end, "of") || word(r.end, "من"))) {
                r.percent = true; // "a quarter of the debt": 25 %
                r.value = r.value.movePointRight(2);
                r.note = "'" + text(start, r.end) + "' read as " + r.value.stripTrailingZeros().toPlainString() + " %";
                return add(start, i, r, null);
            }
            return num.end();
        }
        // a bare number joined to the next one shares its scale, unit and currency: "between 2 and 3 billion dollars"
        if (r.exponent < 0 && !r.percent && r.currency == null && r.ambiguous == null && r.unit == null && r.end == j && pre == null) {
            Reading second = joinedToNext(i, j);
            if (second != null) {
                return range(start, i, j, r, second);
            }
        }
        if ((r.currency != null || r.ambiguous != null || r.percent) && r.end < tokens.size()) {
            Reading second = fullRangeAfter(start, r);
            if (second != null) {
                r.end = second.end;
                return add(start, i, r, second.value);
            }
        }
        return add(start, i, r, null);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private String text(int from, int to) {
        return SPACES.matcher(original.substring(tokens.get(from).start(), tokens.get(to - 1).end())).replaceAll(" ");
    }

    private void setCurrency(Reading r, String code) {
        if (code.startsWith("?") && !code.startsWith("?ruble") && !code.startsWith("?russian")) {
            r.ambiguous = code.substring(1);
        } else {
            r.currency = code;
        }
    }

    /** The reading after a join at j ("2 and 3 billion", "2-3 bn"), when it names a scale, percent or currency; else null. */
    private Reading joinedToNext(int i, int j) {
        Token first = tokens.get(j - 1);
        boolean yearLike = first.isNumber() && first.plainInteger() && first.text().length() == 4 && j >= 2 && tokens.get(j - 2).isWord()
                && Words.in(Words.YEAR_CUES, tokens.get(j - 2).text()) && !Words.in(Words.BETWEEN, tokens.get(j - 2).text());
        if (yearLike) {
            return null; // "عام 2000 إلى 138 مليون": a year, then the next figure
        }
        boolean join = (j < tokens.size() && tokens.get(j).isWord() && Words.JOINS.contains(tokens.get(j).text())) || sign(j, "-");
        if (!join || j + 1 >= tokens.size()) {
            return null;
        }
        Num n = readNumber(j + 1);
        if (n == null || (tokens.get(i).isNumber() != tokens.get(j + 1).isNumber() && !n.words())) {
            return null;
        }
        Reading second = new Reading();
        second.value = n.value();
        second.exponent = n.exponent();
        second.note = n.note();
        readAfter(n.end() - 1, n.end(), second);
        boolean named = second.exponent > 0 || second.percent || second.currency != null || second.ambiguous != null;
        return named ? second : null;
    }

    /** "$3 billion to $4 billion", "between 7 and 8 billion dollars", "2-3 %": the high end of a range after a whole figure, or null. */
    private Reading fullRangeAfter(int start, Reading r) {
        int j = r.end;
        boolean dash = sign(j, "-");
        boolean to = j < tokens.size() && tokens.get(j).isWord() && L.rangeJoins.contains(tokens.get(j).text());
        if (!dash && !to) {
            return null;
        }
        boolean between = start > 0 && tokens.get(start - 1).isWord() && Words.in(L.rangeBetween, tokens.get(start - 1).text());
        boolean changeBefore = false;
        for (int k = Math.max(0, start - 4); k < start; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && (Words.in(Words.FROM, t.text()) || Words.in(Words.BY, t.text()) || Words.in(Words.RISE, t.text())
                    || Words.in(Words.FALL, t.text()))) {
                changeBefore = true;
            }
        }
        boolean toWord = to && (tokens.get(j).is("to") || tokens.get(j).is("الي"));
        if (!between && !dash && !(toWord && !changeBefore)) {
            return null;
        }
        int k = j + 1;
        String[] pre = currencyBefore(k + 1 < tokens.size() ? k + 1 : k);
        if (pre != null && Integer.parseInt(pre[1]) == k) {
            k++;
        } else {
            pre = null;
        }
        Num n = readNumber(k);
        if (n == null) {
            return null;
        }
        Reading second = new Reading();
        second.value = n.value();
        second.exponent = n.exponent();
        readAfter(n.end() - 1, n.end(), second);
        if (pre != null && second.currency == null) {
            setCurrency(second, pre[0]);
        }
        if (second.percent != r.percent || !java.util.Objects.equals(second.currency, r.currency)
                || !java.util.Objects.equals(second.ambiguous, r.ambiguous) || second.value.compareTo(r.value) <= 0
                || (second.exponent < 0 && r.exponent > 0)) {
            return null;
        }
        return second;
    }

    /** Two numbers joined ("2 and 3 billion"): one range figure after "between" or a dash, else two figures. */
    private int range(int start, int i, int join, Reading first, Reading second) {
        first.value = second.exponent > 0 ? first.value.scaleByPowerOfTen(second.exponent) : first.value;
        first.exponent = second.exponent;
        first.percent = second.percent;
        first.currency = second.currency;
        first.ambiguous = second.ambiguous;
        first.unit = second.unit;
        first.note = second.note;
        boolean between = i > 0 && tokens.get(i - 1).isWord() && Words.in(Words.BETWEEN, tokens.get(i - 1).text());
        if (between || sign(join, "-")) {
            first.end = second.end;
            return add(between ? Math.min(start, i - 1) : start, i, first, second.value);
        }
        first.end = join;
        add(start, i, first, null);
        return add(join + 1, join + 1, second, null);
    }

    /** Scale, percent, currency (and its minor part, "3 dollars 50 cents") and unit after a number ending at token last, from token j. */
    private void readAfter(int last, int j, Reading r) {
        Token number = tokens.get(last);
        Atom scaleAfter = r.exponent < 0 && j > last + 1 ? atom(j) : null;
        if (scaleAfter != null && scaleAfter.kind() == AtomKind.SCALE && !scaleAfter.joined()) {
            r.value = r.value.scaleByPowerOfTen(scaleAfter.exponent()); // "/120/ مليون"
            r.exponent = scaleAfter.exponent();
            j++;
        }
        if (r.exponent < 0 && number.isNumber()) {
            int e = letterScale(j, number);
            if (e > 0) {
                r.value = r.value.scaleByPowerOfTen(e);
                r.exponent = e;
                j++;
            }
        }
        int p = percentWords(j);
        if (p > 0) {
            r.percent = true;
            r.end = j + p;
            return;
        }
        if (sign(j, "-") && touching(j - 1, j) && touching(j, j + 1) && (currencyAt(j + 1) != null || minorAt(j + 1) != null)) {
            j++; // "12-cent", "one-yen"
        }
        String sc = j < tokens.size() && tokens.get(j).isWord() && r.exponent < 0 ? scaledCode(tokens.get(j)) : null;
        if (sc != null) {
            r.exponent = Integer.parseInt(sc.substring(0, sc.indexOf(':'))); // "30 MUSD"
            r.value = r.value.scaleByPowerOfTen(r.exponent);
            setCurrency(r, sc.substring(sc.indexOf(':') + 1));
            r.end = j + 1;
            return;
        }
        String[] c = currencyAt(j);
        if (c != null && belongsToNext(j, j + Integer.parseInt(c[1]))) {
            c = null; // "1 $10 bill", "3 USD50 cards": the sign is the next number's
        }
        if (c != null) {
            setCurrency(r, c[0]);
            r.sign = c.length > 2 ? c[2] : null;
            j += Integer.parseInt(c[1]);
            // "75 USD million": the scale after the code
            Atom s = atom(j);
            if (r.exponent < 0 && s != null && s.kind() == AtomKind.SCALE && !s.joined() && number.isNumber()) {
                r.value = r.value.scaleByPowerOfTen(s.exponent());
                r.exponent = s.exponent();
                j++;
            }
            r.end = minorPart(j, r);
            return;
        }
        String[] m = minorAt(j);
        if (m != null) {
            r.value = r.value.movePointLeft(2);
            setCurrency(r, minorCurrency(m[0]));
            r.sign = tokens.get(j).text();
            r.note = "'" + tokens.get(j).text() + "': a hundredth of " + (r.currency != null ? r.currency : "the unit");
            r.end = j + 1;
            return;
        }
        String[] u = unitWords(j);
        if (u != null) {
            r.unit = u[0];
            r.end = j + Integer.parseInt(u[1]);
            return;
        }
        r.end = j;
    }

    /** Whether the sign or code at tokens [j, k) is written onto the number after it and apart from the one before. */
    private boolean belongsToNext(int j, int k) {
        return k < tokens.size() && tokens.get(k).isNumber() && touching(k - 1, k) && !touching(j - 1, j);
    }

    /** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the minor part after a whole amount. */
    private int minorPart(int j, Reading r) {
        if (r.exponent > 0 || r.value.scale() > 0 || r.currency == null || r.currency.startsWith("?")) {
            return j;
        }
        int k = j;
        if (joinWord(k) || word(k, "and")) {
            k++;
        }
        Num n = k < tokens.size() ? readNumber(k) : null;
        if (n == null || n.exponent() > 0 || n.value().scale() > 0 || n.value().signum() <= 0 || n.value().compareTo(BigDecimal.valueOf(100)) >= 0
                || !sameSentence(j - 1, n.end() - 1)) {
            return j;
        }
        String[] m = minorAt(n.end());
        int end;
        if (m == null && touching(n.end() - 1, n.end()) && n.end() < tokens.size() && tokens.get(n.end()).isWord()) {
            return j; // "10 turkish lira 11a": a code, not cents
        }
        if (m != null) {
            end = n.end() + 1;
        } else if (n.end() >= tokens.size() || (!nextIsNoun(n.end()) && currencyAt(n.end()) == null && percentWords(n.end()) == 0
                && unitWords(n.end()) == null && !tokens.get(n.end()).isNumber())) {
            end = n.end();
        } else {
            return j;
        }
        r.value = r.value.add(n.value().movePointLeft(2));
        return end;
    }

    /** The currency a minor unit is a hundredth of: a code, or its unit's meaning alone. */
    private static String minorCurrency(String of) {
        if (of.length() == 3 && of.equals(of.toUpperCase(java.util.Locale.ROOT))) {
            return of;
        }
        for (Map.Entry<String, String> e : L.unitOf.entrySet()) {
            if (e.getValue().equals(of)) {
                return L.unitDefault.get(e.getKey());
            }
        }
        return null;
    }

    private String[] minorAt(int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return null;
        }
        for (String stem : Words.stems(tokens.get(j).text())) {
            String of = L.minor.get(stem);
            if (of != null) {
                if (stem.equals("p") && !touching(j - 1, j)) {
                    return null; // "50p", not "50 p"
                }
                return new String[] {of};
            }
        }
        return null;
    }

    /** The power of ten of a letter scale at j written onto {@code number} (13.4bn, $5m), or before a currency or unit; else -1. */
    private int letterScale(int j, Token number) {
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

    private int percentWords(int j) {
        if (sign(j, "%")) {
            return 1;
        }
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                if (L.percent.contains(phrase)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** {code, tokens used} for a currency at j (a code starting with ? is an ambiguity, its note after it). */
    String[] currencyAt(int j) {
        if (j >= tokens.size()) {
            return null;
        }
        if (!tokens.get(j).isWord() && !tokens.get(j).isNumber()) {
            for (int n = 3; n >= 1; n--) {
                if (j + n > tokens.size()) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                boolean close = true;
                for (int k = j; k < j + n; k++) {
                    b.append(tokens.get(k).text());
                    close &= k == j || touching(k - 1, k);
                }
                String code = L.symbols.get(b.toString());
                if (code != null && (n == 1 || close)) {
                    return new String[] {code, Integer.toString(n), text(j, j + n)};
                }
            }
            return null;
        }
        if (!tokens.get(j).isWord()) {
            return null;
        }
        for (int n = Math.min(L.longest, 4); n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                String code = L.currencies.get(phrase);
                if (code != null) {
                    return new String[] {code, Integer.toString(n), text(j, j + n)};
                }
            }
        }
        // "usd$ 15", "aud$": a code written onto a dollar sign
        if (j + 1 < tokens.size() && sign(j + 1, "$") && touching(j, j + 1) && L.symbols.containsKey(tokens.get(j).text() + "$")) {
            return new String[] {L.symbols.get(tokens.get(j).text() + "$"), "2"};
        }
        if (isCode(tokens.get(j)) || (tokens.get(j).text().length() == 3 && Currency.isCurrency(tokens.get(j).text())
                && touching(j - 1, j) && j > 0 && tokens.get(j - 1).isNumber())) {
            return new String[] {tokens.get(j).text().toUpperCase(java.util.Locale.ROOT), "1"};
        }
        return null;
    }

    /** A three-letter currency code, written in capitals in the article. */
    private boolean isCode(Token t) {
        return t.text().length() == 3 && Currency.isCurrency(t.text()) && t.end() - t.start() == 3 && upper(t);
    }

    private boolean upper(Token t) {
        return original.substring(t.start(), t.end()).chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '.');
    }

    private String[] unitWords(int j) {
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                String unit = L.units.get(phrase);
                if (unit != null) {
                    int used = n;
                    if (unit.equals("km") && (sign(j + n, "²") || (numberAt(j + n) != null && tokens.get(j + n).is("2")
                            && tokens.get(j + n).start() == tokens.get(j + n - 1).end()))) {
                        unit = "km²";
                        used++;
                    }
                    return new String[] {unit, Integer.toString(used)};
                }
            }
        }
        return null;
    }

    /** The n words from j joined by spaces, exactly as folded, or null when there are not n words there. */
    private String phrase(int j, int n) {
        if (j < 0 || j + n > tokens.size()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = j; k < j + n; k++) {
            if (!tokens.get(k).isWord()) {
                return null;
            }
            b.append(k > j ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** The n-word phrases at j, the first word also without its Arabic prefixes. */
    private Set<String> phrases(int j, int n) {
        Set<String> out = new LinkedHashSet<>();
        String exact = phrase(j, n);
        if (exact == null) {
            return out;
        }
        String rest = n == 1 ? "" : exact.substring(exact.indexOf(' '));
        for (String stem : Words.stems(tokens.get(j).text())) {
            out.add(stem + rest);
        }
        return out;
    }

    /** The approximation words just before token {@code start} ("about", "more than", "نحو"), or null. */
    private Figure.Approx approxBefore(int start) {
        for (int n = 3; n >= 1; n--) {
            int from = start - n;
            if (from < 0 || !sameSentence(from, start)) {
                continue;
            }
            for (String phrase : phrases(from, n)) {
                Figure.Approx.Bound b = L.approx.get(phrase);
                if (b != null) {
                    return new Figure.Approx(b, text(from, start));
                }
            }
        }
        return null;
    }

    /** Adds the figure read; returns the token after it. */
    private int add(int start, int i, Reading r, BigDecimal high) {
        BigDecimal value = r.value;
        int end = Math.max(r.end, i + 1);
        Figure.Kind kind;
        String unit = r.unit;
        String note = r.ambiguous != null ? r.ambiguous : r.note;
        if (r.ambiguous != null && r.note != null) {
            note = r.ambiguous + "; " + r.note;
        }
        Period year = null;
        Token t = tokens.get(i);
        if (r.percent) {
            kind = Figure.Kind.PERCENT;
        } else if (r.currency != null || r.ambiguous != null) {
            kind = Figure.Kind.MONEY;
        } else if (unit != null) {
            kind = Figure.Kind.QUANTITY;
        } else if (r.exponent < 0 && t.isNumber() && start == i && isYear(i)) {
            int last = t.number().intValueExact();
            int after = i + 1;
            int second = spanEnd(i);
            if (second > 0) {
                last = second;
                after = i + 3;
            }
            kind = Figure.Kind.YEAR;
            year = Period.of(t.number().intValueExact(), last);
            end = after;
        } else if (r.exponent > 0 && (!nextIsNoun(end) || anotherBefore(start))) {
            kind = Figure.Kind.MONEY; // a currency, if any, comes from an earlier figure
        } else {
            kind = Figure.Kind.COUNT;
            if (nextIsNoun(end)) {
                unit = original.substring(tokens.get(end).start(), tokens.get(end).end());
            }
        }
        String currency = r.currency;
        Figure f = new Figure(kind, value, high, currency == null || currency.startsWith("?") ? null : Currency.of(currency), year,
                currency != null && currency.startsWith("?") ? currency : unit, note, tokens.get(start).start(), tokens.get(end - 1).end(),
                sentenceOf[i]);
        String signNote = kind == Figure.Kind.MONEY ? signNote(r.sign, r.currency) : null;
        if (signNote != null) {
            f = f.withNote(f.note() == null ? signNote : f.note() + "; " + signNote);
        }
        if (kind != Figure.Kind.YEAR) {
            Figure.Approx a = approxBefore(start);
            if (a != null) {
                f = f.withApprox(a);
            }
        }
        spots.add(new Spot(f, start, end));
        return end;
    }

    /** "another 2 billion", "a further $1 bn": a word before a figure saying it adds to an earlier one. */
    private boolean anotherBefore(int start) {
        for (int n = 1; n <= 2; n++) {
            for (String p : phrases(start - n, n)) {
                if (L.another.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word at j is a noun the number counts (not a preposition or conjunction). */
    private boolean nextIsNoun(int j) {
        return j < tokens.size() && tokens.get(j).isWord() && sameSentence(j - 1, j) && !Words.in(Words.LINKS, tokens.get(j).text())
                && !Words.in(Words.YEAR_CUES, tokens.get(j).text()) && !Words.in(L.another, tokens.get(j).text());
    }

    /** A plain integer 1800-2100 used as a year: after a year word, or not followed by a noun it counts. */
    private boolean isYear(int i) {
        Token t = tokens.get(i);
        if (!t.plainInteger() || t.text().length() != 4) {
            return false;
        }
        int y = t.number().intValueExact();
        if (y < 1800 || y > 2100) {
            return false;
        }
        int c = i - 1;
        while (c >= 0 && c >= i - 3 && (sign(c, ")") || sign(c, "("))) {
            c--; // "كانون الأول (ديسمبر) 2021", "March (2019)": the month before the brackets
        }
        boolean cue = c >= 0 && tokens.get(c).isWord() && (Words.in(Words.YEAR_CUES, tokens.get(c).text())
                || Words.in(L.yearWords, tokens.get(c).text())
                || (c == i - 1 && Words.DETERMINERS.contains(tokens.get(c).text())));
        return cue || !nextIsNoun(i + 1);
    }

    /** The last year of a span starting at year token i ("1989 و1990", "1989-1990", "1989-90"), or 0. */
    private int spanEnd(int i) {
        int first = tokens.get(i).number().intValueExact();
        boolean join = sign(i + 1, "-") || sign(i + 1, "/") || word(i + 1, "و") || word(i + 1, "and");
        Token n = numberAt(i + 2);
        if (!join || n == null || !n.plainInteger() || (n.text().length() != 2 && n.text().length() != 4)) {
            return 0;
        }
        int last = n.number().intValueExact();
        if (n.text().length() == 2 && (sign(i + 1, "-") || sign(i + 1, "/"))) {
            last = first / 100 * 100 + last;
        } else if (n.text().length() != 4) {
            return 0;
        }
        Reading after = new Reading();
        after.value = n.number();
        readAfter(i + 2, i + 3, after);
        boolean figure = after.exponent > 0 || after.percent || after.currency != null || after.unit != null;
        return !figure && last > first && last - first <= 20 ? last : 0;
    }

    // ---- price bases and currencies ----------------------------------------------------

    /**
     * Each amount's year: one written just after it ("عام 2000", "in 2000"), else the only year of its
     * clause, else the only year of its sentence, else (several years) the nearest one, so that two
     * years in one sentence go to the figures nearest them, never to all.
     */
    private void priceBases() {
        Map<Integer, List<Spot>> yearsOf = new java.util.HashMap<>();
        for (Spot s : spots) {
            if (s.figure().kind() == Figure.Kind.YEAR) {
                yearsOf.computeIfAbsent(s.figure().sentence(), x -> new ArrayList<>()).add(s);
            }
        }
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (!s.figure().isMoney()) {
                continue;
            }
            List<Spot> years = yearsOf.getOrDefault(s.figure().sentence(), List.of());
            Spot year = yearAfter(k);
            Figure.YearHow how = Figure.YearHow.AFTER;
            if (year == null && !years.isEmpty()) {
                year = only(years, y -> clauseOf[y.from()] == clauseOf[s.from()]);
                how = Figure.YearHow.CLAUSE;
                if (year == null) {
                    year = only(years, y -> true);
                    how = Figure.YearHow.SENTENCE;
                }
                if (year == null) {
                    year = nearest(years, s);
                    how = Figure.YearHow.NEAREST;
                }
            }
            if (year != null) {
                spots.set(k, s.with(s.figure().withBasis(year.figure().period(), year.figure(), how)));
            }
        }
    }

    /** The one period among the years that pass, as its first spot; null when none or several. */
    private static Spot only(List<Spot> years, java.util.function.Predicate<Spot> keep) {
        Spot first = null;
        for (Spot y : years) {
            if (keep.test(y)) {
                if (first != null && !first.figure().period().equals(y.figure().period())) {
                    return null;
                }
                first = first == null ? y : first;
            }
        }
        return first;
    }

    /** The year nearest a figure in tokens; null on a tie between two different years. */
    private static Spot nearest(List<Spot> years, Spot s) {
        Spot best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Spot y : years) {
            int d = y.from() >= s.to() ? y.from() - s.to() : s.from() - y.to();
            if (d < bestDistance) {
                best = y;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !y.figure().period().equals(best.figure().period())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private Spot yearAfter(int k) {
        Spot s = spots.get(k);
        if (k + 1 >= spots.size()) {
            return null;
        }
        Spot next = spots.get(k + 1);
        if (next.figure().kind() != Figure.Kind.YEAR || next.figure().sentence() != s.figure().sentence() || next.from() - s.to() > 2) {
            return null;
        }
        for (int j = s.to(); j < next.from(); j++) {
            Token t = tokens.get(j);
            if (!(t.isWord() && Words.in(Words.YEAR_CUES, t.text())) && !sign(j, "(") && !sign(j, ",")) {
                return null;
            }
        }
        return next;
    }

    /** Clauses: a sentence cut at commas, semicolons and clause words ("while", "and", "بينما"). */
    private void splitClauses() {
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((i > 0 && sentenceOf[i] != sentenceOf[i - 1]) || L.clauseBreaks.contains(t.text())) {
                c++;
            }
            clauseOf[i] = c;
        }
    }

    /**
     * The countries an article names whose currency a sign or word it uses could also mean ("$" in a
     * story about Australia), with the words naming them; read once, in one pass.
     */
    private void countriesNamed() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !Words.in(L.countryWords, tokens.get(i).text())) {
                continue;
            }
            for (int n = 3; n >= 1; n--) {
                for (String p : phrases(i, n)) {
                    String code = L.countries.get(p);
                    if (code != null) {
                        countries.putIfAbsent(code, text(i, i + n));
                    }
                }
            }
        }
    }

    /** The note an amount's currency needs when its sign or word may name a currency of a country the article names. */
    private String signNote(String sign, String code) {
        if (sign == null || code == null) {
            return null;
        }
        String key = sign.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        Set<String> others = L.ambiguousSigns.get(key);
        if (others == null) {
            String folded = Lexicon.fold(sign);
            others = L.ambiguousSigns.get(L.unitOf.getOrDefault(folded, L.minor.getOrDefault(folded, folded)));
            for (String stem : Words.stems(folded)) {
                if (others == null && L.unitOf.containsKey(stem)) {
                    others = L.ambiguousSigns.get(L.unitOf.get(stem));
                }
            }
        }
        if (others == null) {
            return null;
        }
        for (String other : others) {
            String named = countries.get(other);
            if (named != null && !other.equals(code)) {
                return "'" + sign + "' read as " + code + ", though the article names " + named + " (" + other
                        + "): write the code or " + other + " to say which";
            }
        }
        return null;
    }

    /** Rubles by their year; a currency named once and implied by later scaled figures of the same or the next sentence. */
    private void currencies() {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            Figure f = s.figure();
            if (!f.isMoney()) {
                continue;
            }
            if (f.unit() != null && f.unit().startsWith("?")) {
                spots.set(k, s.with(ruble(f)));
            } else if (f.currency() == null && f.note() == null) {
                Figure earlier = earlierCurrency(k);
                if (earlier != null) {
                    spots.set(k, s.with(f.inheriting(earlier, "currency implied: " + earlier.currency().code()
                            + ", as in '" + text(earlier) + "'")));
                } else {
                    // a scaled number with no currency in sight: a count ("27 million.")
                    spots.set(k, s.with(new Figure(Figure.Kind.COUNT, f.value(), f.high(), null, null, null, "no unit or currency stated",
                            f.start(), f.end(), f.sentence(), f.approx(), null, null, null)));
                }
            }
        }
    }

    private Figure earlierCurrency(int k) {
        int sentence = spots.get(k).figure().sentence();
        for (int j = k - 1; j >= 0; j--) {
            Figure e = spots.get(j).figure();
            if (e.sentence() < sentence - 1) {
                return null;
            }
            if (e.isMoney() && e.currency() != null) {
                return e;
            }
        }
        return null;
    }

    private Figure ruble(Figure f) {
        boolean russian = f.unit().equals("?russian");
        Period y = f.basis();
        String code = null;
        String note;
        if (y == null) {
            note = "ruble without a year: SUR (to 1991), RUR (1992-1997) or RUB (from 1998)?";
        } else if (y.last() <= 1991 && !russian) {
            code = "SUR";
            note = "ruble of " + y + ": the Soviet ruble (SUR)";
        } else if (y.first() >= 1992 && y.last() <= 1997) {
            code = "RUR";
            note = "ruble of " + y + ": the Russian ruble before 1998 (RUR)";
        } else if (y.first() >= 1998) {
            code = "RUB";
            note = "ruble of " + y + ": the Russian ruble (RUB)";
        } else {
            note = "ruble of " + y + ": SUR, RUR or RUB?";
        }
        return new Figure(f.kind(), f.value(), f.high(), code == null ? null : Currency.of(code), f.basis(), null, note, f.start(), f.end(),
                f.sentence(), f.approx(), f.currencyFrom(), f.yearFrom(), f.yearHow());
    }

    /** The article's words of a figure, spaces collapsed. */
    String text(Figure f) {
        return SPACES.matcher(original.substring(f.start(), f.end())).replaceAll(" ");
    }

}
