package figures.extract;

import figures.expr.Claims;
import figures.expr.Environment;
import figures.expr.Expressions;
import figures.extract.FigureFinder.Spot;
import figures.extract.Tokens.Token;
import figures.model.Amount;
import figures.model.Tolerance;
import figures.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ratios ({@code B is three times A}, {@code ضعف}) and average yearly growth ({@code an average of X % a year}
 * between two dated figures: a CAGR).
 */
final class RatioReader extends RelationReader {
    /** Ratios whose amounts the words name by their years or their nouns, none in the multiple's sentence. */
    private final NamedRatios named;

    RatioReader(Shared shared) {
        super(shared);
        this.named = new NamedRatios(shared);
    }

    void ratios() {
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue times = Cues.at(tokens, i, "times");
            BigDecimal m = null;
            String word = null;
            int from = i, to = i + 1;
            boolean integerWords = true;
            if (times != null) {
                int j = i - 1;
                if (j >= 0 && tokens.get(j).is("-")) {
                    j--;
                }
                if (j >= 0 && tokens.get(j).isNumber()) {
                    m = tokens.get(j).number();
                    integerWords = false;
                    from = j;
                } else {
                    Cues.Cue w = j >= 0 ? Cues.before(tokens, j + 1, Math.max(0, j - 2), "multiple") : null;
                    if (w != null && w.value() != null) {
                        m = w.value();
                        from = j + 1 - w.words().size();
                    }
                    // a multiple in number words: "two and a half times", "ثلاثة أضعاف", read by the numbers' own grammar
                    for (int s0 = Math.max(0, j - 4); s0 <= j && j >= 0; s0++) {
                        NumberReader.Num n = found.readNumber(s0);
                        if (n != null && n.end() == j + 1 && n.exponent() < 0 && n.value().signum() > 0 && found.sentenceAt(s0) == found.sentenceAt(i)) {
                            m = n.value();
                            from = s0;
                            integerWords = n.value().scale() <= 0 || n.value().stripTrailingZeros().scale() <= 1;
                            break;
                        }
                    }
                }
                to = i + times.words().size();
                word = article.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
            }
            if (m == null) {
                from = i;
                Cues.Cue w = Cues.at(tokens, i, "multiple");
                // "twice" and "ضعف" say a multiple alone; "three", "ثلاثة" only before "times"/"أضعاف"
                if (w != null && w.value() != null && w.value().compareTo(new BigDecimal(2)) == 0 && (w.text().equals("twice") || w.text().startsWith("ضعف"))) {
                    m = w.value();
                    to = i + w.words().size();
                    word = w.text();
                }
            }
            // "almost double the $18 bn": a multiple alone only between its two amounts (not "double-digit", "double taxation")
            Cues.Cue alone = m == null ? Cues.at(tokens, i, "multiple-between") : null;
            boolean fraction = alone != null && alone.value() != null && alone.value().compareTo(BigDecimal.ONE) < 0; // "half the A", not "cut by half to B"
            if (alone != null && alone.value() != null && i + 1 < tokens.size() && !tokens.get(i + 1).is("-")
                    && (!fraction || (tokens.get(i + 1).is("the") || tokens.get(i + 1).is("that")) && i > 0 && (tokens.get(i - 1).is("is") || tokens.get(i - 1).is("was")))) {
                m = alone.value();
                to = i + alone.words().size();
                word = alone.text();
            }
            if (m == null || m.signum() <= 0) {
                continue;
            }
            int kb = spotBefore(from, 12), ka = spotAfter(to - 1, alone != null ? 3 : 8); // "double the A", "double that of A"
            if (kb < 0 || ka < 0 || !spots.get(kb).figure().isMoney() || !same(spots.get(ka), spots.get(kb))
                    || spots.get(kb).figure().sentence() != spots.get(ka).figure().sentence() || spots.get(ka).figure().value().signum() == 0) {
                // "nearly three times as much", "2.7 ضعف قيمته الأصلية": the two figures are earlier in the paragraph, the pair that fits
                if (alone == null && !named.yearsRatio(m, integerWords || m.scale() <= 0, from, to, word)
                        && !named.nounRatio(m, integerWords || m.scale() <= 0, from, to, word)
                        && !possessiveRatio(m, integerWords || m.scale() <= 0, from, to, word)) {
                    numbersRatio(m, integerWords || m.scale() <= 0, from, to, word);
                }
                i = to - 1;
                continue;
            }
            Spot b = spots.get(kb), a = spots.get(ka);
            boolean oneBasis = Objects.equals(a.figure().basis(), b.figure().basis());
            String claim = ratioOf(b, a);
            boolean round = integerWords || m.scale() <= 0;
            String[] mx = multipleExpected(m, round, new int[] {from, to});
            String expected = mx[0];
            String tolerance = mx[1];
            // "three times the A", "three times as large as Western investment of A", "four times its export earnings of A"
            boolean near = from - b.to() <= 6 && (a.from() - to <= 4 || a.from() - to <= 9 && complement(to, a.from()));
            if (!near && !fits(claim, expected, tolerance)) {
                continue;
            }
            // "تضاعفت نحو سبع مرات", "multiplied five times": a multiple the subject grew by is a change, B ÷ A all the same
            Claim.Kind kind = multipliedBefore(from) ? Claim.Kind.CHANGE : Claim.Kind.RATIO;
            candidate(kind, claim, expected, tolerance, near ? implied(Claim.Confidence.HIGH, a.figure(), b.figure()) : Claim.Confidence.MEDIUM,
                    Math.min(b.from(), from), Math.max(a.to(), to),
                    "'" + word + "': B ÷ A = " + mx[2]
                            + (oneBasis ? "" : "; A and B are of different years: a nominal ratio") + implication(a.figure(), b.figure())
                            + approximation(a, b), List.of(b.figure(), a.figure()), b.figure(), near ? 1 : 0);
            i = to - 1;
        }
    }

    /** Words that open a clause of their own between a multiple and A: then A is not what the multiple compares with. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "which", "who", "that", "after", "before", "since", "while", "whereas",
            "but", "although");

    /** Whether tokens [from, to) are the multiple's complement: words only ("as large as", "its export earnings of", "about"), no clause. */
    private boolean complement(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isWord() || CLAUSE_OPENERS.contains(tokens.get(j).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ukraine's portion alone is nearly three times Israel's": the multiple compares what two names have, each the
     * amount the paragraph states right after its one mention of that name ("Ukraine gets the largest share, $60.8
     * bn", "Israel receives $26.4 bn"); written whether or not it fits, the words saying which amounts. False when the
     * words do not name both, or a name has no amount, or more than one.
     */
    private boolean possessiveRatio(BigDecimal m, boolean round, int from, int to, String word) {
        int sentence = sentenceOfToken(from);
        FigureFinder.Sentence s = found.sentences().get(sentence);
        String object = possessive(to) ? tokens.get(to).text() : null;
        String subject = null;
        for (int j = s.from(); j < from && subject == null; j++) {
            subject = possessive(j) ? tokens.get(j).text() : null;
        }
        if (object == null || subject == null || object.equals(subject)) {
            return false;
        }
        Spot b = amountOfName(subject, sentence), a = amountOfName(object, sentence);
        if (a == null || b == null || a == b || !same(a, b) || a.figure().value().signum() == 0) {
            return false;
        }
        String[] mx = multipleExpected(m, round, new int[] {from, to});
        candidate(Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, Math.min(b.from(), from), Math.max(to, a.to()),
                "'" + word + "': B ÷ A = " + mx[2] + "; B is what '" + subject + "' has and A what '" + object + "' has, the amounts after"
                        + " their names earlier in the paragraph" + implication(a.figure(), b.figure()) + approximation(a, b),
                List.of(b.figure(), a.figure()), b.figure(), 0);
        return true;
    }

    /** Whether token j is a name written with its possessive ("Israel's"): a word, an apostrophe, "s". */
    private boolean possessive(int j) {
        return j + 2 < tokens.size() && tokens.get(j).isWord() && (tokens.get(j + 1).is("'") || tokens.get(j + 1).is("\u2019"))
                && tokens.get(j + 2).is("s") && tokens.get(j).start() > 0 && Character.isUpperCase(article.text().charAt(tokens.get(j).start()));
    }

    /** The amount right after the one mention of a name in the sentences of its paragraph before {@code sentence} (a few words on), or null. */
    private Spot amountOfName(String name, int sentence) {
        Spot found1 = null;
        FigureFinder.Sentence s = found.sentences().get(sentence);
        for (int j = s.from() - 1; j >= 0 && s.from() - j < 400 && paragraph[sentenceOfToken(j)] == paragraph[sentence]; j--) {
            if (!tokens.get(j).is(name) || possessive(j)) {
                continue;
            }
            int k = spotAfter(j, 8);
            Spot x = k < 0 ? null : spots.get(k);
            if (x == null || !x.figure().isMoney()) {
                continue;
            }
            if (found1 != null && found1 != x) {
                return null; // two mentions with amounts: which one the words mean is a guess
            }
            found1 = x;
        }
        return found1;
    }

    /** A multiple with no pair of figures around it: the nearest pair (B > A) of one currency before it in its paragraph whose ratio fits. */
    private void numbersRatio(BigDecimal m, boolean round, int from, int to, String word) {
        int sentence = sentenceOfToken(from);
        List<Spot> before = new ArrayList<>();
        int k0 = firstSpotFrom(from);
        for (int ks = Math.max(0, k0 - WINDOW); ks < k0; ks++) {
            Spot s = spots.get(ks);
            if (s.figure().isMoney() && s.figure().currency() != null && s.to() <= from && paragraph[s.figure().sentence()] == paragraph[sentence]) {
                before.add(0, s);
            }
        }
        // and the figures after it in its sentence: "ثلاثة أضعاف ما حصلت عليه في 2019 والبالغ 1.5 مليار، إذ بلغ هذا العام 4.5 مليار"
        for (int ks = k0; ks < Math.min(spots.size(), k0 + WINDOW) && spots.get(ks).figure().sentence() == sentence; ks++) {
            Spot s = spots.get(ks);
            if (s.figure().isMoney() && s.figure().currency() != null) {
                before.add(s);
            }
        }
        String[] mx = multipleExpected(m, round, new int[] {from, to});
        for (int x = 0; x < before.size(); x++) {
            for (int y = 0; y < before.size(); y++) {
                Spot b = before.get(x), a = before.get(y);
                if (a == b || !same(a, b) || b.figure().value().compareTo(a.figure().value()) <= 0) {
                    continue;
                }
                String claim = ratioOf(b, a);
                if (fits(claim, mx[0], mx[1])) {
                    Claim.Kind kind = multipliedBefore(from) ? Claim.Kind.CHANGE : Claim.Kind.RATIO;
                    candidate(kind, claim, mx[0], mx[1], Claim.Confidence.MEDIUM, from, to,
                            "'" + word + "': B ÷ A = " + mx[2] + "; B and A are the pair of its paragraph (before it, or after it in its sentence) whose ratio fits"
                                    + approximation(a, b), List.of(b.figure(), a.figure()), b.figure(), -1);
                    return;
                }
            }
        }
        namedRatio(m, mx, from, to, word);
    }

    /**
     * No pair fits, but the words name both: "ويعادل الدين نحو ثلاثة أضعاف ناتجه المحلي، إذ يبلغ الدين B مقابل ناتج محلي A"
     * (B the amount after a mention of the noun before the multiple, A after a mention of the noun after it), or
     * "وتعادل الوديعة الجديدة ضعف الوديعة البالغة A" (A right after the multiple, B the one amount of the sentence before):
     * the claim is written whatever the numbers give.
     */
    private void namedRatio(BigDecimal m, String[] mx, int from, int to, String word) {
        int sentence = sentenceOfToken(from);
        FigureFinder.Sentence st = found.sentences().get(sentence);
        String aNoun = null;
        List<String> bNouns = new ArrayList<>(); // the words before the multiple, nearest first: "الدين العام للبنان"
        for (int j = from - 1; j >= st.from() && bNouns.size() < 5; j--) {
            if (!tokens.get(j).isWord() || spotAt(j) >= 0) {
                break;
            }
            if (!Words.in(Words.LINKS, tokens.get(j).text()) && Cues.at(tokens, j, "approximate") == null && Cues.at(tokens, j, "restate") == null) {
                bNouns.add(stem(tokens.get(j).text()));
            }
        }
        if (to < st.to() && tokens.get(to).isWord() && spotAt(to) < 0) {
            aNoun = stem(tokens.get(to).text());
        }
        Spot a = null, b = null;
        int ka = spotAfter(to - 1, 6);
        if (ka >= 0 && spots.get(ka).figure().isMoney() && spots.get(ka).figure().currency() != null) {
            a = spots.get(ka); // "ضعف الوديعة البالغة A"
        } else if (aNoun != null) {
            a = afterMention(aNoun, to, st.to());
        }
        for (String n : bNouns) {
            Spot x = afterMention(n, to, st.to());
            if (b == null && x != null && x != a) {
                b = x;
            }
        }
        if (b == null && a != null) {
            // the one amount of A's currency in the sentence before, when none stands before the multiple in its own
            int k0 = firstSpotFrom(st.from());
            List<Spot> before = new ArrayList<>();
            for (int k = k0 - 1; k >= 0 && near(k, k0) && spots.get(k).figure().sentence() >= sentence - 1; k--) {
                if (spots.get(k).figure().isMoney() && same(spots.get(k), a)) {
                    before.add(spots.get(k));
                }
            }
            b = before.size() == 1 && before.get(0).figure().sentence() == sentence - 1
                    && paragraph[sentence - 1] == paragraph[sentence] ? before.get(0) : null;
        }
        if (a == null || b == null || a == b || !same(a, b)) {
            return;
        }
        candidate(Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, from, to,
                "'" + word + "': B ÷ A = " + mx[2] + "; B and A are the amounts the words name around it" + approximation(a, b),
                List.of(b.figure(), a.figure()), b.figure(), -1);
    }

    /** The first amount right after a word of the same stem in tokens [from, to), or null. */
    private Spot afterMention(String stem, int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).isWord() && stem(tokens.get(j).text()).equals(stem)) {
                for (int k = firstSpotFrom(j + 1); k < spots.size() && spots.get(k).from() <= j + 4; k++) {
                    if (spots.get(k).figure().isMoney() && spots.get(k).figure().currency() != null) {
                        return spots.get(k);
                    }
                }
            }
        }
        return null;
    }

    /** The shortest stem of a word, of three letters at least; the pronoun a noun carries taken off (ناتجه → ناتج). */
    private static String stem(String w) {
        String best = w;
        for (String s : Words.stems(w)) {
            if (s.length() < best.length() && s.length() >= 3) {
                best = s;
            }
        }
        for (String p : List.of("ها", "ه")) {
            if (best.endsWith(p) && best.length() - p.length() >= 3 && !best.endsWith("يه")) {
                return best.substring(0, best.length() - p.length());
            }
        }
        return best;
    }

    /**
     * "Between 2015 and 2020 exports rose from A to B, an average of X % a year", "rose to B in 2020 from A five years
     * earlier": the sentence dates the change, not each amount. A and B are the sentence's two amounts of one currency
     * before the rate (A the one after "from", else the first), with no other clause between B and the rate; the
     * years are the sentence's span (2015-2020, "from 2010 to 2020") or the number of years A is said to be earlier.
     * The claim compares the amounts as written: cagr(A, B, years).
     */
    private void spanCagr(Spot p) {
        FigureFinder.Sentence s = sentenceOf(p.figure());
        List<Spot> money = new ArrayList<>();
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
            Figure f = spots.get(k).figure();
            if (f.kind() == Figure.Kind.YEAR && f.period() != null) {
                first = Math.min(first, f.period().first());
                last = Math.max(last, f.period().last());
            } else if (f.isMoney() && f.currency() != null && spots.get(k).to() <= p.from()) {
                money.add(spots.get(k));
            }
        }
        // the rate says how A became B: no other clause between them ("…, and the economy grew 3 % a year")
        if (money.size() != 2 || !same(money.get(0), money.get(1)) || Cues.within(tokens, money.get(1).to(), p.from(), "clause")
                || Cues.within(tokens, money.get(1).to(), p.from(), "list-join") || wordBetween(money.get(1).to(), p.from(), "and")) {
            return;
        }
        Spot a = money.get(0), b = money.get(1);
        if (Cues.before(tokens, b.from(), s.from(), "from") != null) {
            a = money.get(1); // "rose to B from A"
            b = money.get(0);
        }
        int years = last - first;
        String how = "the sentence's years, " + first + " to " + last;
        int earlier = yearsEarlier(a, s);
        if (earlier > 0) {
            years = earlier;
            how = "A is " + earlier + " years earlier than B";
        }
        if (years <= 0 || years > 100) {
            return;
        }
        String claim = "cagr(" + nominal(a) + ", " + nominal(b) + ", " + years + ")";
        yearly.add(p);
        candidate(Claim.Kind.CAGR, claim, expr(p), null, implied(Claim.Confidence.MEDIUM, a.figure(), b.figure()),
                Math.min(a.from(), Math.min(b.from(), p.from())), Math.max(a.to(), Math.max(b.to(), p.to())),
                "an average of X % a year from A to B over " + how + ": cagr(A, B, " + years + ")" + implication(a.figure(), b.figure())
                        + approximation(a, b, p), List.of(a.figure(), b.figure(), p.figure()), p.figure(), 1);
    }

    private boolean wordBetween(int from, int to, String word) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** "A five years earlier", "A a decade before": the number of years, or 0. */
    private int yearsEarlier(Spot a, FigureFinder.Sentence s) {
        for (int j = a.to(); j < Math.min(s.to(), a.to() + 2); j++) {
            NumberReader.Num n = found.readNumber(j);
            if (n != null && n.exponent() < 0 && n.end() + 1 < s.to() && tokens.get(n.end()).is("years")
                    && Cues.at(tokens, n.end() + 1, "earlier") != null && n.value().scale() <= 0) {
                return n.value().intValue();
            }
        }
        return 0;
    }

    /**
     * The pair a rate's stated span of years names ("خلال أربع سنوات", "over four years"): the one dated figure of its
     * sentence and the one figure of its paragraph dated that many years before or after it, of one currency; or null.
     */
    private Spot[] spannedPair(Spot p, FigureFinder.Sentence s, List<Spot> dated) {
        int span = 0;
        for (int j = Math.max(s.from(), p.from() - 12); j < Math.min(s.to(), p.to() + 8) && span == 0; j++) {
            NumberReader.Num n = spotAt(j) >= 0 ? null : found.readNumber(j);
            if (n != null && n.exponent() <= 0 && n.end() < s.to() && Cues.at(tokens, n.end(), "years") != null
                    && n.value().scale() <= 0 && n.value().signum() > 0 && n.value().compareTo(java.math.BigDecimal.valueOf(100)) < 0) {
                span = n.value().intValue();
            }
        }
        Spot only = null;
        for (Spot x : dated) {
            if (x.figure().sentence() == p.figure().sentence()) {
                if (only != null) {
                    return null;
                }
                only = x;
            }
        }
        if (span == 0 || only == null) {
            return null;
        }
        Spot other = null;
        for (Spot y : dated) {
            if (y != only && same(y, only) && Math.abs(y.figure().basis().first() - only.figure().basis().first()) == span) {
                if (other != null) {
                    return null;
                }
                other = y;
            }
        }
        if (other == null) {
            return null;
        }
        return other.figure().basis().first() > only.figure().basis().first() ? new Spot[] {only, other} : new Spot[] {other, only};
    }

    /**
     * Whether a verb of multiplying stands before a multiple in its clause: "تضاعفت أصول الصندوق أكثر من ست مرات" (its subject
     * and an approximation between): the subject grew by it, a change.
     */
    private boolean multipliedBefore(int from) {
        int floor = found.sentences().get(sentenceOfToken(from)).from();
        for (int j = from - 1; j >= Math.max(floor, from - 7); j--) {
            if (spotAt(j) >= 0 && (spots.get(spotAt(j)).figure().isMoney() || spots.get(spotAt(j)).figure().isPercent())) {
                return false;
            }
            if (Cues.at(tokens, j, "multiplied") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dated amount a yearly rate runs from: the first after "since" in the rate's sentence ("since 2014, when exports
     * stood at A"), or the one after "from" when no "to" follows it ("have risen from A in 2010, …, an average of X % a
     * year"); or null.
     */
    private Spot anchor(Spot p, FigureFinder.Sentence s, List<Spot> dated) {
        for (int j = s.from(); j < p.from(); j++) {
            Cues.Cue c = Cues.at(tokens, j, "since");
            Cues.Cue f = c == null ? Cues.at(tokens, j, "from") : null;
            if (c == null && f == null) {
                continue;
            }
            for (Spot x : dated) {
                if (x.figure().sentence() == p.figure().sentence() && x.from() > j && x.from() - j <= 10) {
                    // the first after the cue; after "from", only when no "to" follows it ("from A to B" is a pair)
                    return f == null || !Cues.within(tokens, x.to(), p.from(), "to") ? x : null;
                }
            }
        }
        return null;
    }

    void cagrs() {
        for (Spot p : spots) {
            if (!p.figure().isPercent()) {
                continue;
            }
            FigureFinder.Sentence s = sentenceOf(p.figure());
            boolean perYear = Cues.perYearWithin(tokens, p.to(), Math.min(s.to(), p.to() + 4))
                    || Cues.perYearWithin(tokens, Math.max(s.from(), p.from() - 4), p.from());
            boolean growing = Cues.within(tokens, Math.max(s.from(), p.from() - 8), Math.min(s.to(), p.to() + 4), "growing");
            if (!perYear || !growing) {
                continue;
            }
            // the dated figures of one currency: the sentence's, else the paragraph's before it
            List<Spot> dated = new ArrayList<>();
            int kp = indexOf(p);
            for (int kx = Math.max(0, kp - WINDOW); kx < Math.min(spots.size(), kp + WINDOW); kx++) {
                Spot x = spots.get(kx);
                Figure f = x.figure();
                if (f.isMoney() && f.currency() != null && f.basis() != null && !f.basis().isSpan() && paragraphOf(x) == paragraphOf(p)
                        && (f.sentence() == p.figure().sentence() || x.to() <= p.from())) {
                    dated.add(x);
                }
            }
            Spot a = null, b = null;
            int bestScore = Integer.MAX_VALUE;
            for (Spot x : dated) {
                for (Spot y : dated) {
                    if (!same(x, y) || x.figure().basis().first() >= y.figure().basis().first()) {
                        continue;
                    }
                    int score = Math.abs(x.from() - p.from()) + Math.abs(y.from() - p.from())
                            + (x.figure().sentence() == p.figure().sentence() ? 0 : 50) + (y.figure().sentence() == p.figure().sentence() ? 0 : 50);
                    if (score < bestScore) {
                        bestScore = score;
                        a = x;
                        b = y;
                    }
                }
            }
            // "stood at $107.8 bn in 2020, meaning it has grown by an average of 28 % a year since then": from the one
            // dated figure of its sentence to the latest its paragraph states, whether or not it fits (the words say so)
            boolean since = false;
            Spot anchor = anchor(p, s, dated); // "since 2014, when exports stood at A", "have risen from A in 2010, …"
            if (anchor != null || Cues.within(tokens, Math.max(s.from(), p.from() - 12), Math.min(s.to(), p.to() + 8), "since")) {
                Spot only = anchor;
                int inSentence = anchor == null ? 0 : 1;
                for (Spot x : anchor != null ? List.<Spot>of() : dated) {
                    if (x.figure().sentence() == p.figure().sentence()) {
                        only = x;
                        inSentence++;
                    }
                }
                Spot latest = null;
                boolean tie = false;
                for (Spot y : dated) {
                    if (inSentence != 1 || !same(y, only) || y.figure().basis().first() <= only.figure().basis().first()) {
                        continue;
                    }
                    int cmp = latest == null ? 1 : Integer.compare(y.figure().basis().first(), latest.figure().basis().first());
                    if (cmp > 0) {
                        latest = y;
                        tie = false;
                    } else if (cmp == 0) {
                        tie = anchor == null; // with an anchor the words go on from the paragraph's first amount of that year
                    }
                }
                if (latest != null && !tie) {
                    a = only;
                    b = latest;
                    since = true;
                }
            }
            Spot[] spanned = since ? null : spannedPair(p, s, dated);
            if (spanned != null) {
                // "نمت بمتوسط سنوي بلغ X خلال أربع سنوات": the years the words state are those between the one dated figure of
                // its sentence and a figure of its paragraph, so the words name the pair, whether or not it fits
                a = spanned[0];
                b = spanned[1];
                since = true;
            }
            if (a == null) {
                spanCagr(p);
                continue;
            }
            int years = b.figure().basis().first() - a.figure().basis().first();
            String claim = "cagr(" + expr(a) + ", " + expr(b) + ", " + years + ")";
            boolean oneSentence = a.figure().sentence() == p.figure().sentence() && b.figure().sentence() == p.figure().sentence();
            int lastTo = Math.max(a.to(), b.to());
            if (oneSentence && lastTo <= p.from() && (Cues.within(tokens, lastTo, p.from(), "clause") || wordBetween(lastTo, p.from(), "and")
                    || Cues.within(tokens, lastTo, p.from(), "list-join"))) {
                oneSentence = false; // "…from A to B, and the economy grew 3 % a year": another clause's rate, a claim only when it fits
            }
            if (!oneSentence && !since && !fits(claim, expr(p), null)) {
                continue; // a dated pair from other sentences may be of something else: a claim only when it fits
            }
            yearly.add(p);
            candidate(Claim.Kind.CAGR, claim, signed(expr(p), Cues.within(tokens, Math.max(s.from(), p.from() - 8), p.from(), "fall")
                            && !Cues.within(tokens, Math.max(s.from(), p.from() - 8), p.from(), "rise") ? -1 : 1), null,
                    implied(oneSentence ? Claim.Confidence.HIGH : Claim.Confidence.MEDIUM, a.figure(), b.figure()),
                    Math.min(a.from(), Math.min(b.from(), p.from())), Math.max(a.to(), Math.max(b.to(), p.to())),
                    "an average of X % a year from A (" + a.figure().basis() + ") to B (" + b.figure().basis() + "): cagr(A, B, " + years + ")"
                            + (oneSentence ? "" : since ? "; 'since': from the figure of its sentence to the latest of its paragraph"
                            : "; A or B from another sentence of the paragraph") + implication(a.figure(), b.figure())
                            + approximation(a, b, p), List.of(a.figure(), b.figure(), p.figure()), p.figure(), 1);
        }
    }

}
