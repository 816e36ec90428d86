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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Remainders: {@code the remaining R}, {@code leaving R}, {@code المبلغ المتبقي}, their base in their
 * sentence or an earlier sentence of their paragraph; {@code leaving 27 %} is 100 % − X %.
 */
final class RemainderReader extends RelationReader {
    RemainderReader(Shared shared) {
        super(shared);
    }

    /** Whether the remainder being read has a weak cue ("remained", "left", "بقي"): a claim only when it fits. */
    private boolean weakRemainder;
    /** The base Y the words give right after R ("R of the original Y remains outstanding"), or null. */
    private Spot statedBase;

    /** Whether the remainder being read is a deficit or surplus ("العجز"): no note when it has no base. */
    private boolean difference;

    /** The percent-of claims found, by their percent and by their paragraph, each list in the order of the text. */
    private final Map<BigDecimal, List<Spot[]>> byPercent = new HashMap<>();
    private final Map<Integer, List<Spot[]>> byParagraph = new HashMap<>();
    /** The percents of the percent-of claims found. */
    private final Set<Spot> percents = new HashSet<>();

    void read() {
        for (Spot[] po : percentOf) {
            byPercent.computeIfAbsent(po[0].figure().value().stripTrailingZeros(), x -> new ArrayList<>()).add(po);
            byParagraph.computeIfAbsent(paragraphOf(po[0]), x -> new ArrayList<>()).add(po);
            percents.add(po[0]);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue cue = Cues.at(tokens, i, "remainder");
            weakRemainder = false;
            difference = false;
            if (cue == null) {
                cue = Cues.at(tokens, i, "remainder-weak");
                weakRemainder = cue != null;
            }
            if (cue == null) {
                // a deficit or surplus: one amount less another, said as a result ("ليبلغ العجز R") or only named ("العجز R")
                cue = Cues.at(tokens, i, "difference");
                Cues.Cue weak = cue == null ? Cues.at(tokens, i, "difference-weak") : null;
                weakRemainder = weak != null;
                cue = cue != null ? cue : weak;
                difference = cue != null;
            }
            if (cue == null && Cues.at(tokens, i, "result-fall") != null
                    && Cues.within(tokens, found.sentences().get(sentenceOfToken(i)).from(), i, "write-off")) {
                cue = Cues.at(tokens, i, "result-fall"); // "شطب 60 % من الدين البالغ Y، ليتراجع الدين إلى R": the rest
            }
            if (cue == null || notRemainder(i)) {
                continue;
            }
            int k = spotAfter(i + cue.words().size() - 1, 6);
            if (difference && (k < 0 || !spots.get(k).figure().isMoney())) {
                k = moneyAfter(i + cue.words().size(), 24); // "قدرت العجز في مشروع ميزانية السنة المالية الجديدة … بنحو R"
            }
            if (k < 0) {
                k = spotBefore(i, 0); // "the $9.4 bn remaining", "الـ9.4 مليارات دولار المتبقية"
            }
            statedBase = null;
            if (k < 0 && !weakRemainder) {
                // "$2.1 bn of the original $3 bn loan remains outstanding": R, "of", its base Y, a few words, the cue
                int ky = spotBefore(i, 4);
                Spot y = ky > 0 ? spots.get(ky) : null;
                Spot r0 = y == null ? null : spots.get(ky - 1);
                if (y != null && r0.figure().isMoney() && same(r0, y) && r0.figure().sentence() == y.figure().sentence()
                        && Cues.within(tokens, r0.to(), Math.min(y.from(), r0.to() + 1), "of") && y.from() - r0.to() <= 4
                        && !commaBetween(y.to(), i) && r0.figure().value().compareTo(y.figure().value()) < 0) {
                    k = ky - 1;
                    statedBase = y;
                }
            }
            if (k < 0) {
                continue;
            }
            Spot r = spots.get(k);
            if (statedBase == null && !weakRemainder && r.figure().isMoney() && Cues.at(tokens, r.to(), "of") != null) {
                // "leaving R of the Y loan to be paid": the base named right after R
                int ky = spotAfter(r.to(), 3);
                Spot y = ky >= 0 ? spots.get(ky) : null;
                statedBase = y != null && same(y, r) && y.figure().value().compareTo(r.figure().value()) > 0 && allWords(r.to(), y.from()) ? y : null;
            }
            if (difference && !r.figure().isMoney()) {
                i += cue.words().size() - 1;
                continue; // "a deficit of 5 % of GDP": no amount
            }
            if (r.figure().isMoney()) {
                remainder(i, k, r);
            } else if (r.figure().isPercent()) {
                percentRemainder(i, k, r);
            }
            i += cue.words().size() - 1;
        }
    }

