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
 * The claims an article's figures make. A relation is found by the words that say it (the cues of
 * {@link Cues}, in the orders English and Arabic write them) and by the numbers that fit it:
 * <ul>
 * <li>percent-of: {@code X %, i.e. Z, of Y}, {@code Z, or X % of Y}, {@code Z (X %) of Y},
 * {@code X % of Y, i.e. Z}, {@code Z بنسبة X % من Y};</li>
 * <li>remainder: {@code the remaining R}, {@code leaving R}, {@code المبلغ المتبقي}, its base in
 * its sentence or an earlier sentence of its paragraph;</li>
 * <li>change: {@code rose (X %) from A to B (by X %)}, {@code up X % to B from A}, {@code doubled
 * to B}, {@code ارتفعت … من A إلى B بنسبة X %}; a stated percent or difference is part of the claim;</li>
 * <li>total: {@code A and B, totalling C}, {@code a total of C: A and B}, {@code ما مجموعه};</li>
 * <li>ratio: {@code B is three times A}, {@code ضعف};</li>
 * <li>cagr: {@code an average of X % a year} between two dated figures.</li>
 * </ul>
 * A relation whose words are weak (a figure in another sentence, no cue word between the figures)
 * is a claim only when its numbers fit at their stated precision, so an inconsistent claim is only
 * written where the words say the relation. Two readings of the same stated figure are never both
 * kept: the stronger cue, then the nearer figures, wins.
 */
final class ClaimFinder {
    private static final Environment PLAIN = Environment.withoutTables();

    /** A claim before ids are given: its score decides between two readings of one stated figure. */
    private record Candidate(Claim.Kind kind, String claim, String expected, String tolerance, Claim.Confidence confidence, int fromToken,
                             int toToken, String why, List<Figure> figures, Figure stated, double score, int order) {
    }

    private final FigureFinder found;
    private final List<Token> tokens;
    private final List<Spot> spots;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The percent-of claims found, as {percent, base, part} spots, for remainders that need a base. */
    private final List<Spot[]> percentOf = new ArrayList<>();
    /** Percents read as a yearly rate (cagr): not a change's stated percent. */
    private final Set<Spot> yearly = new HashSet<>();
    /** Whether the remainder being read has a weak cue ("remained", "left", "بقي"): a claim only when it fits. */
    private boolean weakRemainder;
    /** The words of the total cue being read, for the claim's source. */
    private String totalCue = "";
    /** The paragraph of each sentence. */
    private int[] paragraph;
    private final ArticleText article;

    private ClaimFinder(ArticleText article, FigureFinder found) {
        this.article = article;
        this.found = found;
        this.tokens = found.tokens();
        this.spots = found.spots();
    }

    static ClaimFinder of(ArticleText article, FigureFinder found) {
        ClaimFinder c = new ClaimFinder(article, found);
        c.paragraphs();
        c.cagrs();
        c.percentsOf();
        c.remainders();
        c.changes();
        c.totals();
        c.ratios();
        c.resolve();
        c.quietParagraphs();
        return c;
    }

    List<Claim> claims() {
        return claims;
    }

    List<String> notes() {
        return notes;
    }

    // ---- paragraphs ---------------------------------------------------------------------

