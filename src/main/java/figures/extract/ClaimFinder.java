package figures.extract;

import figures.extract.FigureFinder.Spot;
import figures.extract.Tokens.Token;
import figures.model.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The claims an article's figures make, in three forms: percent-of ({@code X % of Y}, {@code X %,
 * i.e. Z, of Y}), remainder ({@code the remaining R}, {@code المبلغ المتبقي}) and change ({@code rose
 * from A in Y1 to B in Y2}, {@code ارتفعت … من A عام Y1 إلى B عام Y2}).
 */
final class ClaimFinder {
    private final FigureFinder found;
    private final List<Token> tokens;
    private final List<Spot> spots;
    private final List<Claim> claims = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Claim.Kind, Integer> counts = new EnumMap<>(Claim.Kind.class);
    /** The percent-of claims found, as {percent, base, part} spots, for remainders that need a base. */
    private final List<Spot[]> percentOf = new ArrayList<>();
    private final ArticleText article;

    private ClaimFinder(ArticleText article, FigureFinder found) {
        this.article = article;
        this.found = found;
        this.tokens = found.tokens();
        this.spots = found.spots();
    }

    static ClaimFinder of(ArticleText article, FigureFinder found) {
        ClaimFinder c = new ClaimFinder(article, found);
        c.percentsOf();
        c.remainders();
        c.changes();
        c.claims.sort(java.util.Comparator.comparingInt(Claim::start));
        return c;
    }

    List<Claim> claims() {
        return claims;
    }

    List<String> notes() {
        return notes;
    }

    // ---- percent-of --------------------------------------------------------------------

    private void percentsOf() {
        for (int k = 0; k < spots.size(); k++) {
            Spot p = spots.get(k);
            if (!p.figure().isPercent()) {
                continue;
            }
            // X %, i.e. Z, of Y
            Spot z = next(k);
            if (z != null && (z.figure().isMoney() || z.figure().isPercent()) && between(p, z, Words.RESTATE, 4, true)) {
                Spot y = larger(k + 1, z);
                if (y != null) {
                    boolean of = cueBetween(z.to(), y.from(), Words.OF);
                    add(p, y, z, of ? Claim.Confidence.HIGH : Claim.Confidence.MEDIUM,
                            of ? "X %, i.e. Z, of Y" : "X %, i.e. Z, … Y (no 'of' before Y)");
                    continue;
                }
            }
            // Z, or X % of Y
            Spot before = k > 0 ? spots.get(k - 1) : null;
            Spot y = next(k);
            if (before != null && y != null && same(before, y) && before.figure().sentence() == p.figure().sentence()
                    && between(before, p, Words.RESTATE, 3, false) && ofRightAfter(p, y)) {
                add(p, y, before, Claim.Confidence.HIGH, "Z, or X % of Y");
                continue;
            }
            // X % of Y, i.e. Z
            if (y != null && ofRightAfter(p, y)) {
                Spot z2 = next(k + 1);
                if (z2 != null && same(y, z2) && restatedAfter(y, z2)) {
                    add(p, y, z2, Claim.Confidence.HIGH, "X % of Y, i.e. Z");
                }
            }
        }
    }

    private void add(Spot p, Spot base, Spot part, Claim.Confidence confidence, String form) {
        percentOf.add(new Spot[] {p, base, part});
        Figure pf = p.figure(), bf = base.figure(), zf = part.figure();
        Claim.Confidence c = implied(confidence, bf, zf);
        claim(Claim.Kind.PERCENT_OF, pf.expression() + " of " + bf.expression(), zf.expression(), null, c,
                Math.min(p.from(), Math.min(base.from(), part.from())), Math.max(base.to(), part.to()),
                form + ": " + pf.expression() + " of " + bf.expression() + " stated as " + zf.expression() + implication(bf, zf),
                List.of(pf, bf, zf));
    }

    // ---- remainders --------------------------------------------------------------------

