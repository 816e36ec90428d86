package figures.extract;

import figures.extract.FigureFinder.Spot;
import figures.model.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes: {@code rose (X %) from A to B (by X %)}, {@code up X % to B from A}, {@code doubled to B},
 * {@code ارتفعت … من A إلى B بنسبة X %}; a stated percent or difference is part of the claim.
 */
final class ChangeReader extends ChangeWords {
    /** The changes whose earlier figure A stands outside their sentence's "from A to B". */
    private final ChangeContext context;

    ChangeReader(Shared shared) {
        super(shared);
        this.context = new ChangeContext(shared);
    }

    void read() {
        Set<Integer> done = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue from = Cues.at(tokens, i, "from");
            Cues.Cue versus = Cues.at(tokens, i, "versus");
            if (versus != null && (from == null || versus.words().size() > from.words().size())) {
                from = null;
            } else {
                versus = null;
            }
            if (from == null && versus == null) {
                continue;
            }
            int last = i + (from != null ? from : versus).words().size() - 1;
            int ka = spotAfter(last, 4); // "from a record 20.3 tn yen", "from an estimated $5 bn": a few words, no comma
            int possessive = possessiveAfter(last); // "from this year's $9.1 bn", "from 2022's $5 bn": the possessive's words
            if (possessive > 0) {
                ka = spotAfter(possessive - 1, 1);
            }
            if (possessive < 0 && ka >= 0 && (commaBetween(last, spots.get(ka).from()) || spots.get(ka).from() - last > 3 && !allWords(last + 1, spots.get(ka).from()))) {
                ka = -1;
            }
            if (ka < 0 || !(spots.get(ka).figure().isMoney() || spots.get(ka).figure().isPercent())) {
                continue;
            }
            Spot a = spots.get(ka);
            if (a.figure().isPercent()) {
                // "fell from 64 % of GDP in 2018 to less than 6 %": a change of a share, in points
                int to = toAfter(a);
                int kb = to < 0 ? -1 : spotAfter(to, 3);
                if (kb >= 0 && spots.get(kb).figure().isPercent() && spots.get(kb).figure().sentence() == a.figure().sentence()) {
                    change(i, a, spots.get(kb), i, spots.get(kb).to(), null, -1);
                } else {
                    // "narrowed the deficit to 4.9 % of GDP from 5.1 %", "raise it to 2.5 % of output by 2027 from 2.3 %"
                    int kp = ka - 1;
                    while (kp >= 0 && near(kp, ka) && spots.get(kp).figure().kind() == Figure.Kind.YEAR) {
                        kp--;
                    }
                    Spot b = kp >= 0 ? spots.get(kp) : null;
                    int toB = b == null ? -1 : toBefore(b);
                    if (b != null && b.figure().isPercent() && b.figure().sentence() == a.figure().sentence() && i - b.to() <= 8 && toB >= 0) {
                        change(toB, a, b, toB, a.to(), null, -1);
                    }
                }
                continue;
            }
            if (versus != null) {
                // B compared with A: "8.1 bn at the end of 2023 against 7.2 bn", "9.7 مليار دولار مقابل 5.6 مليار"
                int kb = ka - 1;
                while (kb >= 0 && near(kb, ka) && (!spots.get(kb).figure().isMoney() && !spots.get(kb).figure().isPercent()
                        || spots.get(kb).figure().isPercent() && !a.figure().isPercent() && byBefore(spots.get(kb)))) {
                    kb--; // "B, an increase of 40 % compared with A": the stated change between them
                }
                // A is the earlier figure when its date or a word says so, when the cue has a direction ("up from", "down
                // from"), or when the sentence states the change between them ("B, compared with A, an increase of 30 %")
                if (!(kb >= 0 && same(a, spots.get(kb)) && spots.get(kb).figure().sentence() == a.figure().sentence()) && anaphoricB(a) != null) {
                    kb = indexOf(anaphoricB(a)); // "Exports reached B. That compares with A": B is what "that" stands for
                }
                boolean sameSentence = kb >= 0 && spots.get(kb).figure().sentence() == a.figure().sentence() && distance(spots.get(kb).to(), i) <= 8;
                if (kb >= 0 && same(a, spots.get(kb)) && (sameSentence || spots.get(kb) == anaphoricB(a))
                        && (earlier(a, spots.get(kb)) || signOf(i, versus)[1] != 0 || statesChange(spots.get(kb), a))) {
                    Spot b = spots.get(kb);
                    int toB = toBefore(b);
                    if (change(toB >= 0 ? toB : b.from(), a, b, toB >= 0 ? toB : b.from(), a.to(), versus, i) && sameSentence) {
                        done.add(kb); // (a B of the sentence before keeps its own sentence's change: "rose 14 % to B. That is … on A")
                    }
                }
                i = last;
                continue;
            }
            // rose from A to B
            int to = toAfter(a);
            int kb = to < 0 ? -1 : spotAfter(to, 3);
            if (kb >= 0 && same(a, spots.get(kb)) && spots.get(kb).figure().sentence() == a.figure().sentence()) {
                if (change(i, a, spots.get(kb), i, spots.get(kb).to(), null, -1)) {
                    done.add(kb);
                }
                continue;
            }
            // rose to B from A; B, up X % from A
            int kb2 = ka - 1;
            while (kb2 >= 0 && near(kb2, ka) && !spots.get(kb2).figure().isMoney() && !spots.get(kb2).figure().isPercent()) {
                kb2--;
            }
            int stated = -1;
            int kb3 = kb2 - 1; // the amount before the percent, a year or a count skipped ("B in 2023, shrinking by 55 % from A")
            while (kb3 >= 0 && near(kb3, kb2) && (!spots.get(kb3).figure().isMoney() && !spots.get(kb3).figure().isPercent()
                    || kb3 > 0 && spots.get(kb3).figure().isMoney() && !same(a, spots.get(kb3)) && tokens.get(spots.get(kb3).from() - 1).is("("))) {
                kb3--; // "8.1 tn yen ($53 bn) …, up 53 % from A": its restatement in another currency skipped
            }
            boolean difference = kb2 > 0 && kb3 >= 0 && spots.get(kb2).figure().isMoney() && same(a, spots.get(kb2))
                    && spots.get(kb2).figure().value().compareTo(spots.get(kb3).figure().value()) < 0; // "B, up $6.6 bn from A"
            if (kb2 > 0 && kb3 >= 0 && (spots.get(kb2).figure().isPercent() || difference) && same(a, spots.get(kb3)) && byBefore(spots.get(kb2))) {
                stated = kb2; // "$1.2 bn in interest, up 25 % from $960 m": the percent is the change stated
                kb2 = kb3;
            }
            if (kb2 >= 0 && same(a, spots.get(kb2)) && spots.get(kb2).figure().sentence() == a.figure().sentence()
                    && distance(spots.get(kb2).to(), i) <= (stated >= 0 ? 12 : 8)) {
                Spot b = spots.get(kb2);
                int toB = toBefore(b);
                if (toB >= 0 && change(toB, a, b, toB, a.to(), null, -1)) {
                    done.add(kb2);
                } else if (toB < 0 && stated >= 0 && change(b.from(), a, b, b.from(), a.to(), null, -1)) {
                    done.add(kb2);
                }
            } else if (anaphoricB(a) != null) {
                // "Exports reached B. That was up 9 % from A": B is what "that" stands for, the change is stated here
                Spot b = anaphoricB(a);
                if (change(sentenceOf(a.figure()).from(), a, b, sentenceOf(a.figure()).from(), a.to(), null, -1)) {
                    done.add(indexOf(b));
                }
            }
        }
        context.sinceMultiples();
        // up X % to B, doubled to B: A from an earlier sentence of the paragraph
        for (int kb = 0; kb < spots.size(); kb++) {
            Spot b = spots.get(kb);
            if (!b.figure().isMoney() || done.contains(kb)) {
                continue;
            }
            int toToken = toBefore(b);
            if (toToken < 0) {
                // "B, an increase of D over the A of the previous year", "B بزيادة قدرها D عن العام السابق": the stated change after B
                Stated st = stated(b.from(), b, null, new int[] {-1, 0});
                if (st.verb >= 0 && st.verb > b.from() && (st.percent != null || st.difference != null)) {
                    context.changeFromContext(st, b);
                }
                continue;
            }
            Stated st = stated(toToken, b, null, verbBefore(toToken));
            // (not "أضافت A، ليرتفع الإجمالي إلى B": a total of what A adds to)
            Spot a = st.verb >= 0 && (resultVerb(st.verb) || coordinatedVerb(st.verb)) && !Cues.within(tokens, st.verb + 1, b.from(), "total-weak")
                    && !Cues.within(tokens, st.verb + 1, b.from(), "total") ? amountBeforeResult(st.verb, b) : null;
            if (a != null && change(a.from(), a, b, a.from(), b.to(), null, -1)) {
                continue; // "وكانت الصادرات A في 2020، لترتفع في 2023 إلى B": the verb of result goes on from A
            }
            if (st != null && st.verb >= 0) {
                context.changeFromContext(st, b);
            }
        }
    }

    /** The first token of "to"/"إلى" before b, at most two words before it ("to a record $240 bn"), or -1. */
    private int toBefore(Spot b) {
        int floor = sentenceOf(b.figure()).from();
        // "to the equivalent of $15 bn", "إلى ما يعادل": a restating cue between "to" and B
        Cues.Cue restate = Cues.before(tokens, b.from(), floor, "restate");
        int top = b.from() - (restate != null && restate.words().size() > 1 ? restate.words().size() : 0);
        for (int end = top; end >= Math.max(floor, top - 4); end--) { // "لتصل إلى مستوى قياسي بلغ B"
            Cues.Cue to = Cues.before(tokens, end, floor, "to");
            if (to != null) {
                return end - to.words().size();
            }
            if (end - 1 < floor || !tokens.get(end - 1).isWord() || Cues.at(tokens, end - 1, "from") != null) {
                return -1;
            }
        }
        return -1;
    }

    /** The token of "to"/"إلى" after a (its year may stand between), or -1. */
    private int toAfter(Spot a) {
        // "from A in 2019 to", "من A في نهاية يونيو 2014 إلى": words and years, no other amount, between A and "to"
        int end = sentenceOf(a.figure()).to();
        // "From A in 2019, exports rose 30 % to B": the change's verb and percent may stand between them too
        for (int j = a.to(); j < Math.min(end, a.to() + 10); j++) {
            Cues.Cue to = Cues.at(tokens, j, "to");
            if (to != null) {
                return j + to.words().size() - 1;
            }
            int k = spotAt(j);
            if (k >= 0 && spots.get(k).figure().isMoney()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A verb of change in the imperfect with the lam of result ("لترتفع", "ولينخفض"): the change goes on from what its
     * sentence said before it.
     */
    private boolean resultVerb(int j) {
        String w = tokens.get(j).text();
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        return w.length() > 3 && w.charAt(0) == 'ل' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت') && Cues.direction(tokens, j) != 0;
    }

    /**
     * A verb of change joined by "و" after a comma, with no subject of its own (a preposition, a year or the change's size
     * right after it): "وسجل الفائض A في 2023، وارتفع في 2024 بنسبة X % ليبلغ B" goes on from A.
     */
    private boolean coordinatedVerb(int j) {
        String w = tokens.get(j).text();
        if (w.length() < 4 || w.charAt(0) != 'و' || j < 1 || !(tokens.get(j - 1).is(",") || tokens.get(j - 1).is("\u060C"))
                || Cues.direction(tokens, j) == 0 || j + 1 >= tokens.size()) {
            return false;
        }
        Tokens.Token next = tokens.get(j + 1);
        return !next.isWord() || spotAt(j + 1) >= 0 || Words.in(Words.LINKS, next.text()) || Words.in(Words.YEAR_CUES, next.text())
                || Cues.at(tokens, j + 1, "by") != null || Cues.at(tokens, j + 1, "to") != null;
    }

    /** The amount of B's currency before a verb of result in its sentence, the only one there; or null. */
    private Spot amountBeforeResult(int verb, Spot b) {
        Spot a = null;
        FigureFinder.Sentence s = sentenceOf(b.figure());
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < verb; k++) {
            Spot x = spots.get(k);
            if (x.figure().isMoney() || x.figure().isPercent()) {
                if (a != null || !same(x, b)) {
                    return null;
                }
                a = x;
            }
        }
        return a;
    }


    /** Whether B's sentence states a change between A and B: a percent or a difference with its cue ("an increase of 30 %"). */
    private boolean statesChange(Spot b, Spot a) {
        int first = Math.min(a.from(), b.from());
        Stated st = stated(first, b, a, verbBefore(first));
        return st.verb >= 0 && st.sign != 0 && (st.percent != null || st.difference != null || st.fraction != null);
    }

    /** What a change's sentence states besides A and B: its verb and sign, a percent, a difference or a multiple. */
    static final class Stated {
        int verb = -1;
        int sign;
        Spot percent;
        Spot difference;
        BigDecimal multiple;
        String multipleWord;
        int[] multipleAt;
        /** A change by a round fraction ("by a third"): its percent, words and approximation. */
        BigDecimal fraction;
        int[] fractionAt;
        Cues.Cue fractionAbout;
        int end;
    }

    /**
     * The verb before {@code at} and the change the sentence states about the pair ending with b:
     * "rose 30 % from A to B", "from A to B, up 30 %", "by 30 %", "an increase of 30 %", "doubled".
     */
    private Stated stated(int at, Spot b, Spot a, int[] verb) {
        Stated st = new Stated();
        st.verb = verb[0];
        st.sign = verb[1];
        // the change is stated in the sentence of the later of the pair ("B. That was up 9 % from A": A's)
        Figure home = a != null && a.figure().sentence() > b.figure().sentence() ? a.figure() : b.figure();
        FigureFinder.Sentence s = sentenceOf(home);
        int lo = Math.max(s.from(), st.verb >= 0 ? st.verb : at - 1);
        if (st.verb > s.from() && spotAt(st.verb - 1) >= 0 && spots.get(spotAt(st.verb - 1)).figure().isPercent()) {
            lo = Math.max(s.from(), spots.get(spotAt(st.verb - 1)).from() - 1); // "a 53.5 % drop from A": the size before its noun
        }
        int explained = st.verb >= 0 ? explainedVerb(st.verb, st.sign, s) : -1;
        lo = explained >= 0 ? explained : lo; // "تراجع العجز بنسبة 80 %، إذ هبط إلى B من A": the size stated before the explanation
        int last = Math.max(b.to(), a == null ? 0 : a.to());
        int pairFrom = Math.min(b.from(), a == null ? b.from() : a.from());
        int hi = Math.min(s.to(), last + 7);
        int far = Math.min(s.to(), last + 16); // a change with its cue ("بزيادة قدرها D") may stand further on
        // "تضاعف حجم التبادل خلال ثماني سنوات، إذ قفز من A إلى B": the multiple may open the sentence, before another verb,
        // so long as no money or percent figure stands between it and A
        int mlo = lo;
        while (mlo > s.from() && lo - mlo < 20 && !inMoneyOrPercent(mlo - 1) && !tokens.get(mlo - 1).is(";")) {
            mlo--;
        }
        for (int j = mlo; j < hi; j++) {
            Cues.Cue m = Cues.at(tokens, j, "multiplied");
            if (m != null && m.value() != null && st.multiple == null) {
                st.multiple = m.value();
                st.multipleWord = m.text();
                st.multipleAt = new int[] {j, j + m.words().size()};
                int after = j + m.words().size();
                Cues.Cue n = null, times = null;
                for (int off = 0; off <= 3 && times == null && after + off < hi && !inMoneyOrPercent(after + off); off++) {
                    n = Cues.at(tokens, after + off, "multiple");
                    times = n == null ? null : Cues.at(tokens, after + off + n.words().size(), "times");
                    after += times == null ? 0 : off;
                }
                if (n != null && n.value() != null && times != null) {
                    // "تضاعفت ثلاث مرات", "multiplied five times": the number of times, not a doubling
                    st.multiple = n.value();
                    st.multipleWord = m.text() + " " + n.text() + " " + times.text();
                    st.multipleAt = new int[] {j, after + n.words().size() + times.words().size()};
                }
                if (st.verb < 0) {
                    st.verb = j;
                    st.sign = m.value().compareTo(BigDecimal.ONE) > 0 ? 1 : -1;
                }
            } else if (m == null && st.multiple == null && st.verb >= 0 && st.sign > 0 && j > st.verb) {
                // "ارتفعت الصادرات إلى ثلاثة أضعاف، من A إلى B": a number of times after a verb of rising, with nothing after
                // it that it is a multiple of (not "ثلاثة أضعاف الواردات", a ratio of two things)
                Cues.Cue n = Cues.at(tokens, j, "multiple");
                Cues.Cue times = n == null || n.value() == null ? null : Cues.at(tokens, j + n.words().size(), "times");
                int after = times == null ? -1 : j + n.words().size() + times.words().size();
                // ("بمقدار عشرة أضعاف خلال عام، من A": a time after it is no thing it multiplies)
                if (times != null && (after >= s.to() || !tokens.get(after).isWord() || Cues.at(tokens, after, "from") != null
                        || Words.in(Words.YEAR_CUES, tokens.get(after).text()))) {
                    st.multiple = n.value();
                    st.multipleWord = n.text() + " " + times.text();
                    st.multipleAt = new int[] {j, after};
                }
            }
        }
        for (int j = lo; j < hi && st.multiple == null && st.verb >= 0; j++) {
            // "grew six-fold", "rose three times": a verb of change, then a number and "fold"/"times"
            Cues.Cue n = Cues.at(tokens, j, "multiple");
            BigDecimal v = n != null ? n.value() : tokens.get(j).isNumber() && spotAt(j) < 0 ? tokens.get(j).number() : null;
            int after = j + (n != null ? n.words().size() : 1);
            if (after < hi && tokens.get(after).is("-")) {
                after++;
            }
            Cues.Cue times = v == null ? null : Cues.at(tokens, after, "times");
            if (times != null && j - st.verb >= 1 && j - st.verb <= 2 && Cues.direction(tokens, st.verb) > 0 && v.compareTo(BigDecimal.ONE) > 0) {
                st.multiple = v;
                st.multipleWord = words(j, after + times.words().size());
                st.multipleAt = new int[] {j, after + times.words().size()};
            }
        }
        for (int j = lo; j < far && st.fraction == null; j++) {
            // "fell by a third", "cut by about half": the size of the change as a round fraction
            Cues.Cue f = Cues.at(tokens, j, "fraction");
            if (f == null || f.value() == null || spotAt(j) >= 0) {
                continue;
            }
            Cues.Cue about = Cues.before(tokens, j, lo, "approximate");
            int byEnd = about == null ? j : j - about.words().size();
            Cues.Cue by = Cues.before(tokens, byEnd, lo, "by");
            if (by != null) {
                st.fraction = f.value();
                st.fractionAt = new int[] {byEnd - by.words().size(), j + f.words().size()};
                st.fractionAbout = about;
                st.end = Math.max(st.end, j + f.words().size());
                if (st.verb < 0) {
                    int[] v = signOf(byEnd - by.words().size(), by);
                    st.verb = v[0];
                    st.sign = v[1];
                }
            }
        }
        for (int kx = firstSpotFrom(lo); kx < spots.size() && spots.get(kx).from() < far; kx++) {
            Spot x = spots.get(kx);
            if (x == b || x == a || x.from() < lo || x.from() >= far || x.figure().sentence() != home.sentence() || yearly.contains(x)
                    || x.figure().isPercent() && Cues.perYearWithin(tokens, x.to(), Math.min(s.to(), x.to() + 3))) { // "7 % a year": a rate
                continue;
            }
            // the cue of a change's size, then the words that may stand between it and the figure: "by some 30 %",
            // "بتراجع بلغ 30 %", "بزيادة وصلت إلى نحو 30 %", "بانخفاض تجاوز 60 %"
            int k0 = x.from();
            Cues.Cue about = Cues.before(tokens, k0, lo, "approximate");
            k0 -= about != null ? about.words().size() : 0;
            Cues.Cue l = Cues.before(tokens, k0, lo, "by-link");
            if (l != null) {
                k0 -= l.words().size();
                Cues.Cue about2 = Cues.before(tokens, k0, lo, "approximate");
                k0 -= about2 != null ? about2.words().size() : 0;
            }
            Cues.Cue by = Cues.before(tokens, x.from(), lo, "by");
            int link = 0;
            if (by == null && k0 < x.from()) {
                by = Cues.before(tokens, k0, lo, "by");
                link = by == null ? 0 : x.from() - k0;
            }
            int[] nounSign = null;
            if (by == null && x.figure().isPercent() && x.from() > lo && (tokens.get(x.from() - 1).is("a") || tokens.get(x.from() - 1).is("an"))) {
                // "a 25 % increase", "an 8 % drop": the size of the change before its noun
                nounSign = Cues.at(tokens, x.to(), "rise") != null ? new int[] {x.to(), 1}
                        : Cues.at(tokens, x.to(), "fall") != null ? new int[] {x.to(), -1} : null;
            }
            if (x.from() >= hi && by == null && nounSign == null) {
                continue;
            }
            if (x.to() <= pairFrom && moneyBetween(x.to(), pairFrom)) {
                continue; // "dropped 9.7 % to 1.37 tn, leaving a surplus of B, up from A": the percent of another amount
            }
            if (x.from() > last && otherClause(last, x.from() - link - (by != null ? by.words().size() : 0))) {
                continue; // "… to 40 bn against 41.5 bn, while debt service rose 15 %": another clause's change
            }
            boolean afterVerb = st.verb >= 0 && (x.from() == st.verb + 1 // "rose 5.9 %", "ارتفعت صادرات الصين 5.9 %": its subject between
                    || (x.figure().isPercent() && x.from() > st.verb && x.from() <= st.verb + 4 && kx == firstSpotFrom(st.verb + 1)));
            // "rose from A to B, or 30 %": the change restated after the pair (not "B, or 30 % of the total")
            boolean restated = x.from() > last && x.from() - last <= 5 && onlyCues(last, x.from(), "restate", 5, true)
                    && Cues.at(tokens, x.to(), "of") == null;
            boolean inParens = x.from() > 0 && tokens.get(x.from() - 1).is("(") && x.from() - last <= 2;
            if (by == null && !afterVerb && !inParens && nounSign == null && !restated) {
                continue;
            }
            if (x.figure().isPercent() && st.percent == null && !b.figure().isPercent()) { // a percent pair (from 20 % to 25 %) states no percent besides them
                st.percent = x;
                st.end = Math.max(st.end, x.to());
                if (st.verb < 0 && by != null) {
                    int[] v = signOf(x.from() - link - by.words().size(), by);
                    st.verb = v[0];
                    st.sign = v[1];
                } else if (st.verb < 0 && nounSign != null) {
                    st.verb = nounSign[0];
                    st.sign = nounSign[1];
                }
            } else if ((x.figure().isMoney() && same(x, b) || x.figure().isPercent() && b.figure().isPercent() && points(x))
                    && st.difference == null && (by != null || afterVerb || restated) && x.figure().value().compareTo(b.figure().value()) < 0) {
                // an amount, or for a pair of percents a difference in points ("fell by 2 percentage points to 31 % from 35 %")
                st.difference = x;
                st.end = Math.max(st.end, x.to());
                if (st.verb < 0 && by != null) {
                    int[] v = signOf(x.from() - link - by.words().size(), by); // "an increase of $2.4 bn"
                    st.verb = v[0];
                    st.sign = v[1];
                }
            }
        }
        if (st.difference != null && st.percent == null) {
            // "an increase of $7.1 bn, or 21 %"
            for (int kx = firstSpotFrom(st.difference.to() + 1); kx < spots.size() && spots.get(kx).from() <= st.difference.to() + 5; kx++) {
                Spot x = spots.get(kx);
                if (x.figure().isPercent() && x.from() > st.difference.to() && x.figure().sentence() == b.figure().sentence()
                        && between(st.difference, x, "restate", 4, true)) {
                    st.percent = x;
                    st.end = Math.max(st.end, x.to());
                    break;
                }
            }
        }
        return st;
    }



    /** A change from A to B in one sentence; {@code at} is its "from" (or "to") token. Returns whether a claim was made. */
    private boolean change(int at, Spot a, Spot b, int fromToken, int toToken, Cues.Cue versus, int versusAt) {
        Figure af = a.figure(), bf = b.figure();
        boolean anaphoric = bf.sentence() < af.sentence(); // "B. That was up 9 % from A": the words of the change are A's sentence
        int first = anaphoric ? sentenceOf(af).from() : Math.min(at, Math.min(a.from(), b.from()));
        int[] verb = anaphoric ? verbBefore(a.from()) : verbBefore(first);
        if (verb[0] < 0 && a.to() < b.from()) {
            verb = verbBetween(a.to(), b.from()); // "From A in 2019, exports rose 30 % to B"
        }
        if (versus != null && signOf(versusAt, versus)[1] != 0 && signOf(versusAt, versus)[1] != verb[1]) {
            verb = signOf(versusAt, versus); // "B, up from A": the cue's direction is the change's, not another clause's verb
        }
        Stated st = stated(first, b, a, verb);
        if (st.sign == 0 && versus != null) {
            int[] v = signOf(versusAt, versus); // "up from", "down from"
            st.verb = v[0];
            st.sign = v[1];
        }
        if (st.verb < 0 || st.sign == 0) {
            return false; // "from A to B" with no verb claims no direction
        }
        String pair = expr(a) + ", " + expr(b);
        int end = Math.max(Math.max(a.to(), b.to()), st.end);
        int start = Math.min(st.verb, first);
        if (st.percent != null && st.difference != null) {
            // "an increase of $7.1 bn, or 21 %": both are claims
            Figure df = st.difference.figure();
            String d = difference(st.difference, a, b);
            candidate(Claim.Kind.CHANGE, "change(" + pair + ")", signed(d, st.sign), null, implied(Claim.Confidence.HIGH, bf, df), start, end,
                    "'" + words(st.verb) + "' from A to B by D: change(A, B)" + implication(bf, df) + approximation(a, b, st.difference),
                    List.of(af, bf, df), df, 1);
        }
        if (st.percent != null) {
            Figure sf = st.percent.figure();
            candidate(Claim.Kind.CHANGE, "growth(" + pair + ")", signed(expr(st.percent), st.sign), null, implied(Claim.Confidence.HIGH, bf),
                    start, end, "'" + words(st.verb) + "' from A to B by X %: growth(A, B)" + implication(bf) + approximation(a, b, st.percent),
                    List.of(af, bf, sf), sf, 1);
            return true;
        }
        if (st.difference != null) {
            Figure sf = st.difference.figure();
            String d = sf.isPercent() ? expr(st.difference) : difference(st.difference, a, b);
            candidate(Claim.Kind.CHANGE, "change(" + pair + ")", signed(d, st.sign), null, implied(Claim.Confidence.HIGH, bf, sf), start, end,
                    "'" + words(st.verb) + "' from A to B by D: change(A, B)" + implication(bf, sf) + approximation(a, b, st.difference), List.of(af, bf, sf), sf, 1);
            return true;
        }
        if (st.multiple != null) {
            multiplied(st, a, b, start, end, Claim.Confidence.HIGH, "");
            return true;
        }
        if (st.fraction != null && !af.isPercent()) {
            // "fell by a third from A to B": growth(A, B) = −33.3 %, a round fraction, so within ±10 % of it (±20 % with "about")
            String x = st.fraction.stripTrailingZeros().toPlainString() + "%";
            boolean about = st.fractionAbout != null;
            candidate(Claim.Kind.CHANGE, "growth(" + pair + ")", signed(x, st.sign), about ? "±20%" : "±10%", implied(Claim.Confidence.HIGH, bf),
                    start, end, "'" + words(st.verb) + " " + words(st.fractionAt[0], st.fractionAt[1]) + "' from A to B: growth(A, B) = "
                            + (st.sign < 0 ? "−" : "") + x + ", a round fraction, so within " + (about ? "±20 % of it ('" + st.fractionAbout.text() + "')" : "±10 % of it")
                            + implication(bf) + approximation(a, b), List.of(af, bf), bf, 1);
            return true;
        }
        BigDecimal size = bf.value().subtract(af.value()).abs();
        String expected = signed(af.isPercent() ? size.stripTrailingZeros().toPlainString() + "%" : Amount.of(size, af.currency(), oneBasis(a, b)).toString(), st.sign);
        candidate(Claim.Kind.CHANGE, "change(" + pair + ")", expected, af.isPercent() ? "±0pp" : "±0", implied(Claim.Confidence.HIGH, bf), st.verb, b.to() > a.to() ? b.to() : a.to(),
                "'" + article.text().substring(tokens.get(st.verb).start(), tokens.get(st.verb).end()) + "' from A to B, no change stated: the row checks the direction the verb claims ("
                        + (st.sign > 0 ? "B − A > 0" : "B − A < 0") + "), of the size the figures give" + implication(bf), List.of(af, bf), bf, 0);
        return true;
    }

    /** Whether a percent is written in points ("2 percentage points", "1.3 points"): a difference of two percents. */
    private boolean points(Spot x) {
        String w = article.text().substring(tokens.get(x.from()).start(), tokens.get(x.to() - 1).end());
        return w.contains("point") || x.to() < tokens.size() && (tokens.get(x.to()).is("points") || tokens.get(x.to()).is("point")
                || tokens.get(x.to()).is("pp"));
    }

    /** "doubled from A to B": ratio(B, A) = m, within ±5 % of it (a multiple in words is round), or as its approximation says. */
    private void multiplied(Stated st, Spot a, Spot b, int start, int end, Claim.Confidence confidence, String context) {
        String[] m = multipleExpected(st.multiple, true, st.multipleAt);
        candidate(Claim.Kind.CHANGE, ratioOf(b, a), m[0], m[1], implied(confidence, b.figure()), start, end,
                "'" + words(st.multipleAt[0], st.multipleAt[1]) + "' from A to B: B ÷ A = " + m[2] + context
                        + implication(a.figure(), b.figure()), List.of(a.figure(), b.figure()), b.figure(), 0);
    }

}
