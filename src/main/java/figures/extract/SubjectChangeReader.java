package figures.extract;

import figures.extract.FigureFinder.Spot;
import figures.extract.Tokens.Token;
import figures.model.Amount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes whose amounts stand in other sentences than their size, found by what the change is of:
 * "وتزيد النفقات بنسبة 2.7 % على ما رصدته ميزانية العام الحالي البالغ A" (B is the spending its
 * paragraph gave before), "أي أن الفائض زاد بنحو الخمس" (A and B are the surpluses it gave), "the
 * deficit fell by half compared with A". The verb's subject (the first word after it, past "in"/"of")
 * is looked for earlier in the paragraph: an amount of the currency right after a mention of it is
 * that subject's value. The compared amount A is the one after "على", "عن", "مقارنة ب", "than". A
 * claim is written when the words name both amounts; when they name one, only when the numbers fit.
 * Runs after {@link ChangeReader}: a size it has made a claim of is not read again.
 */
final class SubjectChangeReader extends RelationReader {
    SubjectChangeReader(Shared shared) {
        super(shared);
    }

    /** How far after a mention of the subject its amount may stand, in tokens. */
    private static final int MENTION = 6;

    void read() {
        Set<Figure> stated = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.kind() == Claim.Kind.CHANGE) {
                stated.addAll(c.figures());
            }
        }
        for (int k = 0; k < spots.size(); k++) {
            Spot x = spots.get(k);
            Figure xf = x.figure();
            if (!(xf.isPercent() || xf.isMoney()) || stated.contains(xf) || yearly.contains(x)) {
                continue;
            }
            FigureFinder.Sentence s = sentenceOf(xf);
            int cueAt = sizeCue(x, s.from());
            if (cueAt < 0) {
                continue;
            }
            int[] verb = verb(cueAt, s.from());
            if (verb[0] < 0) {
                continue;
            }
            Spot compared = compared(k, x);
            if (xf.isMoney() && compared == null) {
                continue; // an amount after "by" with nothing compared is read by ChangeReader, or is no change
            }
            if (compared != null && !inOwnSentenceOnly(compared, x)) {
                continue;
            }
            String subject = subject(verb[0], s.from(), s.to());
            List<Spot> mentioned = subject == null ? List.of() : mentions(subject, x, compared);
            Spot a = compared, b = null;
            boolean named;
            if (a != null) {
                b = mentioned.isEmpty() ? null : mentioned.get(mentioned.size() - 1);
                named = b != null;
                if (b == null) {
                    b = onlyFitting(x, verb[1], a, candidatesBefore(x, a));
                }
            } else {
                // both amounts earlier: the subject's two values, the earlier dated (or marked earlier) first; or, when the
                // subject is not named again ("ما يعني أنها ارتفعت"), the paragraph's only two amounts of one currency
                if (mentioned.size() != 2) {
                    mentioned = onlyTwo(x);
                }
                if (mentioned.size() != 2) {
                    continue;
                }
                Spot m0 = mentioned.get(0), m1 = mentioned.get(1);
                boolean firstIsEarlier = m0.figure().basis() != null && m1.figure().basis() != null
                        ? m0.figure().basis().last() < m1.figure().basis().first() : markedEarlier(m0) && !markedEarlier(m1);
                boolean secondIsEarlier = m0.figure().basis() != null && m1.figure().basis() != null
                        ? m1.figure().basis().last() < m0.figure().basis().first() : markedEarlier(m1) && !markedEarlier(m0);
                if (firstIsEarlier == secondIsEarlier) {
                    continue;
                }
                a = firstIsEarlier ? m0 : m1;
                b = firstIsEarlier ? m1 : m0;
                named = true;
            }
            if (b == null || !same(a, b) || (xf.isMoney() && !same(x, b))) {
                continue;
            }
            String[] claim = claim(a, b, x, verb[1]);
            if (!named && !fits(claim[0], claim[1], null)) {
                continue;
            }
            if (xf.isMoney()) {
                restatedPercent(a, b, x, verb, subject);
            }
            candidate(Claim.Kind.CHANGE, claim[0], claim[1], null, Claim.Confidence.MEDIUM, Math.min(verb[0], x.from()), x.to(),
                    "'" + words(verb[0]) + "' " + (xf.isPercent() ? "by X %" : "by D") + ": the change of '" + (subject == null ? "?" : subject)
                            + "'; " + (named ? "its amounts are those the paragraph gives it" : "A is the amount compared, B the one before that fits")
                            + approximation(a, b, x) + implication(a.figure(), b.figure()),
                    List.of(a.figure(), b.figure(), xf), xf, -0.5);
        }
    }

    /** "وتزيد … D على … A، أي بنسبة X %": the percent after A restating the difference, of the same pair. */
    private void restatedPercent(Spot a, Spot b, Spot x, int[] verb, String subject) {
        int ka = indexOf(a);
        if (ka + 1 >= spots.size()) {
            return;
        }
        Spot p = spots.get(ka + 1);
        if (!p.figure().isPercent() || p.figure().sentence() != a.figure().sentence() || p.from() - a.to() > 5
                || !cueBetween(a.to(), p.from(), "restate")) {
            return;
        }
        String[] c = claim(a, b, p, verb[1]);
        candidate(Claim.Kind.CHANGE, c[0], c[1], null, Claim.Confidence.MEDIUM, Math.min(verb[0], x.from()), p.to(),
                "'" + words(verb[0]) + "' by D, i.e. X %: the change of '" + (subject == null ? "?" : subject) + "', the pair its difference gives"
                        + approximation(a, b, p), List.of(a.figure(), b.figure(), p.figure()), p.figure(), -0.5);
    }

    /** growth(A, B) = ±X % or change(A, B) = ±D. */
    private String[] claim(Spot a, Spot b, Spot x, int sign) {
        String pair = expr(a) + ", " + expr(b);
        if (x.figure().isPercent()) {
            return new String[] {"growth(" + pair + ")", signed(expr(x), sign)};
        }
        Figure df = x.figure();
        return new String[] {"change(" + pair + ")", signed(approximately(x, Figure.readable(Amount.of(df.value(), df.currency()))), sign)};
    }

    /** The first token of the cue that makes x a change's size ("بنسبة", "بمقدار", "بنحو", a rise or fall noun), or -1. */
    private int sizeCue(Spot x, int floor) {
        int e = x.from();
        Cues.Cue about = Cues.before(tokens, e, floor, "approximate");
        e -= about != null ? about.words().size() : 0;
        Cues.Cue link = Cues.before(tokens, e, floor, "by-link");
        e -= link != null ? link.words().size() : 0;
        Cues.Cue by = Cues.before(tokens, e, floor, "by");
        if (by != null) {
            return e - by.words().size();
        }
        by = Cues.before(tokens, x.from(), floor, "by"); // "بنحو": the cue and the approximation in one word
        if (by != null) {
            return x.from() - by.words().size();
        }
        // "وتزيد اعتمادات الموازنة الجديدة 17100 مليار ليرة على": an amount after the verb's subject, before what it is compared
        // with; "وتراجعت الإيرادات المقدرة 11.4 % عن": a percent so too, its verb at most four words before it
        if (Cues.at(tokens, x.to(), "than") == null) {
            return -1;
        }
        if (x.figure().isMoney()) {
            return x.from();
        }
        for (int j = x.from() - 1; j >= Math.max(floor, x.from() - 4) && tokens.get(j).isWord() && spotAt(j) < 0; j--) {
            if (Cues.direction(tokens, j) != 0) {
                return x.from();
            }
        }
        return -1;
    }

    /** The rise or fall verb before token {@code at} in its sentence (at most 8 tokens back): {token, sign}, or {-1, 0}. */
    private int[] verb(int at, int floor) {
        for (int j = at; j >= Math.max(floor, at - 8); j--) {
            if (j < at && inMoney(j)) {
                break;
            }
            int d = Cues.direction(tokens, j);
            if (d != 0) {
                return new int[] {j, d};
            }
        }
        return new int[] {-1, 0};
    }

    private boolean inMoney(int j) {
        int k = spotAt(j);
        return k >= 0 && spots.get(k).figure().isMoney();
    }

    /** The amount after x that the change is compared with ("على ما رصدته … البالغ A", "مقارنة بالعجز … البالغ A"), or null. */
    private Spot compared(int k, Spot x) {
        FigureFinder.Sentence s = sentenceOf(x.figure());
        for (int j = x.to(); j < Math.min(s.to(), x.to() + 4); j++) {
            if (Cues.at(tokens, j, "than") == null) {
                continue;
            }
            // "على ما حققه القطاع في 2019، قبل الجائحة، حين بلغت A": a year and a clause may stand between
            for (int kk = k + 1; kk < spots.size() && spots.get(kk).from() < Math.min(s.to(), j + 16); kk++) {
                Spot a = spots.get(kk);
                if (a.figure().isMoney()) {
                    return a.from() > j ? a : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether x's clause holds no other amount of A's currency than A and x (else ChangeReader's forms read it): the
     * amounts of its sentence but those a clause word ("فيما", "while") sets apart.
     */
    private boolean inOwnSentenceOnly(Spot a, Spot x) {
        FigureFinder.Sentence s = sentenceOf(x.figure());
        for (int kk = firstSpotFrom(s.from()); kk < spots.size() && spots.get(kk).from() < s.to(); kk++) {
            Spot y = spots.get(kk);
            boolean otherClause = y.to() <= x.from() ? Cues.within(tokens, y.to(), x.from(), "clause")
                    : Cues.within(tokens, Math.max(x.to(), a.to()), y.from(), "clause");
            if (y != a && y != x && y.figure().isMoney() && same(y, a) && !otherClause) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the change is of: the first content word after the verb (past links such as في), as a bare stem; when the
     * verb's size follows it at once ("الفائض زاد بنحو الخمس"), the word before the verb; null when none.
     */
    private String subject(int verb, int floor, int end) {
        int j = verb + 1;
        // past links and demonstratives: "وتزيد هذه العائدات" is a change of the revenue, not of "this"
        while (j < end && tokens.get(j).isWord() && (Words.in(Words.LINKS, tokens.get(j).text()) || Cues.at(tokens, j, "demonstrative") != null)) {
            j++;
        }
        boolean sizeNext = j >= end || !tokens.get(j).isWord() || spotAt(j) >= 0 || Cues.at(tokens, j, "by") != null
                || Cues.at(tokens, j, "approximate") != null;
        if (sizeNext) {
            j = verb - 1;
            while (j >= floor && tokens.get(j).isWord() && Words.in(Words.LINKS, tokens.get(j).text())) {
                j--;
            }
            if (j < floor || !tokens.get(j).isWord()) {
                return null;
            }
        }
        String stem = stem(tokens.get(j).text());
        return stem.length() >= 3 ? stem : null;
    }

    /** The shortest stem of a word: its prefixes and article taken off (بنفقات، النفقات → نفقات). */
    private static String stem(String w) {
        String best = w;
        for (String s : Words.stems(w)) {
            if (s.length() < best.length() && s.length() >= 3) {
                best = s;
            }
        }
        return best;
    }

    /**
     * The amounts of the paragraph (before x's sentence, or in it before x) that stand right after a mention of the
     * subject, in the order of the text, one per mention.
     */
    private List<Spot> mentions(String subject, Spot x, Spot exclude) {
        List<Spot> out = new ArrayList<>();
        int kx = indexOf(x);
        int from = kx;
        while (from > 0 && near(from - 1, kx) && paragraphOf(spots.get(from - 1)) == paragraphOf(x)) {
            from--;
        }
        int lo = from < spots.size() ? found.sentences().get(spots.get(from).figure().sentence()).from() : x.from();
        for (int j = lo; j < x.from(); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !stem(t.text()).equals(subject) && !Cues.sameThing(t.text(), subject)) {
                continue;
            }
            for (int kk = firstSpotFrom(j + 1); kk < spots.size() && spots.get(kk).from() <= j + MENTION; kk++) {
                Spot m = spots.get(kk);
                if (m.figure().isMoney() && m != exclude && m != x && sameSentence(j, m) && (out.isEmpty() || out.get(out.size() - 1) != m)) {
                    out.add(m);
                    break;
                }
                if (m.figure().isMoney()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The paragraph's amounts before x when they are two, of one currency, dated two different years; else none. */
    private List<Spot> onlyTwo(Spot x) {
        List<Spot> out = new ArrayList<>();
        int kx = indexOf(x);
        for (int kk = kx - 1; kk >= 0 && near(kk, kx) && paragraphOf(spots.get(kk)) == paragraphOf(x); kk--) {
            if (spots.get(kk).figure().isMoney()) {
                out.add(0, spots.get(kk));
            }
        }
        boolean dated = out.size() == 2 && same(out.get(0), out.get(1)) && out.get(0).figure().basis() != null
                && out.get(1).figure().basis() != null && !out.get(0).figure().basis().equals(out.get(1).figure().basis());
        // or undated, one of them in a sentence in the pluperfect ("وكان الدين قد سجل A"): the words order them
        boolean ordered = out.size() == 2 && same(out.get(0), out.get(1)) && out.get(0).figure().basis() == null
                && out.get(1).figure().basis() == null && pluperfect(out.get(0)) != pluperfect(out.get(1));
        return dated || ordered ? out : List.of();
    }

    /** Whether the words of an amount's sentence mark it the earlier ("in the previous year", "وكانت … قد"). */
    private boolean markedEarlier(Spot m) {
        FigureFinder.Sentence s = sentenceOf(m.figure());
        return Cues.within(tokens, s.from(), s.to(), "earlier") || Cues.within(tokens, s.from(), s.to(), "was") || pluperfect(m);
    }

    /** Whether an amount's sentence opens in the pluperfect: "وكان الدين قد سجل A" (كان, then قد within a few words). */
    private boolean pluperfect(Spot m) {
        FigureFinder.Sentence s = sentenceOf(m.figure());
        java.util.Set<String> first = Words.stems(tokens.get(s.from()).text());
        if (!first.contains("كان") && !first.contains("كانت")) {
            return false;
        }
        for (int j = s.from() + 1; j < Math.min(m.from(), s.from() + 5); j++) {
            if (tokens.get(j).is("قد")) {
                return true;
            }
        }
        return false;
    }

    /** The amounts of A's currency earlier in the paragraph than x's sentence. */
    private List<Spot> candidatesBefore(Spot x, Spot a) {
        List<Spot> out = new ArrayList<>();
        int kx = indexOf(x);
        for (int kk = kx - 1; kk >= 0 && near(kk, kx) && paragraphOf(spots.get(kk)) == paragraphOf(x); kk--) {
            Spot m = spots.get(kk);
            if (m.figure().isMoney() && same(m, a) && m.figure().sentence() != x.figure().sentence()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The one candidate B whose change from A the stated size fits, or null (none, or several). */
    private Spot onlyFitting(Spot x, int sign, Spot a, List<Spot> bs) {
        Spot found1 = null;
        for (Spot b : bs) {
            String[] c = claim(a, b, x, sign);
            if (fits(c[0], c[1], null)) {
                if (found1 != null) {
                    return null;
                }
                found1 = b;
            }
        }
        return found1;
    }
}