    /** "X % من هذه الديون": the last amount of R's currency, larger than R, in the sentence before X %'s; else null. */
    private Spot pointedBase(Spot p, Spot r) {
        int j = p.to();
        Cues.Cue of = j < tokens.size() ? Cues.at(tokens, j, "of") : null;
        if (of == null || j + of.words().size() >= tokens.size() || Cues.at(tokens, j + of.words().size(), "demonstrative") == null) {
            return null;
        }
        for (int k = indexOf(p) - 1; k >= 0 && near(k, indexOf(p)); k--) {
            Spot y = spots.get(k);
            if (y.figure().sentence() < p.figure().sentence() - 1 || paragraphOf(y) != paragraphOf(p)) {
                return null;
            }
            if (y.figure().isMoney() && Objects.equals(y.figure().currency(), r.figure().currency()) && !y.figure().isRange()) {
                return y.figure().sentence() == p.figure().sentence() - 1 && y.figure().value().compareTo(r.figure().value()) > 0 ? y : null;
            }
        }
        return null;
    }

    /**
     * The part a remainder's sentence names by a write-off word ("ومع الإعفاء يتبقى منها نحو R") when an earlier sentence
     * of its paragraph gives that write-off's amount ("ما يتيح إعفاءه من ديون تبلغ W"): the last such amount, of R's
     * currency and smaller than the base d; or null.
     */
    private Spot namedPart(Spot r, Spot d) {
        FigureFinder.Sentence s = sentenceOf(r.figure());
        if (!Cues.within(tokens, s.from(), r.from(), "write-off")) {
            return null;
        }
        Spot w = null;
        for (int j = indexOf(d) - 1; j >= 0 && near(j, indexOf(r)) && paragraphOf(spots.get(j)) == paragraphOf(r); j--) {
            Spot x = spots.get(j);
            FigureFinder.Sentence xs = sentenceOf(x.figure());
            if (x.figure().sentence() < r.figure().sentence() && x.figure().isMoney() && Objects.equals(x.figure().currency(), r.figure().currency())
                    && x.figure().value().compareTo(d.figure().value()) < 0
                    && Cues.within(tokens, Math.max(xs.from(), x.from() - 8), x.from(), "write-off")) {
                w = x;
                break;
            }
        }
        return w;
    }

