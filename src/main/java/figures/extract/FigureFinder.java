package figures.extract;

import figures.extract.Tokens.Token;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    private FigureFinder(String original) {
        this.original = original;
        this.tokens = Tokens.of(original);
        this.sentenceOf = new int[tokens.size()];
    }

    /** The sentences and figures of a text. */
    static FigureFinder of(String text) {
        FigureFinder f = new FigureFinder(text);
        f.splitSentences();
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

    // ---- figures -----------------------------------------------------------------------

    /** What follows a number: its scale, percent sign, currency or unit, up to token {@code end}. */
    private static final class Reading {
        BigDecimal value;
        int exponent = -1;
        boolean percent;
        String currency;
        String ambiguous;
        String unit;
        int end;
    }

    private void readFigures() {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int next;
            if (t.isNumber()) {
                next = figureAt(i);
            } else if (t.isWord() && Words.BARE_SCALES.contains(t.text()) && compoundAfter(i)) {
                next = figureAt(i);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Whether a bare scale word at i starts a compound (مليار و400 مليون) or names money (مليار دولار). */
    private boolean compoundAfter(int i) {
        return (word(i + 1, "و") && numberAt(i + 2) != null && scale(i + 3, tokens.get(i + 2)) > 0)
                || currencyWords(i + 1) != null;
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

    /** Reads the figure starting at token i (a number, or a bare scale word); returns the token after it. */
    private int figureAt(int i) {
        int start = i;
        Token t = tokens.get(i);
        Reading r = new Reading();
        String pre = null;
        if (sign(i - 1, "/") && sign(i + 1, "/")) {
            start = i - 1; // "/120/ مليون", as Arabic texts write amounts
        }
        if (i > 0 && tokens.get(i - 1).kind() == Tokens.Kind.SIGN && Words.SYMBOLS.containsKey(tokens.get(i - 1).text())) {
            pre = Words.SYMBOLS.get(tokens.get(i - 1).text());
            start = i - 1;
            if (word(i - 2, "us")) {
                start = i - 2;
            }
        } else if (i > 0 && tokens.get(i - 1).isWord() && isCode(tokens.get(i - 1))) {
            pre = tokens.get(i - 1).text().toUpperCase(java.util.Locale.ROOT);
            start = i - 1;
        }
        int j = i + 1;
        if (t.isNumber()) {
            r.value = t.number();
            if (start == i - 1 && sign(i - 1, "/")) {
                j = i + 2;
            }
        } else {
            r.value = BigDecimal.ONE;
            r.exponent = Words.SCALES.get(t.text());
        }
        readAfter(t, j, r);
        if (pre != null && r.currency == null) {
            r.currency = pre;
        }
        // a bare number joined to the next one shares its scale, unit and currency: "between 2 and 3 billion dollars"
        if (t.isNumber() && r.exponent < 0 && !r.percent && r.currency == null && r.unit == null && r.end == j && joinedToNext(j)) {
            return range(start, i, j, r);
        }
        return add(start, i, r, null);
    }

    private boolean joinedToNext(int j) {
        Token first = tokens.get(j - 1);
        boolean yearLike = first.plainInteger() && first.text().length() == 4 && j >= 2 && tokens.get(j - 2).isWord()
                && Words.in(Words.YEAR_CUES, tokens.get(j - 2).text()) && !Words.in(Words.BETWEEN, tokens.get(j - 2).text());
        if (yearLike) {
            return false; // "عام 2000 إلى 138 مليون": a year, then the next figure
        }
        boolean join = (j < tokens.size() && tokens.get(j).isWord() && Words.JOINS.contains(tokens.get(j).text())) || sign(j, "-");
        if (!join || numberAt(j + 1) == null) {
            return false;
        }
        Reading second = new Reading();
        second.value = tokens.get(j + 1).number();
        readAfter(tokens.get(j + 1), j + 2, second);
        return second.exponent > 0 || second.percent || second.currency != null;
    }

    /** Two numbers joined ("2 and 3 billion"): one range figure after "between" or a dash, else two figures. */
    private int range(int start, int i, int join, Reading first) {
        Reading second = new Reading();
        second.value = tokens.get(join + 1).number();
        readAfter(tokens.get(join + 1), join + 2, second);
        first.exponent = second.exponent;
        first.percent = second.percent;
        first.currency = second.currency;
        first.ambiguous = second.ambiguous;
        first.unit = second.unit;
        boolean between = i > 0 && tokens.get(i - 1).isWord() && Words.in(Words.BETWEEN, tokens.get(i - 1).text());
        if (between || sign(join, "-")) {
            first.end = second.end;
            return add(between ? i - 1 : start, i, first, scaled(second));
        }
        first.end = join;
        add(start, i, first, null);
        return add(join + 1, join + 1, second, null);
    }

    private static BigDecimal scaled(Reading r) {
        return r.exponent > 0 ? r.value.scaleByPowerOfTen(r.exponent) : r.value;
    }

    /** Scale, compound, percent, currency and unit after a number, from token j. */
    private void readAfter(Token number, int j, Reading r) {
        int e = scale(j, number);
        if (number.isNumber() && e > 0) {
            r.exponent = e;
            j++;
        }
        if (r.exponent > 0 && word(j, "و") && numberAt(j + 1) != null) {
            int e2 = scale(j + 2, tokens.get(j + 1));
            if (e2 > 0 && e2 < r.exponent) {
                r.value = r.value.scaleByPowerOfTen(r.exponent - e2).add(tokens.get(j + 1).number());
                r.exponent = e2;
                j += 3;
            }
        }
        int p = percentWords(j);
        if (p > 0) {
            r.percent = true;
            r.end = j + p;
            return;
        }
        String[] c = currencyWords(j);
        if (c != null) {
            r.currency = c[0].startsWith("!") ? null : c[0];
            r.ambiguous = c[0].startsWith("!") ? c[0].substring(1) : null;
            r.end = j + Integer.parseInt(c[1]);
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

    /** The power of ten of a scale word at j (after {@code number}), or -1. */
    private int scale(int j, Token number) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return -1;
        }
        Token w = tokens.get(j);
        Integer e = Words.SCALES.get(w.text());
        if (e != null) {
            return e;
        }
        Integer letter = Words.LETTER_SCALES.get(w.text());
        if (letter != null && (w.start() == number.end() || currencyWords(j + 1) != null || unitWords(j + 1) != null)) {
            return letter;
        }
        return -1;
    }

    private int percentWords(int j) {
        if (sign(j, "%")) {
            return 1;
        }
        for (int n = 2; n >= 1; n--) {
            String phrase = phrase(j, n);
            if (phrase != null && Words.PERCENT_WORDS.contains(phrase)) {
                return n;
            }
        }
        return 0;
    }

    /** {code, tokens used} for a currency at j; a code starting with ! is an ambiguity to report. */
    private String[] currencyWords(int j) {
        if (j < tokens.size() && tokens.get(j).kind() == Tokens.Kind.SIGN && Words.SYMBOLS.containsKey(tokens.get(j).text())) {
            return new String[] {Words.SYMBOLS.get(tokens.get(j).text()), "1"};
        }
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                String code = Words.CURRENCIES.get(phrase);
                if (code != null) {
                    return new String[] {code, Integer.toString(n)};
                }
                if (n == 1 && Words.AMBIGUOUS.containsKey(phrase)) {
                    return new String[] {"!" + Words.AMBIGUOUS.get(phrase), "1"};
                }
            }
        }
        if (j < tokens.size() && tokens.get(j).isWord() && isCode(tokens.get(j))) {
            return new String[] {tokens.get(j).text().toUpperCase(java.util.Locale.ROOT), "1"};
        }
        return null;
    }

    /** A three-letter currency code, written in capitals in the article. */
    private boolean isCode(Token t) {
        return t.text().length() == 3 && Currency.isCurrency(t.text()) && t.end() - t.start() == 3 && upper(t);
    }

    private boolean upper(Token t) {
        return original.substring(t.start(), t.end()).chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private String[] unitWords(int j) {
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                String unit = Words.UNITS.get(phrase);
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
        if (j + n > tokens.size()) {
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

    /** Adds the figure read; returns the token after it. */
    private int add(int start, int i, Reading r, BigDecimal high) {
        BigDecimal value = scaled(r);
        int end = Math.max(r.end, i + 1);
        Figure.Kind kind;
        String unit = r.unit;
        String note = r.ambiguous;
        Period year = null;
        Token t = tokens.get(i);
        if (r.percent) {
            kind = Figure.Kind.PERCENT;
        } else if (r.currency != null || r.ambiguous != null) {
            kind = Figure.Kind.MONEY;
        } else if (unit != null) {
            kind = Figure.Kind.QUANTITY;
        } else if (r.exponent < 0 && t.isNumber() && isYear(i)) {
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
        } else if (r.exponent > 0 && !nextIsNoun(end)) {
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
        spots.add(new Spot(f, start, end));
        return end;
    }

    /** Whether the word at j is a noun the number counts (not a preposition or conjunction). */
    private boolean nextIsNoun(int j) {
        return j < tokens.size() && tokens.get(j).isWord() && sameSentence(j - 1, j) && !Words.in(Words.LINKS, tokens.get(j).text())
                && !Words.in(Words.YEAR_CUES, tokens.get(j).text());
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
        boolean cue = i > 0 && tokens.get(i - 1).isWord() && (Words.in(Words.YEAR_CUES, tokens.get(i - 1).text())
                || Words.DETERMINERS.contains(tokens.get(i - 1).text()));
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
        readAfter(n, i + 3, after);
        boolean figure = after.exponent > 0 || after.percent || after.currency != null || after.unit != null;
        return !figure && last > first && last - first <= 20 ? last : 0;
    }

    // ---- price bases and currencies ----------------------------------------------------

    /** Each amount's year: one written just after it ("عام 2000", "in 2000"), else the only year its sentence gives. */
    private void priceBases() {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (!s.figure().isMoney()) {
                continue;
            }
            Spot year = yearAfter(k);
            Figure.YearHow how = Figure.YearHow.AFTER;
            if (year == null) {
                year = onlyYear(s.figure().sentence());
                how = Figure.YearHow.SENTENCE;
            }
            if (year != null) {
                spots.set(k, s.with(s.figure().withBasis(year.figure().period(), year.figure(), how)));
            }
        }
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

    private Spot onlyYear(int sentence) {
        Set<Period> years = new LinkedHashSet<>();
        Spot first = null;
        for (Spot s : spots) {
            if (s.figure().sentence() == sentence && s.figure().kind() == Figure.Kind.YEAR) {
                years.add(s.figure().period());
                first = first == null ? s : first;
            }
        }
        return years.size() == 1 ? first : null;
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
                            f.start(), f.end(), f.sentence())));
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
                f.sentence());
    }

    /** The article's words of a figure, spaces collapsed. */
    String text(Figure f) {
        return original.substring(f.start(), f.end()).replaceAll("\\s+", " ");
    }

}