    private void remainders() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !Words.in(Words.REMAINDER, tokens.get(i).text())) {
                continue;
            }
            int k = spotAfter(i, 6);
            if (k < 0 || !spots.get(k).figure().isMoney()) {
                continue;
            }
            Spot r = spots.get(k);
            remainder(i, k, r);
        }
    }

    private void remainder(int cue, int k, Spot r) {
        Figure rf = r.figure();
        Spot p = null, d = null, w = null;
        for (int j = k - 1; j >= 0 && spots.get(j).figure().sentence() == rf.sentence(); j--) {
            Figure f = spots.get(j).figure();
            if (f.isPercent() && p == null) {
                p = spots.get(j);
            } else if (f.isMoney() && Objects.equals(f.currency(), rf.currency())) {
                if (d == null || f.value().compareTo(d.figure().value()) > 0) {
                    w = d;
                    d = spots.get(j);
                } else if (w == null) {
                    w = spots.get(j);
                }
            }
        }
        int from = Math.min(cue, p != null ? p.from() : cue);
        if (p != null && d != null && d.figure().value().compareTo(rf.value()) > 0) {
            remaining(d.figure().expression() + " * (1 - " + p.figure().expression() + ")", r, from, Claim.Confidence.HIGH,
                    "the remaining R of Y after X %: Y × (1 − X %)", List.of(d.figure(), p.figure(), rf));
            return;
        }
        if (p != null) {
            for (Spot[] po : percentOf) {
                Figure base = po[1].figure();
                if (po[0].figure().value().compareTo(p.figure().value()) == 0 && base.isMoney()
                        && Objects.equals(base.currency(), rf.currency()) && base.value().compareTo(rf.value()) > 0) {
                    remaining(base.expression() + " * (1 - " + p.figure().expression() + ")", r, from, Claim.Confidence.MEDIUM,
                            "the remaining R after X %; the base Y is the one the article gives for the same " + p.figure().expression()
                                    + " at line " + article.line(base.start()) + ", column " + article.column(base.start()),
                            List.of(base, p.figure(), rf));
                    return;
                }
            }
        }
        if (d != null && w != null && d.figure().value().compareTo(rf.value()) > 0) {
            remaining(d.figure().expression() + " - " + w.figure().expression(), r, Math.min(cue, d.from()), Claim.Confidence.MEDIUM,
                    "the remaining R of Y after W: Y − W", List.of(d.figure(), w.figure(), rf));
            return;
        }
        notes.add(article.where(rf.start()) + ": the remaining " + rf.expression() + " is of no base the article states; no claim");
    }

    private void remaining(String claim, Spot r, int fromToken, Claim.Confidence confidence, String why, List<Figure> figures) {
        Figure rf = r.figure();
        Claim.Confidence c = confidence;
        for (Figure f : figures) {
            c = implied(c, f);
        }
        claim(Claim.Kind.REMAINING, claim, rf.expression(), null, c, fromToken, r.to(), why + implication(figures.toArray(Figure[]::new)),
                figures);
    }

    // ---- changes -----------------------------------------------------------------------

    private void changes() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !Words.in(Words.FROM, tokens.get(i).text())) {
                continue;
            }
            int ka = spotAfter(i, 2);
            if (ka < 0 || !spots.get(ka).figure().isMoney()) {
                continue;
            }
            Spot a = spots.get(ka);
            int to = toAfter(a);
            int kb = to < 0 ? -1 : spotAfter(to, 2);
            if (kb < 0 || !same(a, spots.get(kb)) || spots.get(kb).figure().sentence() != a.figure().sentence()) {
                continue;
            }
            change(i, a, kb);
        }
    }

    /** The token of "to"/"إلى" after a (its year may stand between), or -1. */
    private int toAfter(Spot a) {
        for (int j = a.to(); j < Math.min(tokens.size(), a.to() + 4); j++) {
            Token t = tokens.get(j);
            if (t.isWord() && Words.in(Words.TO, t.text())) {
                return j;
            }
            if (!(t.isWord() && Words.in(Words.YEAR_CUES, t.text())) && !isYearToken(j) && !t.is(",") && !t.is("(") && !t.is(")")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isYearToken(int j) {
        for (Spot s : spots) {
            if (s.figure().kind() == Figure.Kind.YEAR && j >= s.from() && j < s.to()) {
                return true;
            }
        }
        return false;
    }

    private void change(int fromToken, Spot a, int kb) {
        Spot b = spots.get(kb);
        Figure af = a.figure(), bf = b.figure();
        int sign = 0;
        int verb = -1;
        FigureFinder.Sentence s = sentenceOf(af);
        for (int j = fromToken - 1; j >= Math.max(s.from(), fromToken - 10); j--) {
            Token t = tokens.get(j);
            if (t.isWord() && Words.in(Words.RISE, t.text())) {
                sign = 1;
            } else if (t.isWord() && Words.in(Words.FALL, t.text())) {
                sign = -1;
            }
            if (sign != 0) {
                verb = j;
                break;
            }
        }
        if (sign == 0) {
            return; // "from A to B" with no verb claims no direction
        }
        String pair = af.expression() + ", " + bf.expression();
        // a change the sentence states: "by 45 %", "بنسبة 45 %", "by 43 million"
        int after = kb + 1;
        while (after < spots.size() && spots.get(after).figure().kind() == Figure.Kind.YEAR) {
            after++; // "to B in 2002, by 45 %"
        }
        if (after < spots.size() && spots.get(after).figure().sentence() == bf.sentence() && spots.get(after).from() - b.to() <= 6
                && cueBetween(b.to(), spots.get(after).from(), Words.BY)) {
            Spot stated = spots.get(after);
            Figure sf = stated.figure();
            if (sf.isPercent()) {
                claim(Claim.Kind.CHANGE, "growth(" + pair + ")", signed(sf.percent().toString(), sign), null, implied(Claim.Confidence.HIGH, bf),
                        verb, stated.to(), "rose/fell from A to B by X %: growth(A, B)" + implication(bf), List.of(af, bf, sf));
                return;
            }
            if (sf.isMoney() && Objects.equals(sf.currency(), af.currency())) {
                claim(Claim.Kind.CHANGE, "change(" + pair + ")", signed(Amount.of(sf.value(), sf.currency()).toString(), sign), null,
                        implied(Claim.Confidence.HIGH, bf, sf), verb, stated.to(), "rose/fell from A to B by D: change(A, B)" + implication(bf, sf),
                        List.of(af, bf, sf));
                return;
            }
        }
        BigDecimal size = bf.value().subtract(af.value()).abs();
        String expected = signed(Amount.of(size, af.currency()).toString(), sign);
        claim(Claim.Kind.CHANGE, "change(" + pair + ")", expected, "±0", implied(Claim.Confidence.HIGH, bf), verb, b.to(),
                "'" + article.text().substring(tokens.get(verb).start(), tokens.get(verb).end()) + "' from A to B, no change stated: the row checks the direction the verb claims ("
                        + (sign > 0 ? "B − A > 0" : "B − A < 0") + "), of the size the figures give" + implication(bf), List.of(af, bf));
    }

    /** A negative figure in parentheses: a cell starting with '-' would be quoted against spreadsheet formulas in csv. */
    private static String signed(String text, int sign) {
        return sign < 0 ? "(-" + text + ")" : text;
    }

    // ---- helpers -----------------------------------------------------------------------

    private void claim(Claim.Kind kind, String claim, String expected, String tolerance, Claim.Confidence confidence, int fromToken, int toToken,
                       String why, List<Figure> figures) {
        int n = counts.merge(kind, 1, Integer::sum);
        claims.add(new Claim(kind + "-" + n, kind, claim, expected, tolerance, confidence, tokens.get(fromToken).start(),
                tokens.get(toToken - 1).end(), why, figures));
    }

    private static Claim.Confidence implied(Claim.Confidence c, Figure... figures) {
        for (Figure f : figures) {
            if (f.note() != null && f.note().startsWith("currency implied") && c == Claim.Confidence.HIGH) {
                return Claim.Confidence.MEDIUM;
            }
        }
        return c;
    }

    private String implication(Figure... figures) {
        StringBuilder b = new StringBuilder();
        for (Figure f : figures) {
            if (f.note() != null && f.note().startsWith("currency implied")) {
                b.append("; ").append(found.text(f)).append(": ").append(f.note());
            }
        }
        return b.toString();
    }

    private FigureFinder.Sentence sentenceOf(Figure f) {
        return found.sentences().get(f.sentence());
    }

    /** The spot after spot k in the same sentence, or null. */
    private Spot next(int k) {
        if (k + 1 >= spots.size() || spots.get(k + 1).figure().sentence() != spots.get(k).figure().sentence()) {
            return null;
        }
        return spots.get(k + 1);
    }

    /** The first spot after {@code k} in z's sentence of z's kind and currency and larger than z, or null. */
    private Spot larger(int k, Spot z) {
        for (int j = k + 1; j < spots.size() && spots.get(j).figure().sentence() == z.figure().sentence(); j++) {
            Spot y = spots.get(j);
            if (same(y, z) && y.figure().value().compareTo(z.figure().value()) > 0) {
                return y;
            }
        }
        return null;
    }

    /** Two figures that can stand in one claim: both money in one currency, or both percents. */
    private static boolean same(Spot a, Spot b) {
        Figure x = a.figure(), y = b.figure();
        return (x.isMoney() && y.isMoney() && x.currency() != null && x.currency().equals(y.currency()))
                || (x.isPercent() && y.isPercent());
    }

    /** Whether only cue words (and , ( ) stand between a and b, at most {@code max} tokens, with at least one cue when {@code needCue}. */
    private boolean between(Spot a, Spot b, Set<String> cues, int max, boolean needCue) {
        return onlyCues(a.to(), b.from(), cues, max, needCue);
    }

    private boolean onlyCues(int from, int to, Set<String> cues, int max, boolean needCue) {
        int n = to - from;
        if (n < 0 || n > max) {
            return false;
        }
        boolean cue = false;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is("\u060C") || t.is("(") || t.is("-")) {
                cue |= t.is("(");
                continue;
            }
            String two = j + 1 < to && tokens.get(j + 1).isWord() ? t.text() + " " + tokens.get(j + 1).text() : null;
            if (two != null && Words.in(cues, two)) {
                cue = true;
                j++;
            } else if (t.isWord() && Words.in(cues, t.text())) {
                cue = true;
            } else {
                return false;
            }
        }
        return cue || (!needCue && n > 0);
    }

    /** "Y turnout, i.e. Z": a restating word just before z, at most a few words after y. */
    private boolean restatedAfter(Spot y, Spot z) {
        if (z.from() - y.to() > 6) {
            return false;
        }
        for (int from = Math.max(y.to(), z.from() - 3); from < z.from(); from++) {
            if (onlyCues(from, z.from(), Words.RESTATE, 3, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean cueBetween(int from, int to, Set<String> cues) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).isWord() && Words.in(cues, tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** "X % of Y": "of" (or "of the", "من") right after the percent, then Y within a few words. */
    private boolean ofRightAfter(Spot p, Spot y) {
        if (y.figure().sentence() != p.figure().sentence() || !(y.figure().isMoney() || y.figure().isPercent())) {
            return false;
        }
        int j = p.to();
        if (j >= tokens.size() || !tokens.get(j).isWord() || !Words.in(Words.OF, tokens.get(j).text())) {
            return false;
        }
        return y.from() - j <= 4;
    }

    /** The index of the first spot starting within {@code max} tokens after token i, in its sentence, or -1. */
    private int spotAfter(int i, int max) {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (s.from() > i && s.from() - i <= max) {
                return sameSentence(i, s) ? k : -1;
            }
            if (s.from() > i + max) {
                return -1;
            }
        }
        return -1;
    }

    private boolean sameSentence(int token, Spot s) {
        FigureFinder.Sentence st = found.sentences().get(s.figure().sentence());
        return token >= st.from() && token < st.to();
    }
}