    /**
     * The amount of R's currency in the sentence before R's, of its paragraph, larger than the part d (the last such);
     * null when R's sentence holds another amount of that currency than d, or there is none.
     */
    private Spot wholeBefore(Spot r, Spot d) {
        FigureFinder.Sentence s = sentenceOf(r.figure());
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < r.from(); k++) {
            Spot x = spots.get(k);
            if (x != d && x.figure().isMoney() && Objects.equals(x.figure().currency(), r.figure().currency())) {
                return null;
            }
        }
        for (int k = indexOf(d) - 1; k >= 0 && near(k, indexOf(r)); k--) {
            Spot x = spots.get(k);
            if (x.figure().sentence() < r.figure().sentence() - 1 || paragraphOf(x) != paragraphOf(r)) {
                return null;
            }
            if (x.figure().sentence() == r.figure().sentence() - 1 && x.figure().isMoney() && !x.figure().isRange()
                    && Objects.equals(x.figure().currency(), r.figure().currency()) && x.figure().value().compareTo(d.figure().value()) > 0) {
                return x;
            }
        }
        return null;
    }

    /** The first money spot within {@code max} tokens after token i in its sentence, years passed over, no percent before it; or -1. */
    private int moneyAfter(int i, int max) {
        int s = sentenceOfToken(Math.min(i, tokens.size() - 1));
        for (int k = firstSpotFrom(i); k < spots.size() && spots.get(k).from() <= i + max; k++) {
            Figure f = spots.get(k).figure();
            if (f.sentence() != s || f.isPercent()) {
                return -1;
            }
            if (f.isMoney()) {
                return k;
            }
        }
        return -1;
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

    /** One way to read a remainder: its claim, where its words start, how sure, why, its figures. */
    private record Way(String claim, int from, Claim.Confidence confidence, String why, List<Figure> figures) {
    }

    /**
     * A remainder R and its base: Y − W when the words state the part W as an amount, Y × (1 − X %)
     * when they state it as a percent of Y; in R's sentence, else from a percent-of its paragraph
     * states before it, else from the same percent of a base elsewhere in the article. When both
     * forms of the part are stated (W and X % of Y = W) and they disagree, the remainder is read the
     * way that fits (the disagreement is the percent-of claim's); when neither fits, as Y − W.
     */
    private void remainder(int cue, int k, Spot r) {
        Figure rf = r.figure();
        Spot p = null, d = null, w = null;
        for (int j = k - 1; j >= 0 && near(j, k) && spots.get(j).figure().sentence() == rf.sentence(); j--) {
            Figure f = spots.get(j).figure();
            if (f.isPercent() && p == null && partPercent(spots.get(j))) {
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
        List<Way> ways = new ArrayList<>();
        if (statedBase != null && d != null && d.figure().value().compareTo(statedBase.figure().value()) < 0) {
            // "After a $900 m payment, $2.1 bn of the original $3 bn loan remains outstanding": Y − W, Y named after R
            Spot y = statedBase;
            ways.add(new Way(expr(y) + " - " + expr(d), Math.min(cue, d.from()), Claim.Confidence.HIGH,
                    "the remaining R of Y after W, Y named after R: Y − W" + approximation(y, d, r), List.of(y.figure(), d.figure(), rf)));
        }
        boolean base = d != null && d.figure().value().compareTo(rf.value()) > 0;
        if (base && w == null && p == null) {
            w = namedPart(r, d); // "ومع الإعفاء يتبقى منها R": the write-off an earlier sentence gives the amount of
        }
        if (base && w == null && p == null && !weakRemainder && !difference && Tokens.arabicLetter(tokens.get(cue).text().charAt(0))) {
            // "تعهد المانحون بـY. وتتوزع التعهدات بين W على شكل منح، والباقي R قروض": the one amount before the rest in its
            // sentence is a part of the whole the sentence before gives (Arabic only: in English it raised a false alarm
            // on an unseen split's totals)
            Spot y = wholeBefore(r, d);
            if (y != null) {
                w = d;
                d = y;
            }
        }
        if (base) {
            // "Y, of which A …, and B …, the rest R": every amount of Y's currency between Y and R is a part taken
            List<Spot> parts = new ArrayList<>();
            for (int j = indexOf(d) + 1; j < k; j++) {
                Spot x = spots.get(j);
                if (x.figure().isMoney() && Objects.equals(x.figure().currency(), rf.currency())) {
                    parts.add(x);
                }
            }
            if (parts.size() >= 2 && parts.size() <= 5) {
                StringBuilder claim = new StringBuilder(expr(d));
                List<Figure> fs = new ArrayList<>(List.of(d.figure()));
                for (Spot x : parts) {
                    claim.append(" - ").append(expr(x));
                    fs.add(x.figure());
                }
                fs.add(rf);
                ways.add(new Way(claim.toString(), Math.min(cue, d.from()), Claim.Confidence.HIGH,
                        "the remaining R of Y after the parts W1, W2 … its sentence lists: Y − W1 − W2 …"
                                + approximation(parts.toArray(Spot[]::new)) + approximation(d, r), fs));
            }
        }
        if (base && p != null && !approximate(p)) {
            ways.add(new Way(expr(d) + " * (1 - " + expr(p) + ")", Math.min(cue, p.from()), Claim.Confidence.HIGH,
                    "the remaining R of Y after X %: Y × (1 − X %)" + approximation(d, p, r), List.of(d.figure(), p.figure(), rf)));
        }
        if (base && w != null) {
            ways.add(new Way(expr(d) + " - " + expr(w), Math.min(cue, Math.min(d.from(), w.from())), Claim.Confidence.HIGH,
                    "the remaining R of Y after W: Y − W" + approximation(d, w, r), List.of(d.figure(), w.figure(), rf)));
        }
        if (base && p != null && approximate(p)) {
            // "14.1 bn, about 70 % of the 23.5 bn, … the remaining 9.4 bn": the amounts before the rounded percent
            ways.add(new Way(expr(d) + " * (1 - " + expr(p) + ")", Math.min(cue, p.from()), Claim.Confidence.HIGH,
                    "the remaining R of Y after X %: Y × (1 − X %)" + approximation(d, p, r), List.of(d.figure(), p.figure(), rf)));
        }
        Spot pointed = !base && p != null ? pointedBase(p, r) : null;
        if (ways.isEmpty() && pointed != null) {
            // "وكانت الديون Y. وألغي 40 % من هذه الديون، لتنخفض إلى R": "of these" points at the amount of the sentence before
            ways.add(new Way(expr(pointed) + " * (1 - " + expr(p) + ")", Math.min(cue, p.from()), Claim.Confidence.HIGH,
                    "the remaining R after X % of 'these' Y, the amount of the sentence before: Y × (1 − X %)" + approximation(pointed, p, r),
                    List.of(pointed.figure(), p.figure(), rf)));
        }
        if (ways.isEmpty()) {
            // the remainder of a write-off its paragraph states: "73 % of the 13.4 bn, i.e. 9.8 bn. … the remaining 2.6 bn"
            List<Spot[]> inParagraph = byParagraph.getOrDefault(paragraphOf(r), List.of());
            int last = inParagraph.size() - 1;
            while (last >= 0 && inParagraph.get(last)[0].from() > r.from()) {
                last--; // percents after the remainder (a paragraph's list is in the order of the text)
            }
            for (int j = last; j >= 0 && j > last - WINDOW && ways.isEmpty(); j--) {
                Spot[] po = inParagraph.get(j);
                Spot y = po[1], part = po[2];
                if (y.to() <= r.from() && y.figure().isMoney() && Objects.equals(y.figure().currency(), rf.currency())
                        && y.figure().value().compareTo(rf.value()) > 0) {
                    int from = Math.min(cue, po[0].from());
                    ways.add(new Way(expr(y) + " * (1 - " + expr(po[0]) + ")", from, Claim.Confidence.MEDIUM,
                            "the remaining R after the X % of Y its paragraph states before it" + approximation(y, po[0], r),
                            List.of(y.figure(), po[0].figure(), rf)));
                    if (part.figure().isMoney() && same(part, y)) {
                        ways.add(new Way(expr(y) + " - " + expr(part), from, Claim.Confidence.MEDIUM,
                                "the remaining R after the part W of Y its paragraph states before it: Y − W" + approximation(y, part, r),
                                List.of(y.figure(), part.figure(), rf)));
                    }
                }
            }
        }
        if (ways.isEmpty() && difference) {
            // "العجز … R، إذ تبلغ المصروفات Y مقابل إيرادات W": the two amounts the deficit is of, after it in its sentence
            List<Spot> after = new ArrayList<>();
            for (int j = k + 1; j < spots.size() && near(j, k) && spots.get(j).figure().sentence() == rf.sentence(); j++) {
                Figure f = spots.get(j).figure();
                if (f.isMoney() && Objects.equals(f.currency(), rf.currency())) {
                    after.add(spots.get(j));
                }
            }
            if (after.size() == 2) {
                Spot y = after.get(0).figure().value().compareTo(after.get(1).figure().value()) >= 0 ? after.get(0) : after.get(1);
                Spot x = y == after.get(0) ? after.get(1) : after.get(0);
                ways.add(new Way(expr(y) + " - " + expr(x), Math.min(cue, r.from()), Claim.Confidence.MEDIUM,
                        "the difference R of the two amounts its sentence gives after it: Y − W" + approximation(y, x, r),
                        List.of(y.figure(), x.figure(), rf)));
            }
        }
        if (ways.isEmpty() && !weakRemainder && !difference && d != null && !base) {
            // "Egypt will receive $15 bn within a week and the balance of $25 bn": the part W stands in R's clause, the
            // whole Y is the nearest amount before them in the paragraph larger than both
            Spot y = wholeBefore(indexOf(d), d, r);
            if (y != null) {
                ways.add(new Way(expr(y) + " - " + expr(d), Math.min(cue, d.from()), Claim.Confidence.MEDIUM,
                        "the rest R after the part W its sentence names; Y the nearest larger amount before them in its paragraph: Y − W"
                                + approximation(y, d, r), List.of(y.figure(), d.figure(), rf)));
            }
        }
        if (ways.isEmpty() && p != null) {
            List<Spot[]> same = byPercent.getOrDefault(p.figure().value().stripTrailingZeros(), List.of());
            for (Spot[] po : same.subList(0, Math.min(same.size(), WINDOW))) {
                Figure y = po[1].figure();
                if (y.isMoney() && Objects.equals(y.currency(), rf.currency()) && y.value().compareTo(rf.value()) > 0) {
                    ways.add(new Way(expr(po[1]) + " * (1 - " + expr(p) + ")", Math.min(cue, p.from()), Claim.Confidence.MEDIUM,
                            "the remaining R after X %; the base Y is the one the article gives for the same " + p.figure().expression()
                                    + " at line " + article.line(y.start()) + ", column " + article.column(y.start())
                                    + approximation(po[1], p, r),
                            List.of(y, p.figure(), rf)));
                    break;
                }
            }
        }
        if (!ways.isEmpty()) {
            // the first way that fits; when none does, the amounts the words state (Y − W), else the first
            Way chosen = ways.get(0);
            for (Way x : ways) {
                if (!x.claim().contains(" * (1 - ")) { // Y − W
                    chosen = x;
                    break;
                }
            }
            for (Way x : ways) {
                if (fits(x.claim(), expr(r), null)) {
                    chosen = x;
                    break;
                }
            }
            remaining(chosen.claim(), r, chosen.from(), chosen.confidence(), chosen.why(), chosen.figures());
            return;
        }
        if (paragraphRemainder(cue, k, r)) {
            return;
        }
        if (!difference) { // a deficit of no stated base is common and no remainder at all ("بلغ العجز 80.9 مليار ريال")
            notes.add(article.where(rf.start()) + ": the remaining " + rf.expression() + " is of no base the article states; no claim");
        }
    }

    /**
     * The base of a remainder in an earlier sentence of its paragraph: a pair (Y, W) or (Y, X %) whose
     * remainder R fits (by the numbers only: which earlier figures the words mean is a guess).
     */
    private boolean paragraphRemainder(int cue, int k, Spot r) {
        Figure rf = r.figure();
        Spot[] pair = weakRemainder || difference ? null : statedPart(r);
        if (pair != null) {
            // "cancelled 67 % of the $38.9 bn debt. The remaining $12.8 bn …": the words of the sentence before state the part
            String claim = remainderOf(pair[0], pair[1]);
            remaining(claim, r, Math.min(cue, Math.min(pair[0].from(), pair[1].from())), Claim.Confidence.MEDIUM,
                    "the remaining R of the part " + (pair[1].figure().isPercent() ? "X %" : "W") + " of Y the sentence before states"
                            + approximation(pair[0], pair[1], r), List.of(pair[0].figure(), pair[1].figure(), rf));
            return true;
        }
        List<Spot> bases = new ArrayList<>(), parts = new ArrayList<>();
        for (int j = k - 1; j >= 0 && near(j, k) && paragraphOf(spots.get(j)) == paragraphOf(r); j--) {
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

    /**
     * The one amount before spot k in r's paragraph of r's currency larger than both d and r, or null when there is
     * none or more than one (then which whole the words mean is a guess, and the numbers decide).
     */
    private Spot wholeBefore(int k, Spot d, Spot r) {
        Spot whole = null;
        for (int j = k - 1; j >= 0 && near(j, k) && paragraphOf(spots.get(j)) == paragraphOf(r); j--) {
            Spot y = spots.get(j);
            if (y.figure().isMoney() && Objects.equals(y.figure().currency(), r.figure().currency())
                    && y.figure().value().compareTo(r.figure().value()) > 0 && y.figure().value().compareTo(d.figure().value()) > 0) {
                if (whole != null) {
                    return null;
                }
                whole = y;
            }
        }
        return whole;
    }

    /**
     * The part and its base the sentence before R states in words (same paragraph): "W of [the] Y" ("disbursed $2.45 bn
     * of the $3.25 bn loan", "cancelled 67 % of the $38.9 bn debt") or "Of [the] Y …, W" ("Of the $1.8 bn pledged, $600 m
     * has arrived"), the only such pair there, Y larger than R; {Y, W} or null.
     */
    private Spot[] statedPart(Spot r) {
        int sentence = r.figure().sentence() - 1;
        if (sentence < 0 || paragraph[sentence] != paragraphOf(r)) {
            return null;
        }
        FigureFinder.Sentence s = found.sentences().get(sentence);
        Spot[] pair = null;
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
            Spot w = spots.get(k);
            if (!(w.figure().isMoney() || w.figure().isPercent())) {
                continue;
            }
            // "W of the Y": "of" right after W, at most two words, then Y
            Cues.Cue of = Cues.at(tokens, w.to(), "of");
            Spot y = null;
            if (of != null) {
                int ky = spotAfter(w.to() + of.words().size() - 1, 3);
                y = ky < 0 ? null : spots.get(ky);
                if (y != null && !allWords(w.to() + of.words().size(), y.from())) {
                    y = null;
                }
            }
            // "Of the Y …, W": the sentence opens with "of" and Y, W the next amount after a comma
            if (y == null && w.figure().isMoney() && k + 1 < spots.size() && Cues.at(tokens, s.from(), "of") != null && w.from() - s.from() <= 3) {
                Spot next = spots.get(k + 1);
                y = w;
                w = next.figure().sentence() == sentence && commaBetween(y.to(), next.from()) && next.from() - y.to() <= 8 ? next : null;
                if (w == null) {
                    continue;
                }
            }
            if (y == null || !y.figure().isMoney() || !Objects.equals(y.figure().currency(), r.figure().currency())
                    || y.figure().value().compareTo(r.figure().value()) <= 0
                    || w.figure().isMoney() && (!same(w, y) || w.figure().value().compareTo(y.figure().value()) >= 0)
                    || w.figure().isPercent() && w.figure().value().compareTo(BigDecimal.valueOf(100)) >= 0) {
                continue;
            }
            if (pair != null) {
                return null; // two parts stated: which one the rest is of is a guess
            }
            pair = new Spot[] {y, w};
        }
        return pair;
    }

    private boolean allWords(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a percent before a remainder is the part taken from its base: a percent of something
     * ("73 % of", "73 % منها", "(73 %) of"), the object of a write-off verb ("cancelled 80 %") or the
     * percent of a percent-of the article states; a yield, a rate or a share of GDP in the same
     * sentence is not.
     */
    private boolean partPercent(Spot p) {
        int j = p.to();
        if (j < tokens.size() && tokens.get(j).is(")")) {
            j++;
        }
        if (Cues.at(tokens, j, "of") != null || Cues.at(tokens, j, "of-which") != null || percents.contains(p) || construct(p)) {
            return true;
        }
        // "they cancelled 80 %, leaving": the object of a write-off verb; "at a yield of 10.375 %" is not a part
        int floor = sentenceOf(p.figure()).from();
        return Cues.before(tokens, p.from(), floor, "write-off") != null;
    }

    private String remainderOf(Spot y, Spot w) {
        return w.figure().isPercent() ? expr(y) + " * (1 - " + expr(w) + ")" : expr(y) + " - " + expr(w);
    }

    /**
     * "wrote off 73 %, leaving 27 %": the remaining percent is 100 % − X %; "70 % of it in shares, 27 % in bonds and the
     * rest, 3 %, in property": 100 % − 70 % − 27 % (the percents listed between the part and the rest are parts too).
     */
    private void percentRemainder(int cue, int k, Spot r) {
        List<Spot> listed = new ArrayList<>();
        for (int j = k - 1; j >= 0 && near(j, k) && spots.get(j).figure().sentence() == r.figure().sentence(); j--) {
            Spot p = spots.get(j);
            // a part listed with the others: "، و27 % في السندات" (joined by و), not a rate ("بفائدة سنوية 3 %")
            boolean joined = p.from() > 0 && (tokens.get(p.from() - 1).is("و") || tokens.get(p.from() - 1).is("and"));
            if (p.figure().isPercent() && !yearly.contains(p) && (partPercent(p) || joined)) {
                listed.add(0, p);
            }
            // the part taken ("85 % من تكلفة المحطة … الـ15 % المتبقية"), not a rate between them ("بفائدة سنوية 3 %")
            if (p.figure().isPercent() && partPercent(p)) {
                if (listed.size() > 4) {
                    return;
                }
                StringBuilder claim = new StringBuilder("100%");
                BigDecimal sum = BigDecimal.ZERO;
                List<Figure> fs = new ArrayList<>();
                for (Spot x : listed) {
                    claim.append(" - ").append(expr(x));
                    sum = sum.add(x.figure().value());
                    fs.add(x.figure());
                }
                fs.add(r.figure());
                if (sum.compareTo(new BigDecimal(100)) < 0) {
                    candidate(Claim.Kind.REMAINING, claim.toString(), expr(r), null, Claim.Confidence.HIGH, Math.min(cue, p.from()), r.to(),
                            (listed.size() == 1 ? "the remaining R % after X %: 100 % − X %" : "the remaining R % after the parts listed: 100 % − X1 − X2 …")
                                    + approximation(listed.toArray(Spot[]::new)) + approximation(r), fs, r.figure(), 0);
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
        // "Y, of which W, and the rest, i.e. R": the words name R the rest, which a total of W and R would also read
        candidate(Claim.Kind.REMAINING, claim, expr(r), null, c, fromToken, r.to(), why + implication(figures.toArray(Figure[]::new)),
                figures, rf, weakRemainder || c != Claim.Confidence.HIGH ? 0 : 1.5);
    }
}