    private void paragraphs() {
        List<FigureFinder.Sentence> ss = found.sentences();
        paragraph = new int[ss.size()];
        int p = 0;
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0 && tokens.get(ss.get(i).from()).paragraphBefore()) {
                p++;
            }
            paragraph[i] = p;
        }
    }

    private int paragraphOf(Spot s) {
        return paragraph[s.figure().sentence()];
    }

    /** "N figures, no relation found" for each paragraph with two money or percent figures of which no claim reads one. */
    private void quietParagraphs() {
        Set<Integer> used = new HashSet<>();
        for (Claim c : claims) {
            for (Figure f : c.figures()) {
                used.add(f.start());
            }
        }
        Map<Integer, List<Spot>> byParagraph = new LinkedHashMap<>();
        for (Spot s : spots) {
            if (s.figure().isMoney() || s.figure().isPercent()) {
                byParagraph.computeIfAbsent(paragraphOf(s), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Spot> ps : byParagraph.values()) {
            if (ps.size() >= 2 && ps.stream().noneMatch(s -> used.contains(s.figure().start()))) {
                notes.add(article.where(ps.get(0).figure().start()) + ": " + ps.size() + " figures, no relation found");
            }
        }
    }

    // ---- percent-of --------------------------------------------------------------------

    private void percentsOf() {
        for (int k = 0; k < spots.size(); k++) {
            Spot p = spots.get(k);
            if (!p.figure().isPercent() || yearly.contains(p)) {
                continue;
            }
            // X %, i.e. Z, of Y
            Spot z = next(k);
            if (z != null && (z.figure().isMoney() || z.figure().isPercent()) && between(p, z, "restate", 4, true)) {
                Spot y = larger(k + 1, z);
                if (y != null) {
                    boolean of = cueBetween(z.to(), y.from(), "of");
                    // without "of" the words do not tie Y to X %: a claim only when it fits
                    if (of || fits(expr(p) + " of " + expr(y), expr(z), null)) {
                        add(p, y, z, of ? Claim.Confidence.HIGH : Claim.Confidence.MEDIUM,
                                of ? "X %, i.e. Z, of Y" : "X %, i.e. Z, … Y (no 'of' before Y)", 0);
                        continue;
                    }
                }
            }
            // Z, or X % of Y; Z (X %) of Y; Z بنسبة X % من Y
            Spot before = k > 0 ? spots.get(k - 1) : null;
            Spot y = next(k);
            if (before != null && y != null && same(before, y) && before.figure().sentence() == p.figure().sentence()
                    && before.figure().value().compareTo(y.figure().value()) < 0
                    && between(before, p, "restate", 4, false) && ofRightAfter(p, y)) {
                add(p, y, before, Claim.Confidence.HIGH, "Z, or X % of Y", 0);
                continue;
            }
            // Z over 48 months, equivalent to X % of Y: a clause between Z and a restating cue right before X %
            Spot zc = previousAmount(k);
            Cues.Cue lead = Cues.before(tokens, p.from(), sentenceOf(p.figure()).from(), "restate");
            if (lead == null && refersBack(p, p.from())) {
                // "وتمثل هذه الدفعة 12 %", "this payment represents 12 %": the cue, then the words that refer back
                for (int e = p.from() - 1; e >= Math.max(sentenceOf(p.figure()).from(), p.from() - 3) && lead == null; e--) {
                    lead = Cues.before(tokens, e, sentenceOf(p.figure()).from(), "restate");
                }
            }
            if (lead == null) {
                Cues.Cue about = Cues.before(tokens, p.from(), sentenceOf(p.figure()).from(), "approximate");
                lead = about != null && p.from() - about.words().size() - 1 >= 0 && tokens.get(p.from() - about.words().size() - 1).is(",") ? about : null;
            }
            if (zc != null && y != null && lead != null && same(zc, y) && zc.figure().value().compareTo(y.figure().value()) < 0
                    && p.from() - zc.to() <= 10 && commaBetween(zc.to(), p.from()) && ofRightAfter(p, y)) {
                add(p, y, zc, Claim.Confidence.HIGH, "Z …, " + lead.text() + " X % of Y", 0);
                continue;
            }
            // X % of Y, i.e. Z
            if (y != null && ofRightAfter(p, y)) {
                Spot z2 = next(k + 1);
                if (z2 != null && same(y, z2) && restatedAfter(y, z2)) {
                    add(p, y, z2, Claim.Confidence.HIGH, "X % of Y, i.e. Z", 0);
                    continue;
                }
                // by the numbers: another figure of the sentence that X % of Y gives, linked only by the sentence
                numbersPercentOf(k, p, y);
                continue;
            }
            // Z of Y, i.e. X % (of it): "شطبت 12 مليار دولار من ديونها البالغة 12.9 مليار دولار، أي نحو 93 % منها"
            Spot y2 = before;
            Spot z3 = k > 1 ? spots.get(k - 2) : null;
            if (y2 != null && z3 != null && y2.figure().isMoney() && same(z3, y2) && z3.figure().sentence() == p.figure().sentence()
                    && y2.figure().sentence() == p.figure().sentence() && z3.figure().value().compareTo(y2.figure().value()) < 0
                    && between(y2, p, "restate", 5, true) && y2.from() - z3.to() <= 10 && cueBetween(z3.to(), y2.from(), "of")) {
                add(p, y2, z3, Claim.Confidence.HIGH, "Z of Y, i.e. X %", 0);
                continue;
            }
            if (lead != null && Cues.at(tokens, p.to(), "of") != null && (y == null || !ofRightAfter(p, y))) {
                // "Z …, about 20 % of the package", "وتمثل هذه الدفعة 12 % من إجمالي التعويضات": Y and Z earlier in the paragraph
                percentOfTheWhole(k, p, zc != null && p.from() - zc.to() <= 10 && commaBetween(zc.to(), p.from()) ? zc : null, lead);
                continue;
            }
            // Z, or X % of the total: Y is a larger figure earlier in the paragraph, the one that fits
            if (before != null && before.figure().isMoney() && before.figure().sentence() == p.figure().sentence()
                    && between(before, p, "restate", 4, false) && Cues.at(tokens, p.to(), "of") != null) {
                for (int j = k - 2; j >= 0 && paragraphOf(spots.get(j)) == paragraphOf(p); j--) {
                    Spot yy = spots.get(j);
                    if (same(yy, before) && yy.figure().value().compareTo(before.figure().value()) > 0
                            && fits(expr(p) + " of " + expr(yy), expr(before), null)) {
                        add(p, yy, before, Claim.Confidence.MEDIUM, "Z, or X % of the total; Y is the larger figure before it that fits", -1);
                        break;
                    }
                }
            }
        }
    }

    /** The money spot before spot k in its sentence, past years, counts and durations, or null. */
    private Spot previousAmount(int k) {
        Spot p = spots.get(k);
        for (int j = k - 1; j >= 0 && spots.get(j).figure().sentence() == p.figure().sentence(); j--) {
            Figure f = spots.get(j).figure();
            if (f.isMoney()) {
                return spots.get(j);
            }
            if (f.isPercent()) {
                return null;
            }
        }
        return null;
    }

    private boolean commaBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(",") || tokens.get(j).is("\u060C")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X % of the package" with no figure after it: Z is the amount before it in its sentence (or,
     * when the sentence refers back, the paragraph's); Y the larger amount before it in the
     * paragraph: the one that fits, else, when there is only one, that one (the words say the relation).
     */
    private void percentOfTheWhole(int k, Spot p, Spot z, Cues.Cue lead) {
        List<Spot> before = new ArrayList<>();
        for (int j = k - 1; j >= 0 && paragraphOf(spots.get(j)) == paragraphOf(p); j--) {
            if (spots.get(j).figure().isMoney() && spots.get(j).figure().currency() != null) {
                before.add(spots.get(j));
            }
        }
        if (z == null) {
            if (!refersBack(p, p.from()) || before.size() != 2 || !same(before.get(0), before.get(1))) {
                return;
            }
            Spot a = before.get(0), b = before.get(1);
            z = a.figure().value().compareTo(b.figure().value()) < 0 ? a : b;
        }
        List<Spot> ys = new ArrayList<>();
        for (Spot y : before) {
            if (y != z && same(y, z) && y.figure().value().compareTo(z.figure().value()) > 0) {
                ys.add(y);
            }
        }
        for (Spot y : ys) {
            if (fits(expr(p) + " of " + expr(y), expr(z), null)) {
                add(p, y, z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the whole; Y is the larger figure before it that fits", -1);
                return;
            }
        }
        // "X % of GDP", "of its exports": a whole the paragraph may not state; only "of the total/package/loan" names the one before
        int of = p.to() + Cues.at(tokens, p.to(), "of").words().size();
        if (ys.size() == 1 && Cues.within(tokens, of, Math.min(sentenceOf(p.figure()).to(), of + 2), "whole")) {
            add(p, ys.get(0), z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the whole; Y is the one larger figure before it", -1);
        }
    }

    /** X % of Y and a figure Z of the same sentence, not linked by a restating word: a claim only when Z fits. */
    private void numbersPercentOf(int k, Spot p, Spot y) {
        Spot best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < spots.size(); j++) {
            Spot z = spots.get(j);
            if (j == k || z == y || z.figure().sentence() != p.figure().sentence() || !same(z, y)
                    || z.figure().value().compareTo(y.figure().value()) >= 0) {
                continue;
            }
            int d = Math.abs(z.from() - p.from());
            if (d < bestDistance && fits(expr(p) + " of " + expr(y), expr(z), null)) {
                best = z;
                bestDistance = d;
            }
        }
        if (best != null) {
            add(p, y, best, Claim.Confidence.MEDIUM, "X % of Y and Z in one sentence, no restating word between them; the numbers fit", -1);
        }
    }

    private void add(Spot p, Spot base, Spot part, Claim.Confidence confidence, String form, double bonus) {
        percentOf.add(new Spot[] {p, base, part});
        Figure pf = p.figure(), bf = base.figure(), zf = part.figure();
        Claim.Confidence c = implied(confidence, bf, zf);
        String claim = expr(p) + " of " + expr(base);
        candidate(Claim.Kind.PERCENT_OF, claim, expr(part), null, c,
                Math.min(p.from(), Math.min(base.from(), part.from())), Math.max(base.to(), part.to()),
                form + ": " + claim + " stated as " + expr(part) + implication(bf, zf) + approximation(p, base, part),
                List.of(pf, bf, zf), zf, bonus - spread(p, base, part));
    }

    // ---- remainders --------------------------------------------------------------------

    private void remainders() {
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue cue = Cues.at(tokens, i, "remainder");
            weakRemainder = false;
            if (cue == null) {
                cue = Cues.at(tokens, i, "remainder-weak");
                weakRemainder = cue != null;
            }
            if (cue == null || notRemainder(i)) {
                continue;
            }
            int k = spotAfter(i + cue.words().size() - 1, 6);
            if (k < 0) {
                k = spotBefore(i, 0); // "the $9.4 bn remaining", "الـ9.4 مليارات دولار المتبقية"
            }
            if (k < 0) {
                continue;
            }
            Spot r = spots.get(k);
            if (r.figure().isMoney()) {
                remainder(i, k, r);
            } else if (r.figure().isPercent()) {
                percentRemainder(i, k, r);
            }
            i += cue.words().size() - 1;
        }
    }

    /** "trade balance", "balance of payments": not a remainder. */
    private boolean notRemainder(int i) {
        for (int j = Math.max(0, i - 2); j <= i; j++) {
            Cues.Cue c = Cues.at(tokens, j, "not-remainder");
            if (c != null && j + c.words().size() > i) {
                return true;
            }
        }
        return false;
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
        if (p != null && approximate(p) && d != null && w != null && d.figure().value().compareTo(rf.value()) > 0) {
            // "14.1 bn, about 70 % of the 23.5 bn, … the remaining 9.4 bn": the amounts, not the rounded percent
            remaining(expr(d) + " - " + expr(w), r, Math.min(cue, Math.min(d.from(), w.from())), Claim.Confidence.HIGH,
                    "the remaining R of Y after W: Y − W (the amounts the sentence states, rather than its approximate percent)"
                            + approximation(d, w, r), List.of(d.figure(), w.figure(), rf));
            return;
        }
        if (p != null && d != null && d.figure().value().compareTo(rf.value()) > 0) {
            remaining(expr(d) + " * (1 - " + expr(p) + ")", r, from, Claim.Confidence.HIGH,
                    "the remaining R of Y after X %: Y × (1 − X %)" + approximation(d, p, r), List.of(d.figure(), p.figure(), rf));
            return;
        }
        if (p != null) {
            for (Spot[] po : percentOf) {
                Figure base = po[1].figure();
                if (po[0].figure().value().compareTo(p.figure().value()) == 0 && base.isMoney()
                        && Objects.equals(base.currency(), rf.currency()) && base.value().compareTo(rf.value()) > 0) {
                    remaining(expr(po[1]) + " * (1 - " + expr(p) + ")", r, from, Claim.Confidence.MEDIUM,
                            "the remaining R after X %; the base Y is the one the article gives for the same " + p.figure().expression()
                                    + " at line " + article.line(base.start()) + ", column " + article.column(base.start())
                                    + approximation(po[1], p, r),
                            List.of(base, p.figure(), rf));
                    return;
                }
            }
        }
        if (d != null && w != null && d.figure().value().compareTo(rf.value()) > 0) {
            remaining(expr(d) + " - " + expr(w), r, Math.min(cue, d.from()), Claim.Confidence.MEDIUM,
                    "the remaining R of Y after W: Y − W" + approximation(d, w, r), List.of(d.figure(), w.figure(), rf));
            return;
        }
        // the remainder of a write-off its paragraph states: "73 % of the 13.4 bn, i.e. 9.8 bn. … the remaining 2.6 bn"
        for (int j = percentOf.size() - 1; j >= 0; j--) {
            Spot[] po = percentOf.get(j);
            Spot base = po[1];
            if (paragraphOf(base) == paragraphOf(r) && base.to() <= r.from() && base.figure().isMoney()
                    && Objects.equals(base.figure().currency(), rf.currency()) && base.figure().value().compareTo(rf.value()) > 0) {
                remaining(expr(base) + " * (1 - " + expr(po[0]) + ")", r, Math.min(cue, po[0].from()), Claim.Confidence.MEDIUM,
                        "the remaining R after the X % of Y its paragraph states before it" + approximation(base, po[0], r),
                        List.of(base.figure(), po[0].figure(), rf));
                return;
            }
        }
        if (paragraphRemainder(cue, k, r)) {
            return;
        }
        notes.add(article.where(rf.start()) + ": the remaining " + rf.expression() + " is of no base the article states; no claim");
    }

    /**
     * The base of a remainder in an earlier sentence of its paragraph: a pair (Y, W) or (Y, X %) whose
     * remainder R fits (by the numbers only: which earlier figures the words mean is a guess).
     */
    private boolean paragraphRemainder(int cue, int k, Spot r) {
        Figure rf = r.figure();
        List<Spot> bases = new ArrayList<>(), parts = new ArrayList<>();
        for (int j = k - 1; j >= 0 && paragraphOf(spots.get(j)) == paragraphOf(r); j--) {
            Spot s = spots.get(j);
            if (s.figure().isPercent()) {
                parts.add(s);
            } else if (s.figure().isMoney() && Objects.equals(s.figure().currency(), rf.currency())) {
                if (s.figure().value().compareTo(rf.value()) > 0) {
                    bases.add(s);
                }
                parts.add(s);
            }
        }
        for (Spot y : bases) {
            for (Spot w : parts) {
                if (w == y || (w.figure().isMoney() && w.figure().value().compareTo(y.figure().value()) >= 0)) {
                    continue;
                }
                String claim = remainderOf(y, w);
                if (fits(claim, expr(r), null)) {
                    remaining(claim, r, Math.min(cue, Math.min(y.from(), w.from())), Claim.Confidence.MEDIUM,
                            "the remaining R; Y and " + (w.figure().isPercent() ? "X %" : "W") + " from earlier in its paragraph, the pair whose remainder fits"
                                    + approximation(y, w, r), List.of(y.figure(), w.figure(), rf));
                    return true;
                }
            }
        }
        return false;
    }

    private String remainderOf(Spot y, Spot w) {
        return w.figure().isPercent() ? expr(y) + " * (1 - " + expr(w) + ")" : expr(y) + " - " + expr(w);
    }

    /** "wrote off 73 %, leaving 27 %": the remaining percent is 100 % − X %. */
    private void percentRemainder(int cue, int k, Spot r) {
        for (int j = k - 1; j >= 0 && spots.get(j).figure().sentence() == r.figure().sentence(); j--) {
            Spot p = spots.get(j);
            if (p.figure().isPercent()) {
                if (p.figure().value().compareTo(new BigDecimal(100)) < 0) {
                    candidate(Claim.Kind.REMAINING, "100% - " + expr(p), expr(r), null, Claim.Confidence.HIGH, Math.min(cue, p.from()), r.to(),
                            "the remaining R % after X %: 100 % − X %" + approximation(p, r), List.of(p.figure(), r.figure()), r.figure(), 0);
                }
                return;
            }
        }
    }

    private void remaining(String claim, Spot r, int fromToken, Claim.Confidence confidence, String why, List<Figure> figures) {
        Figure rf = r.figure();
        if (weakRemainder && !fits(claim, expr(r), null)) {
            return; // "remained at 5 bn", "بقي": a remainder only when the numbers say so
        }
        Claim.Confidence c = confidence;
        for (Figure f : figures) {
            c = implied(c, f);
        }
        candidate(Claim.Kind.REMAINING, claim, expr(r), null, c, fromToken, r.to(), why + implication(figures.toArray(Figure[]::new)),
                figures, rf, 0);
    }

    // ---- changes -----------------------------------------------------------------------

    private void changes() {
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
            int ka = spotAfter(last, 2);
            if (ka < 0 || !spots.get(ka).figure().isMoney()) {
                continue;
            }
            Spot a = spots.get(ka);
            if (versus != null) {
                // B compared with A: "8.1 bn at the end of 2023 against 7.2 bn", "9.7 مليار دولار مقابل 5.6 مليار"
                int kb = ka - 1;
                while (kb >= 0 && !spots.get(kb).figure().isMoney() && !spots.get(kb).figure().isPercent()) {
                    kb--;
                }
                if (kb >= 0 && same(a, spots.get(kb)) && spots.get(kb).figure().sentence() == a.figure().sentence() && i - spots.get(kb).to() <= 8
                        && earlier(a, spots.get(kb))) {
                    Spot b = spots.get(kb);
                    int toB = toBefore(b);
                    if (change(toB >= 0 ? toB : b.from(), a, b, toB >= 0 ? toB : b.from(), a.to(), versus, i)) {
                        done.add(kb);
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
            // rose to B from A
            int kb2 = ka - 1;
            while (kb2 >= 0 && !spots.get(kb2).figure().isMoney() && !spots.get(kb2).figure().isPercent()) {
                kb2--;
            }
            if (kb2 >= 0 && same(a, spots.get(kb2)) && spots.get(kb2).figure().sentence() == a.figure().sentence()
                    && i - spots.get(kb2).to() <= 8) {
                Spot b = spots.get(kb2);
                int toB = toBefore(b);
                if (toB >= 0 && change(toB, a, b, toB, a.to(), null, -1)) {
                    done.add(kb2);
                }
            }
        }
        // up X % to B, doubled to B: A from an earlier sentence of the paragraph
        for (int kb = 0; kb < spots.size(); kb++) {
            Spot b = spots.get(kb);
            if (!b.figure().isMoney() || done.contains(kb)) {
                continue;
            }
            int toToken = toBefore(b);
            if (toToken < 0) {
                continue;
            }
            Stated st = stated(toToken, b, null, verbBefore(toToken));
            if (st != null && st.verb >= 0) {
                changeFromContext(st, b);
            }
        }
    }

    /** The first token of "to"/"إلى" before b, at most two words before it ("to a record $240 bn"), or -1. */
    private int toBefore(Spot b) {
        int floor = sentenceOf(b.figure()).from();
        for (int end = b.from(); end >= Math.max(floor, b.from() - 2); end--) {
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
        for (int j = a.to(); j < Math.min(end, a.to() + 7); j++) {
            Cues.Cue to = Cues.at(tokens, j, "to");
            if (to != null) {
                return j + to.words().size() - 1;
            }
            if (inMoneyOrPercent(j)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inMoneyOrPercent(int j) {
        for (Spot s : spots) {
            if (j >= s.from() && j < s.to()) {
                return s.figure().isMoney() || s.figure().isPercent();
            }
        }
        return false;
    }

    private boolean isYearToken(int j) {
        for (Spot s : spots) {
            if (s.figure().kind() == Figure.Kind.YEAR && j >= s.from() && j < s.to()) {
                return true;
            }
        }
        return false;
    }

    /** The verb of a change before token {@code at} in its sentence: its token and sign (+1 rise, −1 fall), or {-1, 0}. */
    private int[] verbBefore(int at) {
        FigureFinder.Sentence s = found.sentences().get(sentenceOfToken(at));
        for (int j = at - 1; j >= Math.max(s.from(), at - 14); j--) {
            if (tokens.get(j).is(";") || Cues.at(tokens, j, at, "clause") != null) {
                break;
            }
            if (Cues.at(tokens, j, "rise") != null) {
                return new int[] {j, 1};
            }
            if (Cues.at(tokens, j, "fall") != null) {
                return new int[] {j, -1};
            }
        }
        return new int[] {-1, 0};
    }

    /** What a change's sentence states besides A and B: its verb and sign, a percent, a difference or a multiple. */
    private static final class Stated {
        int verb = -1;
        int sign;
        Spot percent;
        Spot difference;
        BigDecimal multiple;
        String multipleWord;
        int[] multipleAt;
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
        FigureFinder.Sentence s = sentenceOf(b.figure());
        int lo = Math.max(s.from(), st.verb >= 0 ? st.verb : at - 1);
        int last = Math.max(b.to(), a == null ? 0 : a.to());
        int hi = Math.min(s.to(), last + 7);
        int far = Math.min(s.to(), last + 16); // a change with its cue ("بزيادة قدرها D") may stand further on
        for (int j = lo; j < hi; j++) {
            Cues.Cue m = Cues.at(tokens, j, "multiplied");
            if (m != null && m.value() != null && st.multiple == null) {
                st.multiple = m.value();
                st.multipleWord = m.text();
                st.multipleAt = new int[] {j, j + m.words().size()};
                if (st.verb < 0) {
                    st.verb = j;
                    st.sign = m.value().compareTo(BigDecimal.ONE) > 0 ? 1 : -1;
                }
            }
        }
        for (Spot x : spots) {
            if (x == b || x == a || x.from() < lo || x.from() >= far || x.figure().sentence() != b.figure().sentence() || yearly.contains(x)) {
                continue;
            }
            Cues.Cue by = Cues.before(tokens, x.from(), lo, "by");
            Cues.Cue about = by == null ? Cues.before(tokens, x.from(), lo, "approximate") : null;
            if (about != null) {
                by = Cues.before(tokens, x.from() - about.words().size(), lo, "by"); // "by some 30 %"
            }
            if (x.from() >= hi && by == null) {
                continue;
            }
            if (x.from() > last && otherClause(last, x.from() - (by != null ? by.words().size() : 0))) {
                continue; // "… to 40 bn against 41.5 bn, while debt service rose 15 %": another clause's change
            }
            boolean afterVerb = st.verb >= 0 && x.from() == st.verb + 1;
            boolean inParens = x.from() > 0 && tokens.get(x.from() - 1).is("(") && x.from() - last <= 2;
            if (by == null && !afterVerb && !inParens) {
                continue;
            }
            if (x.figure().isPercent() && st.percent == null && !sameKindPair(a, b, x)) {
                st.percent = x;
                st.end = Math.max(st.end, x.to());
                if (st.verb < 0 && by != null) {
                    int[] v = signOf(x.from() - by.words().size(), by);
                    st.verb = v[0];
                    st.sign = v[1];
                }
            } else if (x.figure().isMoney() && st.difference == null && same(x, b) && by != null
                    && x.figure().value().compareTo(b.figure().value()) < 0) {
                st.difference = x;
                st.end = Math.max(st.end, x.to());
            }
        }
        if (st.difference != null && st.percent == null) {
            // "an increase of $7.1 bn, or 21 %"
            for (Spot x : spots) {
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

    /** Whether A is the earlier figure of a comparison: dated earlier than B, or followed by "a year earlier", "السابق". */
    private boolean earlier(Spot a, Spot b) {
        Figure af = a.figure(), bf = b.figure();
        if (af.basis() != null && bf.basis() != null && af.basis().last() < bf.basis().first()) {
            return true;
        }
        return Cues.within(tokens, a.to(), Math.min(sentenceOf(af).to(), a.to() + 6), "earlier");
    }

    /** Whether tokens [from, to) start another clause: a clause word (while, في حين) or a change verb of its own. */
    private boolean otherClause(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(";") || Cues.at(tokens, j, to, "clause") != null || Cues.at(tokens, j, to, "rise") != null
                    || Cues.at(tokens, j, to, "fall") != null) {
                return true;
            }
        }
        return false;
    }

    /** A percent pair (rose from 20 % to 25 %) states no percent change besides them. */
    private static boolean sameKindPair(Spot a, Spot b, Spot x) {
        return b.figure().isPercent();
    }

    /** The sign an "up"/"down"/"an increase of" cue gives, at its token. */
    private int[] signOf(int at, Cues.Cue by) {
        for (int j = at; j < at + by.words().size(); j++) {
            if (Cues.at(tokens, j, "rise") != null) {
                return new int[] {at, 1};
            }
            if (Cues.at(tokens, j, "fall") != null) {
                return new int[] {at, -1};
            }
        }
        return new int[] {-1, 0};
    }

    /** A change from A to B in one sentence; {@code at} is its "from" (or "to") token. Returns whether a claim was made. */
    private boolean change(int at, Spot a, Spot b, int fromToken, int toToken, Cues.Cue versus, int versusAt) {
        Figure af = a.figure(), bf = b.figure();
        int first = Math.min(at, Math.min(a.from(), b.from()));
        Stated st = stated(first, b, a, verbBefore(first));
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
            String d = approximately(st.difference, Amount.of(df.value(), df.currency()).toString());
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
            String d = approximate(st.difference) ? "about(" + Amount.of(sf.value(), sf.currency()) + ")" : Amount.of(sf.value(), sf.currency()).toString();
            candidate(Claim.Kind.CHANGE, "change(" + pair + ")", signed(d, st.sign), null, implied(Claim.Confidence.HIGH, bf, sf), start, end,
                    "'" + words(st.verb) + "' from A to B by D: change(A, B)" + implication(bf, sf) + approximation(a, b, st.difference), List.of(af, bf, sf), sf, 1);
            return true;
        }
        if (st.multiple != null) {
            multiplied(st, a, b, start, end, Claim.Confidence.HIGH, "");
            return true;
        }
        BigDecimal size = bf.value().subtract(af.value()).abs();
        String expected = signed(Amount.of(size, af.currency()).toString(), st.sign);
        candidate(Claim.Kind.CHANGE, "change(" + pair + ")", expected, "±0", implied(Claim.Confidence.HIGH, bf), st.verb, b.to() > a.to() ? b.to() : a.to(),
                "'" + article.text().substring(tokens.get(st.verb).start(), tokens.get(st.verb).end()) + "' from A to B, no change stated: the row checks the direction the verb claims ("
                        + (st.sign > 0 ? "B − A > 0" : "B − A < 0") + "), of the size the figures give" + implication(bf), List.of(af, bf), bf, 0);
        return true;
    }

    /** "doubled from A to B": ratio(B, A) = m, within ±5 % of it (a multiple in words is round), or as its approximation says. */
    private void multiplied(Stated st, Spot a, Spot b, int start, int end, Claim.Confidence confidence, String context) {
        String[] m = multipleExpected(st.multiple, true, st.multipleAt);
        candidate(Claim.Kind.CHANGE, ratioOf(b, a), m[0], m[1], implied(confidence, b.figure()), start, end,
                "'" + words(st.multipleAt[0], st.multipleAt[1]) + "' from A to B: B ÷ A = " + m[2] + context
                        + implication(a.figure(), b.figure()), List.of(a.figure(), b.figure()), b.figure(), 0);
    }

    /** ratio(B, A), the price years dropped when they differ (a nominal ratio). */
    private String ratioOf(Spot b, Spot a) {
        boolean oneBasis = Objects.equals(a.figure().basis(), b.figure().basis());
        return "ratio(" + (oneBasis ? expr(b) : nominal(b)) + ", " + (oneBasis ? expr(a) : nominal(a)) + ")";
    }

    /**
     * The expected value, tolerance and explanation of a multiple m written at tokens {@code at}
     * ({from, to}): a round one in words within ±5 %; "more than twice" at_least(2), up to 10 % more;
     * "nearly tripled" at_most(3), up to 10 % less; "about three times" about(3); a decimal (2.7 times) as stated.
     */
    private String[] multipleExpected(BigDecimal m, boolean round, int[] at) {
        String x = m.stripTrailingZeros().toPlainString();
        FigureFinder.Sentence s = found.sentences().get(sentenceOfToken(at[0]));
        Cues.Cue over = Cues.before(tokens, at[0], s.from(), "at-least"), under = Cues.before(tokens, at[0], s.from(), "at-most");
        Cues.Cue about = Cues.before(tokens, at[0], s.from(), "approximate");
        if (over != null) {
            return new String[] {"at_least(" + x + ")", null, x + " or a little more ('" + over.text() + "': up to 10 % above)"};
        }
        if (under != null) {
            return new String[] {"at_most(" + x + ")", null, x + " or a little less ('" + under.text() + "': up to 10 % below)"};
        }
        if (about != null) {
            return new String[] {"about(" + x + ")", null, "about " + x + " ('" + about.text() + "': ±5 %, or its stated precision if wider)"};
        }
        return round ? new String[] {x, "±5%", x + ", a round multiple, so within ±5 % of it"} : new String[] {x, null, x};
    }

    /**
     * "up 30 % to B", "doubled to B" with no A in the sentence: A is a figure of the same currency
     * earlier in the paragraph, the one the stated change fits; else the only one there.
     */
    private void changeFromContext(Stated st, Spot b) {
        if (st.percent == null && st.multiple == null && st.difference == null) {
            return;
        }
        List<Spot> as = new ArrayList<>();
        for (Spot a : spots) {
            boolean earlier = a.figure().basis() != null && b.figure().basis() != null && a.figure().basis().last() < b.figure().basis().first();
            boolean later = a.figure().basis() != null && b.figure().basis() != null && a.figure().basis().first() >= b.figure().basis().first()
                    && !a.figure().basis().equals(b.figure().basis());
            // A before B in the paragraph, or after it in its sentence when dated earlier ("rose to B in 2024, from A in 2022")
            boolean place = a.to() <= b.from() || (a.from() >= b.to() && a.figure().sentence() == b.figure().sentence() && earlier);
            if (place && a != b && a != st.percent && a != st.difference && same(a, b) && a.figure().isMoney() && paragraphOf(a) == paragraphOf(b)
                    && !later) {
                as.add(a);
            }
        }
        as.sort(Comparator.comparingInt((Spot a) -> Math.abs(a.from() - b.from())));
        if (as.isEmpty()) {
            return;
        }
        String why = "; A from earlier in its paragraph";
        for (Spot a : as) {
            if (a.figure().basis() != null && a.figure().basis().equals(b.figure().basis())) {
                continue;
            }
            String claim = "growth(" + expr(a) + ", " + expr(b) + ")";
            String expected = st.percent != null ? signed(expr(st.percent), st.sign) : null;
            String tolerance = null;
            if (st.multiple != null && st.percent == null) {
                String[] m = multipleExpected(st.multiple, true, st.multipleAt);
                claim = ratioOf(b, a);
                expected = m[0];
                tolerance = m[1];
            }
            if (expected == null) {
                claim = "change(" + expr(a) + ", " + expr(b) + ")";
                Figure sf = st.difference.figure();
                expected = signed(Amount.of(sf.value(), sf.currency()).toString(), st.sign);
            }
            if (fits(claim, expected, tolerance)) {
                Spot stated = st.percent != null ? st.percent : st.difference != null ? st.difference : b;
                List<Figure> fs = stated == b ? List.of(a.figure(), b.figure()) : List.of(a.figure(), b.figure(), stated.figure());
                candidate(Claim.Kind.CHANGE, claim, expected, tolerance, Claim.Confidence.MEDIUM, Math.min(st.verb, b.from()), Math.max(b.to(), st.end),
                        "'" + words(st.verb) + "' to B by the change stated; A is the earlier figure of its paragraph the change fits" + approximation(a, b, stated) + implication(a.figure(), b.figure()),
                        fs, stated.figure(), -0.5);
                return;
            }
        }
    }

    /** The article's word at token j, as written. */
    private String words(int j) {
        return words(j, j + 1);
    }

    /** The article's words of tokens [from, to), as written. */
    private String words(int from, int to) {
        return article.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Whether B's sentence, before its verb, refers back to an earlier sentence ("it", "they", "the figure", "ثم"). */
    private boolean refersBack(Spot b, int verb) {
        FigureFinder.Sentence s = sentenceOf(b.figure());
        return Cues.within(tokens, s.from(), Math.max(s.from(), verb + 1), "anaphor");
    }

    /** A negative figure in parentheses: a cell starting with '-' would be quoted against spreadsheet formulas in csv. */
    private static String signed(String text, int sign) {
        return sign < 0 ? "(-" + text + ")" : text;
    }

    // ---- totals ------------------------------------------------------------------------

    /** "A and B, totalling C", "a total of C: A … and B", "ما مجموعه C". */
    private void totals() {
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue cue = Cues.at(tokens, i, "total");
            boolean strong = cue != null;
            if (cue == null) {
                cue = Cues.at(tokens, i, "total-weak");
            }
            if (cue == null) {
                continue;
            }
            int end = i + cue.words().size();
            totalCue = article.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
            // C right after the cue, else right before it ("C in total"); before it first for "C, of which A … and B"
            boolean ofWhich = Cues.at(tokens, i, "total-before") != null;
            int kc = ofWhich ? spotBefore(i, 14) : spotAfter(end - 1, strong ? 4 : 8);
            if (kc < 0 || !(spots.get(kc).figure().isMoney() || spots.get(kc).figure().isPercent())) {
                kc = ofWhich ? -1 : spotBefore(i, 1);
            }
            if (kc < 0 || !(spots.get(kc).figure().isMoney() || spots.get(kc).figure().isPercent())) {
                continue;
            }
            Spot c = spots.get(kc);
            List<Spot> before = run(kc, -1, c), after = run(kc, 1, c);
            int from = Math.min(i, c.from()), to = Math.max(end, c.to());
            if (!total(c, before, strong, from, to) && !total(c, after, strong, from, to) && !before.isEmpty() && !after.isEmpty()) {
                // parts on both sides: "3 bn …, a package worth 4.2 bn in all, which also includes 1.2 bn"
                List<Spot> both = new ArrayList<>(before);
                both.addAll(after);
                String claim = sum(both);
                if (claim != null && both.size() <= 6 && fits(claim, expr(c), null)) {
                    totalClaim(c, both, claim, Claim.Confidence.MEDIUM, from, to, "; parts on both sides of the total, whose sum fits");
                }
            }
            i = end - 1;
        }
    }

    /**
     * The figures of c's kind and currency next to c, going one way, each smaller than c: the parts
     * of a total. They stay in c's sentence, except that the parts after a total may be the next
     * sentence of its paragraph ("a combined $16 bn. Riyadh offered $5 bn, Abu Dhabi $3 bn and
     * Kuwait $4 bn"); a figure after "including" is a part of the part before it, not a part.
     */
    private List<Spot> run(int kc, int step, Spot c) {
        List<Spot> out = new ArrayList<>();
        Spot last = c;
        boolean crossed = false;
        for (int j = kc + step; j >= 0 && j < spots.size(); j += step) {
            Spot s = spots.get(j);
            boolean nextSentence = s.figure().sentence() != c.figure().sentence();
            if (nextSentence && !(step > 0 && out.isEmpty() && !crossed && s.figure().sentence() == c.figure().sentence() + 1
                    && paragraphOf(s) == paragraphOf(c))) {
                if (!(crossed && s.figure().sentence() == last.figure().sentence())) {
                    break;
                }
            }
            if (nextSentence && !crossed) {
                crossed = true;
                last = s;
            }
            if (s.figure().kind() == Figure.Kind.YEAR || s.figure().kind() == Figure.Kind.COUNT || s.figure().kind() == Figure.Kind.QUANTITY) {
                continue;
            }
            if (!same(s, c) || s.figure().value().compareTo(c.figure().value()) >= 0) {
                break;
            }
            if (!out.isEmpty() && step > 0 && Cues.within(tokens, Math.max(last.to(), s.from() - 3), s.from(), "including")) {
                last = s; // "$5 bn, including a $2 bn deposit": not a part, but the list goes on after it
                continue;
            }
            int gap = step < 0 ? last.from() - s.to() : s.from() - last.to();
            // the first part after a total may follow a clause about it ("$2.2 bn of Eurobonds on Monday, …, split between $700 m")
            if (gap > 12 && !(crossed && out.isEmpty()) && !(out.isEmpty() && step > 0 && gap <= 20)) {
                break;
            }
            out.add(s);
            last = s;
            if (out.size() == 6) {
                break;
            }
        }
        if (step < 0) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private boolean total(Spot c, List<Spot> parts, boolean strong, int cueFrom, int cueTo) {
        if (parts.size() < 2) {
            return false;
        }
        // the whole run, then shorter runs next to the total, the first whose sum fits
        int n = parts.size();
        boolean before = parts.get(0).from() < c.from();
        for (int len = n; len >= 2; len--) {
            List<Spot> ps = before ? parts.subList(n - len, n) : parts.subList(0, len);
            String claim = sum(ps);
            if (claim == null) {
                return false;
            }
            if (fits(claim, expr(c), null)) {
                totalClaim(c, ps, claim, strong && len == n ? Claim.Confidence.HIGH : Claim.Confidence.MEDIUM, cueFrom, cueTo,
                        len == n ? "" : "; the " + len + " figures next to the total whose sum fits");
                return true;
            }
        }
        // the words say a total of these parts: "A and B, totalling C"
        if (strong && n <= 4 && joined(parts)) {
            String claim = sum(parts);
            totalClaim(c, parts, claim, Claim.Confidence.HIGH, cueFrom, cueTo, "");
            return true;
        }
        return false;
    }

    /** Whether the last two parts are joined by "and"/"و" (a list of parts, not figures that happen to stand together). */
    private boolean joined(List<Spot> parts) {
        Spot x = parts.get(parts.size() - 2), y = parts.get(parts.size() - 1);
        for (int j = x.to(); j < y.from(); j++) {
            Token t = tokens.get(j);
            // Arabic writes "and" onto the next word: والإمارات
            if (t.isWord() && (t.is("and") || t.is("و") || t.is("plus") || t.text().startsWith("و") && t.text().length() > 3)) {
                return true;
            }
        }
        return false;
    }

    private String sum(List<Spot> ps) {
        boolean oneBasis = ps.stream().map(s -> s.figure().basis()).distinct().count() == 1;
        StringBuilder b = new StringBuilder();
        for (Spot s : ps) {
            if (b.length() > 0) {
                b.append(" + ");
            }
            b.append(oneBasis || !s.figure().isMoney() ? expr(s) : nominal(s));
        }
        return b.toString();
    }

    private void totalClaim(Spot c, List<Spot> parts, String claim, Claim.Confidence confidence, int cueFrom, int cueTo, String how) {
        List<Figure> fs = new ArrayList<>();
        Spot[] all = new Spot[parts.size() + 1];
        for (int j = 0; j < parts.size(); j++) {
            fs.add(parts.get(j).figure());
            all[j] = parts.get(j);
        }
        fs.add(c.figure());
        all[parts.size()] = c;
        boolean oneBasis = parts.stream().map(s -> s.figure().basis()).distinct().count() == 1;
        String expected = oneBasis || !c.figure().isMoney() ? expr(c) : nominal(c);
        int from = Math.min(cueFrom, parts.get(0).from()), to = Math.max(cueTo, parts.get(parts.size() - 1).to());
        candidate(Claim.Kind.TOTAL, claim, expected, null, implied(confidence, fs.toArray(Figure[]::new)), from, to,
                "'" + totalCue + "': the parts A + B … stated with their total C" + how + (oneBasis ? "" : "; the parts are of different years: a nominal sum")
                        + implication(fs.toArray(Figure[]::new)) + approximation(all), fs, c.figure(), confidence == Claim.Confidence.HIGH ? 1 : 0);
    }

    // ---- ratios ------------------------------------------------------------------------

    /** "B is three times A", "3 times the A", "ضعف A", "ثلاثة أضعاف A": ratio(B, A) = the multiple. */
    private void ratios() {
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
            if (m == null || m.signum() <= 0) {
                continue;
            }
            int kb = spotBefore(from, 12), ka = spotAfter(to - 1, 8);
            if (kb < 0 || ka < 0 || !spots.get(kb).figure().isMoney() || !same(spots.get(ka), spots.get(kb))
                    || spots.get(kb).figure().sentence() != spots.get(ka).figure().sentence() || spots.get(ka).figure().value().signum() == 0) {
                // "nearly three times as much", "2.7 ضعف قيمته الأصلية": the two figures are earlier in the paragraph, the pair that fits
                numbersRatio(m, integerWords || m.scale() <= 0, from, to, word);
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
            boolean near = from - b.to() <= 6 && a.from() - to <= 4;
            if (!near && !fits(claim, expected, tolerance)) {
                continue;
            }
            candidate(Claim.Kind.RATIO, claim, expected, tolerance, near ? implied(Claim.Confidence.HIGH, a.figure(), b.figure()) : Claim.Confidence.MEDIUM,
                    Math.min(b.from(), from), Math.max(a.to(), to),
                    "'" + word + "': B ÷ A = " + mx[2]
                            + (oneBasis ? "" : "; A and B are of different years: a nominal ratio") + implication(a.figure(), b.figure())
                            + approximation(a, b), List.of(b.figure(), a.figure()), b.figure(), near ? 1 : 0);
            i = to - 1;
        }
    }

    /** A multiple with no pair of figures around it: the nearest pair (B > A) of one currency before it in its paragraph whose ratio fits. */
    private void numbersRatio(BigDecimal m, boolean round, int from, int to, String word) {
        int sentence = sentenceOfToken(from);
        List<Spot> before = new ArrayList<>();
        for (Spot s : spots) {
            if (s.figure().isMoney() && s.figure().currency() != null && s.to() <= from && paragraph[s.figure().sentence()] == paragraph[sentence]) {
                before.add(0, s);
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
                    candidate(Claim.Kind.RATIO, claim, mx[0], mx[1], Claim.Confidence.MEDIUM, from, to,
                            "'" + word + "': B ÷ A = " + mx[2] + "; B and A are the pair before it in its paragraph whose ratio fits"
                                    + approximation(a, b), List.of(b.figure(), a.figure()), b.figure(), -1);
                    return;
                }
            }
        }
    }

    // ---- average yearly growth ---------------------------------------------------------

    /** "an average of 7 % a year", "بمعدل 7 % سنويا" between two dated figures of one currency: cagr(A, B, years). */
    private void cagrs() {
        for (Spot p : spots) {
            if (!p.figure().isPercent()) {
                continue;
            }
            FigureFinder.Sentence s = sentenceOf(p.figure());
            boolean perYear = Cues.within(tokens, p.to(), Math.min(s.to(), p.to() + 4), "per-year")
                    || Cues.within(tokens, Math.max(s.from(), p.from() - 4), p.from(), "per-year");
            boolean growing = Cues.within(tokens, Math.max(s.from(), p.from() - 8), Math.min(s.to(), p.to() + 4), "growing");
            if (!perYear || !growing) {
                continue;
            }
            // the dated figures of one currency: the sentence's, else the paragraph's before it
            List<Spot> dated = new ArrayList<>();
            for (Spot x : spots) {
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
            if (a == null) {
                continue;
            }
            int years = b.figure().basis().first() - a.figure().basis().first();
            String claim = "cagr(" + expr(a) + ", " + expr(b) + ", " + years + ")";
            boolean oneSentence = a.figure().sentence() == p.figure().sentence() && b.figure().sentence() == p.figure().sentence();
            if (!oneSentence && !fits(claim, expr(p), null)) {
                continue; // a dated pair from other sentences may be of something else: a claim only when it fits
            }
            yearly.add(p);
            candidate(Claim.Kind.CAGR, claim, signed(expr(p), Cues.within(tokens, Math.max(s.from(), p.from() - 8), p.from(), "fall")
                            && !Cues.within(tokens, Math.max(s.from(), p.from() - 8), p.from(), "rise") ? -1 : 1), null,
                    implied(oneSentence ? Claim.Confidence.HIGH : Claim.Confidence.MEDIUM, a.figure(), b.figure()),
                    Math.min(a.from(), Math.min(b.from(), p.from())), Math.max(a.to(), Math.max(b.to(), p.to())),
                    "an average of X % a year from A (" + a.figure().basis() + ") to B (" + b.figure().basis() + "): cagr(A, B, " + years + ")"
                            + (oneSentence ? "" : "; A or B from another sentence of the paragraph") + implication(a.figure(), b.figure())
                            + approximation(a, b, p), List.of(a.figure(), b.figure(), p.figure()), p.figure(), 1);
        }
    }

    // ---- candidates and claims ---------------------------------------------------------

    /** A price year written after an amount in a claim: {@code @2015}, {@code @1989-1990}. */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("@\\d{4}(?:-\\d{4})?");

    private void candidate(Claim.Kind kind, String claim, String expected, String tolerance, Claim.Confidence confidence, int fromToken, int toToken,
                           String why, List<Figure> figures, Figure stated, double score) {
        if (verdictOf(claim, expected, tolerance) == null) {
            // amounts of a stated year met amounts the article gives no year: check assumes none, so
            // the claim compares the amounts as written, and says so
            String undated = YEARS.matcher(claim).replaceAll(""), undatedExpected = YEARS.matcher(expected).replaceAll("");
            boolean mixed = figures.stream().anyMatch(f -> f.isMoney() && !f.expression().contains("@"))
                    && (!undated.equals(claim) || !undatedExpected.equals(expected));
            if (!mixed || verdictOf(undated, undatedExpected, tolerance) == null) {
                return; // check could not evaluate it: no claim rather than a claims file that fails
            }
            claim = undated;
            expected = undatedExpected;
            why = why + "; price years left out: not every amount states its year, so the amounts are compared as written";
        }
        double s = score + (confidence == Claim.Confidence.HIGH ? 2 : 1) - (toToken - fromToken) / 1000.0;
        candidates.add(new Candidate(kind, claim, expected, tolerance, confidence, fromToken, toToken, why, figures, stated, s, candidates.size()));
    }

    /** One claim per kind and stated figure (the best reading), in the order of the text, numbered per kind. */
    private void resolve() {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String key = c.kind() + "@" + c.stated().start();
            Candidate old = best.get(key);
            if (old == null || c.score() > old.score()) {
                best.put(key, c);
            }
        }
        List<Candidate> kept = new ArrayList<>(best.values());
        kept.sort(Comparator.comparingInt(Candidate::order));
        kept.sort(Comparator.comparingInt((Candidate c) -> tokens.get(c.fromToken()).start()));
        Map<Claim.Kind, Integer> counts = new EnumMap<>(Claim.Kind.class);
        for (Candidate c : kept) {
            int n = counts.merge(c.kind(), 1, Integer::sum);
            int start = tokens.get(c.fromToken()).start(), end = tokens.get(c.toToken() - 1).end();
            claims.add(new Claim(c.kind() + "-" + n, c.kind(), c.claim(), c.expected(), c.tolerance(), c.confidence(),
                    start, end, c.why() + outside(c, start, end), c.figures()));
        }
    }

    /** "; 13.4 bn at 7:1432" for each figure of a claim outside its quoted words (and not already located in its why). */
    private String outside(Candidate c, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Figure f : c.figures()) {
            String at = article.line(f.start()) + ":" + article.column(f.start());
            String said = "at line " + article.line(f.start()) + ", column " + article.column(f.start());
            if ((f.start() < start || f.end() > end) && !c.why().contains(said)) {
                b.append("; ").append(found.text(f)).append(" at ").append(at);
            }
        }
        return b.toString();
    }

    /** Whether the claim gives the expected figure as check would judge it; null when check could not evaluate it. */
    static Boolean verdictOf(String claim, String expected, String tolerance) {
        try {
            Claims.Outcome o = Claims.verify(Expressions.evaluate(claim, PLAIN).value(), Expressions.evaluate(expected, PLAIN).value(),
                    tolerance == null ? null : Tolerance.parse(tolerance));
            return o.verdict() == Verdict.CONSISTENT;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the claim gives the expected figure as check would judge it. */
    private static boolean fits(String claim, String expected, String tolerance) {
        Boolean v = verdictOf(claim, expected, tolerance);
        if (v == null) { // as candidate() does: amounts compared as written when not every one states its year
            v = verdictOf(YEARS.matcher(claim).replaceAll(""), YEARS.matcher(expected).replaceAll(""), tolerance);
        }
        return Boolean.TRUE.equals(v);
    }

    // ---- helpers -----------------------------------------------------------------------

    /** A figure as an expression: {@code about(3bn USD)}, {@code at_least(…)}, {@code at_most(…)} when the article says it is approximate. */
    private String expr(Spot s) {
        return approximately(s, s.figure().expression());
    }

    private String approximately(Spot s, String e) {
        Figure f = s.figure();
        if (f.approximate()) {
            return switch (f.approx().bound()) {
                case ABOUT -> "about(" + e + ")";
                case AT_LEAST -> "at_least(" + e + ")";
                case AT_MOST -> "at_most(" + e + ")";
            };
        }
        return approximate(s) ? "about(" + e + ")" : e;
    }

    /** An amount without its price year, for sums and ratios of different years. */
    private String nominal(Spot s) {
        Figure f = s.figure();
        return approximately(s, Amount.of(f.value(), f.currency()).toString());
    }

    /** Whether the article marks a figure as approximate ("about", "some", "نحو", "أكثر من"). */
    private boolean approximate(Spot s) {
        if (s.figure().approximate()) {
            return true;
        }
        FigureFinder.Sentence st = sentenceOf(s.figure());
        return Cues.before(tokens, s.from(), st.from(), "approximate") != null
                || (s.from() > 0 && tokens.get(s.from() - 1).is("$") && Cues.before(tokens, s.from() - 1, st.from(), "approximate") != null);
    }

    /** "; 'about 3 billion' is approximate: about() allows ±5 %" for each approximate figure. */
    private String approximation(Spot... ss) {
        StringBuilder b = new StringBuilder();
        for (Spot s : ss) {
            if (s != null && s.figure().approximate()) {
                b.append("; '").append(found.text(s.figure())).append("' is ").append(s.figure().approxNote());
            } else if (s != null && approximate(s)) {
                FigureFinder.Sentence st = sentenceOf(s.figure());
                Cues.Cue c = Cues.before(tokens, s.from(), st.from(), "approximate");
                b.append("; '").append(c != null ? c.text() + " " : "").append(found.text(s.figure()))
                        .append("' is approximate: about() widens it to at least ±5 %");
            }
        }
        return b.toString();
    }

    /** How far apart a claim's figures are, in tokens, as a small penalty. */
    private static double spread(Spot... ss) {
        int lo = Integer.MAX_VALUE, hi = 0;
        for (Spot s : ss) {
            lo = Math.min(lo, s.from());
            hi = Math.max(hi, s.to());
        }
        return (hi - lo) / 100.0;
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

    private int sentenceOfToken(int token) {
        for (FigureFinder.Sentence s : found.sentences()) {
            if (token >= s.from() && token < s.to()) {
                return s.index();
            }
        }
        return found.sentences().size() - 1;
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
    private boolean between(Spot a, Spot b, String cues, int max, boolean needCue) {
        return onlyCues(a.to(), b.from(), cues, max, needCue);
    }

    private boolean onlyCues(int from, int to, String cues, int max, boolean needCue) {
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
            Cues.Cue c = Cues.at(tokens, j, to, cues);
            Cues.Cue about = c == null ? Cues.at(tokens, j, to, "approximate") : null;
            if (c != null) {
                cue = true;
                j += c.words().size() - 1;
            } else if (about != null) {
                j += about.words().size() - 1; // "i.e. about Z", "أي ما يقارب Z": the approximation is the figure's
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
        for (int from = Math.max(y.to(), z.from() - 4); from < z.from(); from++) {
            if (onlyCues(from, z.from(), "restate", 4, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean cueBetween(int from, int to, String cues) {
        return Cues.within(tokens, from, to, cues);
    }

    /** "X % of Y": "of" (or "out of", "من") right after the percent (or its closing parenthesis), then Y within a few words. */
    private boolean ofRightAfter(Spot p, Spot y) {
        if (y.figure().sentence() != p.figure().sentence() || !(y.figure().isMoney() || y.figure().isPercent())) {
            return false;
        }
        int j = p.to();
        if (j < tokens.size() && tokens.get(j).is(")")) {
            j++;
        }
        Cues.Cue of = Cues.at(tokens, j, "of");
        if (of == null) {
            return false;
        }
        j += of.words().size() - 1;
        return y.from() - j <= 10 && !Cues.within(tokens, j, y.from(), "remainder");
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

    /** The index of the last money or percent spot ending at most {@code max} tokens before token i, in its sentence (years skipped), or -1. */
    private int spotBefore(int i, int max) {
        for (int k = spots.size() - 1; k >= 0; k--) {
            Spot s = spots.get(k);
            if (s.to() > i) {
                continue;
            }
            if (i - s.to() > max) {
                return -1;
            }
            if (!s.figure().isMoney() && !s.figure().isPercent()) {
                continue; // a year, a count, a duration between
            }
            return sameSentence(i, s) ? k : -1;
        }
        return -1;
    }

    private boolean sameSentence(int token, Spot s) {
        FigureFinder.Sentence st = found.sentences().get(s.figure().sentence());
        return token >= st.from() && token < st.to();
    }
}
