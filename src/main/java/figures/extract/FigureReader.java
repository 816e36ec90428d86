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
 * Reads the figures of an article's tokens: a number with its scale, currency or unit, a percent, a year or
 * a span of years, a range, an approximation; one spot a figure, in the order of the text.
 */
abstract class FigureReader extends UnitReader {
    FigureReader(String original) {
        super(original);
    }

    void readFigures() {
        int i = 0;
        while (i < tokens.size()) {
            int next = startsFigure(i) ? figureAt(i) : i + 1;
            i = Math.max(next, i + 1);
        }
    }

    boolean startsFigure(int i) {
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

    /** Reads the figure starting at token i; returns the token after it (i when there is none). */
    int figureAt(int i) {
        int start = i;
        boolean negative = false;
        if (tokens.get(i).isWord() && L.minus.contains(tokens.get(i).text())) {
            negative = true;
            i++;
        }
        BigDecimal fifth = negative ? null : fractionWrittenAsNumber(i);
        if (fifth != null) {
            Reading f = new Reading();
            f.value = fifth.movePointRight(2);
            f.percent = true;
            f.end = i + 1;
            f.note = "'" + text(i, i + 1) + "' read as a fraction, " + f.value.stripTrailingZeros().toPlainString() + " % (خُمس, unvowelled as خمس)";
            return add(start, i, f, null);
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
        if (start == i && !r.percent && r.currency == null && r.ambiguous == null && r.unit == null && sign(i - 1, "%") && sameSentence(i - 1, i)
                && (touching(i - 1, i) ? !(i >= 2 && tokens.get(i - 2).isNumber() && touching(i - 2, i - 1)) : i >= 2 && tokens.get(i - 2).isWord())) {
            r.percent = true; // "بنسبة %20": the sign typed before the number, as right-to-left text often has it
            start = i - 1;
        }
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
            if (r.value.compareTo(BigDecimal.ONE) < 0 && r.value.signum() > 0 && (word(r.end, "of") || word(r.end, "من")
                    || fractionOfNoun(i, r.end) || pronounFraction(r.end - 1) || fractionAsSize(i, r.end) || restatedShare(start, r.end))) {
                r.percent = true; // "a quarter of the debt": 25 %
                r.value = figures.model.Decimals.stripped(r.value.movePointRight(2)); // two thirds: 2 × 0.3335 = 66.7 %, not 66.70 %
                r.note = "'" + text(start, r.end) + "' read as " + r.value.toPlainString() + " %" + (r.value.scale() > 0 ? " (rounded)" : "");
                return add(start, i, r, null);
            }
            return num.end();
        }
        // a bare number joined to the next one shares its scale, unit and currency: "between 2 and 3 billion dollars"
        if (r.exponent < 0 && !r.percent && r.unit == null && r.end == j
                && ((pre == null && r.currency == null && r.ambiguous == null) || (pre != null && sign(j, "-")))) {
            Reading second = joinedToNext(i, j);
            if (second != null && pre != null && second.currency == null && second.ambiguous == null && !second.percent) {
                setCurrency(second, pre); // "$10-12 billion"
            }
            if (second != null && (pre == null || java.util.Objects.equals(second.currency, pre))) {
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

    /** The reading after a join at j ("2 and 3 billion", "2-3 bn"), when it names a scale, percent or currency; else null. */
    Reading joinedToNext(int i, int j) {
        Token first = tokens.get(j - 1);
        boolean yearLike = first.isNumber() && first.plainInteger() && first.text().length() == 4 && j >= 2 && tokens.get(j - 2).isWord()
                && (Words.in(Words.YEAR_CUES, tokens.get(j - 2).text()) || Words.in(L.yearWords, tokens.get(j - 2).text()))
                && !Words.in(Words.BETWEEN, tokens.get(j - 2).text());
        if (yearLike) {
            return null; // "عام 2000 إلى 138 مليون", "يونيو 2014 إلى 92.6 مليار": a year, then the next figure
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
    Reading fullRangeAfter(int start, Reading r) {
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
    int range(int start, int i, int join, Reading first, Reading second) {
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
    void readAfter(int last, int j, Reading r) {
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
        if (sign(j, "-") && touching(j - 1, j) && touching(j, j + 1) && (currencyAt(j + 1) != null || minorAt(j + 1) != null)
                && !(j + 2 < tokens.size() && tokens.get(j + 2).isNumber() && touching(j + 1, j + 2))) {
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
        if (r.exponent > 0 && j + 1 < tokens.size() && tokens.get(j).isWord() && L.of.contains(tokens.get(j).text())
                && currencyAt(j + 1) != null && !belongsToNext(j + 1, j + 1 + Integer.parseInt(currencyAt(j + 1)[1]))) {
            j++; // 3 مليارات من الدولارات, مليار من حقوق السحب الخاصة
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
            Atom half = r.exponent > 0 ? atom(j) : null;
            if (half != null && half.kind() == AtomKind.FRACTION && half.joined()) {
                // "3 مليارات دولار ونصف المليار": the half after the currency, of the same scale
                r.value = r.value.add(half.value().scaleByPowerOfTen(r.exponent));
                j++;
                Atom scale = atom(j);
                if (scale != null && scale.kind() == AtomKind.SCALE && scale.exponent() == r.exponent && !scale.joined()) {
                    j++;
                }
                r.end = j;
                return;
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
    boolean belongsToNext(int j, int k) {
        return k < tokens.size() && tokens.get(k).isNumber() && touching(k - 1, k) && !touching(j - 1, j);
    }

    /** The approximation words just before token {@code start} ("about", "more than", "نحو"), or null. */
    Figure.Approx approxBefore(int start) {
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
    int add(int start, int i, Reading r, BigDecimal high) {
        if (r.ambiguous != null && r.currency == null) {
            currencyOfCountry(r);
        }
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
        spots.add(new FigureFinder.Spot(f, start, end));
        return end;
    }

    /**
     * A fraction word taking the noun after it: "half the debt", "half its reserves" (a determiner after it), نصف الديون,
     * ربع قيمة الدين (in a construct: the fraction without the article, the noun or the next one with it); not نصف العام or
     * النصف الأول.
     */
    boolean fractionOfNoun(int i, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord() || !sameSentence(i, next) || Words.in(L.yearWords, tokens.get(next).text())
                || atom(next) != null || currencyAt(next) != null) {
            return false;
        }
        String fraction = tokens.get(next - 1).text();
        String noun = tokens.get(next).text();
        if (Words.DETERMINERS.contains(noun)) {
            return true;
        }
        boolean arabic = Tokens.arabicLetter(fraction.charAt(0)) && Tokens.arabicLetter(noun.charAt(0));
        boolean bareFraction = !Words.stems(fraction).stream().anyMatch(s -> !s.equals(fraction) && fraction.endsWith("ال" + s));
        boolean definite = noun.startsWith("ال") && noun.length() > 3;
        // a bare fraction before a noun is in a construct with it, whatever follows (ربع قيمة الدين، نصف ديون مصر، ثلث
        // موازنتها): not before a duration (نصف ساعة، ربع قرن) or a word that counts nothing
        boolean construct = !Words.in(L.durations, noun) && !Words.in(Words.LINKS, noun) && !Words.in(L.notCounted, noun)
                && !L.clauseBreaks.contains(noun);
        return arabic && bareFraction && (definite || construct);
    }

    /** A fraction standing alone after "or" (an approximation may follow it), a share restated: "$3 bn of the $12 bn, or a quarter,". */
    boolean restatedShare(int start, int end) {
        int j = start - 1;
        Cues.Cue about = j >= 0 ? Cues.before(tokens, start, 0, "approximate") : null;
        j -= about != null ? about.words().size() : 0;
        boolean closed = end >= tokens.size() || tokens.get(end).is(",") || tokens.get(end).is(".") || tokens.get(end).is(")");
        // ", or a quarter,"; ", nearly a third." (a comma and an approximation)
        boolean last = end >= tokens.size() || tokens.get(end).is("."); // ", a third." closing its sentence
        boolean restated = j >= 1 && word(j, "or") && tokens.get(j - 1).is(",") || (about != null || last) && j >= 0 && tokens.get(j).is(",");
        return closed && restated && sameSentence(j, start);
    }

    /**
     * A fraction with the article standing alone as the size of a change or what it comes to: "تراجعت بمقدار الربع"
     * (by a quarter), "خفض الدين إلى النصف" (to half); not "الربع الأول" (the first quarter: an adjective after it).
     */
    boolean fractionAsSize(int i, int next) {
        if (next != i + 1 || !tokens.get(i).isWord() || !tokens.get(i).text().startsWith("ال") || i == 0) {
            return false;
        }
        int floor = sentences.get(sentenceOf[i]).from();
        boolean cue = Cues.before(tokens, i, floor, "by") != null || Cues.before(tokens, i, floor, "to") != null;
        boolean adjective = next < tokens.size() && tokens.get(next).isWord() && sameSentence(i, next) && definiteArabic(next);
        return cue && !adjective;
    }

    /**
     * A fraction spelt as a number when unvowelled (خُمس a fifth, خمس five; عُشر, عشر): the fraction before a definite noun or
     * one carrying a pronoun (خمس قيمتها، خمس الدين), which a number of three to ten never counts (خمس سنوات), or with the
     * article as a change's size (بنحو الخمس); else null.
     */
    BigDecimal fractionWrittenAsNumber(int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        for (String stem : Words.stems(t.text())) {
            BigDecimal v = L.unvowelledFractions.get(stem);
            if (v == null) {
                continue;
            }
            boolean definite = !stem.equals(t.text()) && t.text().endsWith("ال" + stem);
            if (definite) {
                return fractionAsSize(i, i + 1) ? v : null;
            }
            int n = i + 1;
            if (n >= tokens.size() || !tokens.get(n).isWord() || !sameSentence(i, n) || atom(n) != null || currencyAt(n) != null
                    || Words.in(L.durations, tokens.get(n).text())) {
                return null;
            }
            String noun = tokens.get(n).text();
            boolean pronoun = NumberReader.PRONOUN_ENDINGS.stream().anyMatch(p -> noun.endsWith(p) && noun.length() > p.length() + 2)
                    && !noun.endsWith("ات") && !noun.endsWith("ه");
            return definiteArabic(n) || pronoun ? v : null;
        }
        return null;
    }

    /** "another 2 billion", "a further $1 bn": a word before a figure saying it adds to an earlier one. */
    boolean anotherBefore(int start) {
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
    boolean nextIsNoun(int j) {
        return j < tokens.size() && tokens.get(j).isWord() && sameSentence(j - 1, j) && !Words.in(Words.LINKS, tokens.get(j).text())
                && !Words.in(Words.YEAR_CUES, tokens.get(j).text()) && !Words.in(L.another, tokens.get(j).text())
                && !Words.in(L.notCounted, tokens.get(j).text()) && !L.clauseBreaks.contains(tokens.get(j).text()) && !definiteArabic(j);
    }

    /**
     * An Arabic word with the article (البنك, للبنك, بالعملة): not the noun a number counts, which Arabic writes
     * indefinite (3 ملايين نسمة), so "3 مليارات للبنك" is an amount.
     */
    boolean definiteArabic(int j) {
        String w = tokens.get(j).text();
        if (w.isEmpty() || !Tokens.arabicLetter(w.charAt(0))) {
            return false;
        }
        for (String s : Words.stems(w)) {
            if (!s.equals(w) && w.endsWith(s) && w.length() - s.length() >= 2 && w.substring(0, w.length() - s.length()).endsWith("ال")) {
                return true;
            }
        }
        return w.startsWith("لل") && w.length() > 3;
    }

    /** A plain integer 1800-2100 used as a year: after a year word, or not followed by a noun it counts. */
    boolean isYear(int i) {
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
                || Words.in(L.yearWords, tokens.get(c).text()) || Words.in(L.yearNouns, tokens.get(c).text())
                || (c == i - 1 && Words.DETERMINERS.contains(tokens.get(c).text())));
        return cue || !nextIsNoun(i + 1);
    }

    /**
     * A year its words date as one ("في نهاية يونيو 2014 إلى 92.6 مليار", "in June 2014 to $92.6 bn"): a
     * month or year word before it; never the first end of a range of amounts.
     */
    boolean datedYear(int i) {
        if (!isYear(i) || i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String w = tokens.get(i - 1).text();
        return Words.in(L.yearWords, w) || Words.in(Words.YEAR_CUES, w);
    }

    /** The last year of a span starting at year token i ("1989 و1990", "1989-1990", "1989-90"), or 0. */
    int spanEnd(int i) {
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
        // "بين عامي 2000 و2022", "between 2000 and 2022", "الفترة 1990-2020": the words say a span, however long
        boolean said = i > 0 && tokens.get(i - 1).isWord() && (Words.in(Words.BETWEEN, tokens.get(i - 1).text())
                || Words.in(L.spanWords, tokens.get(i - 1).text()));
        return !figure && last > first && (last - first <= 20 || (said && last - first <= 60)) ? last : 0;
    }
}
