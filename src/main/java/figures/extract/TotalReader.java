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
 * Totals: {@code A and B, totalling C}, {@code a total of C: A and B}, {@code ما مجموعه}, {@code C, of which A and B}.
 */
final class TotalReader extends RelationReader {
    TotalReader(Shared shared) {
        super(shared);
    }

    /** The words of the total cue being read, for the claim's source. */
    private String totalCue = "";

    void read() {
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue cue = Cues.at(tokens, i, "total");
            boolean strong = cue != null;
            int bringing = strong ? -1 : totalTo(i);
            if (cue == null && bringing < 0) {
                cue = Cues.at(tokens, i, "total-weak");
            }
            if (cue == null && bringing < 0) {
                cue = Cues.at(tokens, i, "total-parts"); // "C, which consists of A and B"
            }
            if (cue == null && bringing < 0) {
                continue;
            }
            strong |= bringing >= 0;
            int end = bringing >= 0 ? bringing : i + cue.words().size();
            // "C, which consists of A and B": the words list every part after them
            boolean exhaustive = cue != null && Cues.at(tokens, i, "total-parts") != null;
            totalCue = article.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
            // C right after the cue, else right before it ("C in total"); before it first for "C, of which A … and B"
            boolean ofWhich = Cues.at(tokens, i, "total-before") != null || Cues.at(tokens, i, "total-parts") != null && !strong;
            int kc = ofWhich ? spotBefore(i, 14) : spotAfter(end - 1, strong && !Cues.within(tokens, i, end, "total-back") ? 4 : 9);
            if (ofWhich && kc > 0) {
                // "7.4 bn euros ($8.06 bn) …, made up of 5 bn euros …": C is in the parts' currency, its restatement skipped
                int kp = spotAfter(end - 1, 8);
                Spot c0 = spots.get(kc), p0 = kp >= 0 ? spots.get(kp) : null;
                if (p0 != null && p0.figure().isMoney() && !same(c0, p0)) {
                    for (int j = kc - 1; j >= 0 && j >= kc - 3 && spots.get(j).figure().sentence() == c0.figure().sentence(); j--) {
                        if (same(spots.get(j), p0) && spots.get(j).figure().value().compareTo(p0.figure().value()) > 0) {
                            kc = j;
                            break;
                        }
                    }
                }
            }
            if (kc < 0 || !(spots.get(kc).figure().isMoney() || spots.get(kc).figure().isPercent())) {
                kc = ofWhich ? -1 : spotBefore(i, 1);
            }
            if (kc < 0 || !(spots.get(kc).figure().isMoney() || spots.get(kc).figure().isPercent())) {
                continue;
            }
            Spot c = spots.get(kc);
            List<Spot> before = run(kc, -1, c), after = run(kc, 1, c);
            int from = Math.min(i, c.from()), to = Math.max(end, c.to());
            boolean partsAfter = exhaustive && !after.isEmpty() && after.get(0).from() >= end && after.get(0).from() - end <= 4;
            if (!total(c, before, strong, from, to) && !total(c, after, strong || partsAfter, from, to) && !before.isEmpty() && !after.isEmpty()) {
                // parts on both sides: "3 bn …, a package worth 4.2 bn in all, which also includes 1.2 bn"
                List<Spot> both = new ArrayList<>(before);
                both.addAll(after);
                String claim = sum(both);
                if (claim != null && both.size() <= 6 && fits(claim, expr(c), null)) {
                    totalClaim(c, both, claim, Claim.Confidence.MEDIUM, from, to, "; parts on both sides of the total, whose sum fits");
                } else if (before.size() < 2) {
                    earlierParts(kc, c, from, to);
                }
            } else if (before.size() < 2 && after.size() < 2) {
                earlierParts(kc, c, from, to);
            }
            i = end - 1;
        }
        lists();
        wholes();
        distributed();
    }

    /**
     * "a $95 bn war aid package … Ukraine gets $60.8 bn, about $23 bn of which …; Israel receives $26.4 bn, including
     * $9 bn …, and $8.1 bn goes to …": C names a whole (a whole-noun a few words after it, or "a package of C") and
     * its parts are the amounts of its currency after it in its paragraph, sub-parts ("of which", "including") and
     * restatements in another currency skipped: the shortest run of two or more from the first whose sum fits (by the
     * numbers: no word says which amounts are the parts).
     */
    private void wholes() {
        for (int kc = 0; kc < spots.size(); kc++) {
            Spot c = spots.get(kc);
            if (!c.figure().isMoney() || c.figure().currency() == null || !namesAWhole(c)) {
                continue;
            }
            List<Spot> parts = new ArrayList<>();
            List<Spot> best = null;
            BigDecimal total = BigDecimal.ZERO, bestGap = null;
            for (int j = kc + 1; j < spots.size() && near(j, kc) && paragraphOf(spots.get(j)) == paragraphOf(c) && parts.size() < 6; j++) {
                Spot s = spots.get(j);
                if (!same(s, c) || Cues.within(tokens, Math.max(0, s.from() - 3), s.from(), "including") || Cues.at(tokens, s.to(), "of-which") != null) {
                    continue;
                }
                if (s.figure().value().compareTo(c.figure().value()) >= 0) {
                    break;
                }
                parts.add(s);
                total = total.add(s.figure().value());
                String claim = parts.size() >= 2 ? sum(parts) : null;
                BigDecimal gap = total.subtract(c.figure().value()).abs();
                // of the runs that fit, the one whose sum is nearest C ("five billion, 1.8 billion and 600 million": all three)
                if (claim != null && (bestGap == null || gap.compareTo(bestGap) < 0) && fits(claim, expr(c), null)) {
                    best = new ArrayList<>(parts);
                    bestGap = gap;
                }
            }
            if (best != null) {
                totalCue = "";
                totalClaim(c, best, sum(best), Claim.Confidence.MEDIUM, c.from(), c.to(),
                        "; C names a whole ('" + wholeWord + "'): the amounts after it in its paragraph, from the first, whose sum fits best");
            }
        }
    }

    /** The whole-noun {@link #namesAWhole} found. */
    private String wholeWord = "";

    /** "$95 bn war aid package", "7.4-billion-euro ($8 bn) aid package", "a package of $3 bn": C names a whole. */
    private boolean namesAWhole(Spot c) {
        int end = sentenceOf(c.figure()).to();
        boolean inParens = false;
        for (int j = c.to(); j < Math.min(end, c.to() + 8); j++) {
            Token t = tokens.get(j);
            if (t.is("(") || t.is(")")) {
                inParens = t.is("(");
                continue;
            }
            if (inParens) {
                continue;
            }
            if (!t.isWord() && !t.is("-") || spotAt(j) >= 0) {
                break;
            }
            if (Cues.at(tokens, j, "whole-noun") != null) {
                wholeWord = t.text();
                return true;
            }
        }
        int floor = sentenceOf(c.figure()).from();
        for (int e = c.from(); e >= Math.max(floor + 1, c.from() - 2); e--) {
            if (Cues.before(tokens, e, floor, "whole-noun") != null && (e == c.from() || tokens.get(e).is("of") || tokens.get(e).is("worth")
                    || Cues.at(tokens, e, c.from(), "worth") != null)) { // "دعماً بقيمة C", "حزمة بقيمة C"
                wholeWord = tokens.get(e - 1).text();
                return true;
            }
        }
        return false;
    }

    /**
     * "Together the two decisions erased $729 m": the parts of a total its sentence does not list
     * are the figures of its currency before it in its paragraph; the run of them next to one another
     * whose sum fits (by the numbers: which earlier figures the words mean is a guess).
     */
    private void earlierParts(int kc, Spot c, int from, int to) {
        if (!Cues.within(tokens, Math.max(sentenceOf(c.figure()).from(), from - 1), to, "total-back") && totalTo(from) < 0) {
            return; // "orders worth $5 bn": nothing in the words adds up earlier figures
        }
        List<Spot> earlier = new ArrayList<>();
        for (int j = kc - 1; j >= 0 && near(j, kc) && paragraphOf(spots.get(j)) == paragraphOf(c); j--) {
            Spot s = spots.get(j);
            if (same(s, c) && s.figure().value().compareTo(c.figure().value()) < 0) {
                earlier.add(0, s);
            }
        }
        // the fewest parts that fit: a run of them next to one another, else (two to four of the last six) any set: "Saudi
        // Arabia deposited 5 bn … (a 2 bn deposit in 2013) … Qatar 5 bn, bringing the new support to 10 bn"
        List<Spot> last = earlier.subList(Math.max(0, earlier.size() - 6), earlier.size());
        for (int len = 2; len <= Math.min(4, earlier.size()); len++) {
            for (int at = earlier.size() - len; at >= 0; at--) {
                List<Spot> ps = earlier.subList(at, at + len);
                String claim = sum(ps);
                if (claim != null && fits(claim, expr(c), null)) {
                    totalClaim(c, ps, claim, Claim.Confidence.MEDIUM, from, to, "; the parts from earlier in its paragraph, the run whose sum fits");
                    return;
                }
            }
            List<Spot> ps = len <= last.size() ? subsetThatFits(last, len, c) : null;
            if (ps != null) {
                totalClaim(c, ps, sum(ps), Claim.Confidence.MEDIUM, from, to, "; the parts from earlier in its paragraph, the set whose sum fits");
                return;
            }
        }
        // none fits: when the words add up the amounts of the sentence and the one before ("ليبلغ مجموع ما تعهدت به الدول
        // الأربع"), and those are two or three, they are the parts the total states, right or wrong
        List<Spot> near = new ArrayList<>();
        for (Spot s : earlier) {
            if (s.figure().sentence() >= c.figure().sentence() - 1) {
                near.add(s);
            }
        }
        if (near.size() == earlier.size() && near.size() >= 2 && near.size() <= 3 && Cues.within(tokens, from, to, "total")) {
            totalClaim(c, near, sum(near), Claim.Confidence.MEDIUM, from, to, "; the parts are the amounts of its sentence and the one before");
        }
    }

    /** The words that bring a running total to C. */
    private static final Set<String> BRINGING = Set.of("bringing", "brings", "brought", "taking", "takes", "lifting", "lifts", "raising", "raises", "pushing");

    /**
     * "bringing the total debt being reworked to $9.3 bn": a verb of bringing, "the total", at most four more words, then
     * "to": the token after "to", or -1.
     */
    private int totalTo(int i) {
        if (i + 2 >= tokens.size() || !BRINGING.contains(tokens.get(i).text()) || !tokens.get(i + 1).is("the") || !tokens.get(i + 2).is("total")) {
            return -1;
        }
        for (int j = i + 3; j < Math.min(tokens.size(), i + 8); j++) {
            if (tokens.get(j).is("to")) {
                return j + 1;
            }
            if (!tokens.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** The first set of {@code size} spots (in the order of the text) whose sum fits c, or null. */
    private List<Spot> subsetThatFits(List<Spot> from, int size, Spot c) {
        int n = from.size();
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        while (true) {
            List<Spot> ps = new ArrayList<>();
            for (int i : idx) {
                ps.add(from.get(i));
            }
            String claim = sum(ps);
            if (claim != null && fits(claim, expr(c), null)) {
                return ps;
            }
            int i = size - 1;
            while (i >= 0 && idx[i] == n - size + i) {
                i--;
            }
            if (i < 0) {
                return null;
            }
            idx[i]++;
            for (int j = i + 1; j < size; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }

    /**
     * Whether C opens its sentence's amounts and the parts are all the amounts of its currency after
     * it: "Germany gave $1.25 bn, France $0.8 bn and Italy $0.45 bn, a total of $2.6 bn" is a list of
     * which $1.25 bn is an item, not a total of the two after it.
     */
    private boolean listOfTheSentence(int kc, Spot c, List<Spot> parts) {
        for (int j = kc - 1; j >= 0 && near(j, kc) && spots.get(j).figure().sentence() == c.figure().sentence(); j--) {
            if (spots.get(j).figure().isMoney()) {
                return false;
            }
        }
        Spot last = parts.get(parts.size() - 1);
        for (int j = indexOf(last) + 1; j < spots.size() && near(j, kc) && spots.get(j).figure().sentence() == c.figure().sentence(); j++) {
            if (same(spots.get(j), c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A total with no cue word: an amount C followed in its sentence by a list of two or more smaller
     * amounts of its currency, the last two joined by "and" ("raised $12 bn, selling $3.25 bn of
     * six-year notes, $3.75 bn of 10-year notes and $5 bn of 30-year bonds"): a claim only when the
     * sum fits, since no word says it is a total.
     */
    private void lists() {
        for (int kc = 0; kc < spots.size(); kc++) {
            Spot c = spots.get(kc);
            if (!(c.figure().isMoney() && c.figure().currency() != null || c.figure().isPercent())) {
                continue;
            }
            if (lastOfItsKind(kc, c, c)) {
                stages(kc, c);
            }
            List<Spot> after = run(kc, 1, c);
            while (!after.isEmpty() && after.get(after.size() - 1).figure().sentence() != c.figure().sentence()) {
                after.remove(after.size() - 1);
            }
            if (after.size() < 2 || !c.figure().isMoney() || !joined(after) || !listOfTheSentence(kc, c, after)) {
                continue;
            }
            String claim = sum(after);
            if (claim != null && fits(claim, expr(c), null)) {
                totalCue = "";
                totalClaim(c, after, claim, Claim.Confidence.MEDIUM, c.from(), c.to(), "; no total word: a list of amounts after C whose sum fits");
            } else if (claim != null && colonBefore(c, after.get(0)) && after.size() <= 5 && after.stream().noneMatch(this::each)
                    && candidates.stream().noneMatch(x -> x.kind() == Claim.Kind.TOTAL && x.stated() == c.figure())) {
                // "pledges reached $9.5 bn: $5 bn from the World Bank and $3.2 bn from the IMF": a colon opens the list of C's parts
                totalCue = ":";
                totalClaim(c, after, claim, Claim.Confidence.HIGH, c.from(), c.to(), "; the colon after C opens the list of its parts");
            }
        }
    }

    /**
     * "write off 80 % … . A first 30 % is cancelled at once, another 30 % … and the final 20 %": the stages of C, the
     * last figure of its kind in its sentence, are the next sentence's figures of its kind, all of them, joined by
     * "and", with a word of stages among them: a claim when their sum fits.
     */
    private void stages(int kc, Spot c) {
        List<Spot> parts = new ArrayList<>();
        int next = c.figure().sentence() + 1;
        for (int j = kc + 1; j < spots.size() && near(j, kc) && spots.get(j).figure().sentence() <= next; j++) {
            Spot s = spots.get(j);
            if (s.figure().sentence() == next && same(s, c)) {
                if (s.figure().value().compareTo(c.figure().value()) >= 0) {
                    return;
                }
                parts.add(s);
            }
        }
        if (parts.size() < 2 || paragraphOf(parts.get(0)) != paragraphOf(c) || !joined(parts)
                || !Cues.within(tokens, sentenceOf(parts.get(0).figure()).from(), parts.get(parts.size() - 1).from(), "stages")) {
            return;
        }
        String claim = sum(parts);
        if (claim != null && fits(claim, expr(c), null)) {
            totalCue = "";
            totalClaim(c, parts, claim, Claim.Confidence.MEDIUM, c.from(), c.to(), "; no total word: the next sentence's figures of C's kind, in stages, whose sum fits");
        }
    }

    /** Whether a colon stands between C and its first part, with no other amount between them. */
    private boolean colonBefore(Spot c, Spot first) {
        for (int j = c.to(); j < first.from(); j++) {
            if (tokens.get(j).is(":")) {
                return first.from() - c.to() <= 12;
            }
        }
        return false;
    }

    /** Whether no figure of c's kind and currency follows spot k in its sentence. */
    private boolean lastOfItsKind(int k, Spot s, Spot c) {
        for (int j = k + 1; j < spots.size() && near(j, k) && spots.get(j).figure().sentence() == s.figure().sentence(); j++) {
            if (same(spots.get(j), c)) {
                return false;
            }
        }
        return true;
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
        for (int j = kc + step; j >= 0 && j < spots.size() && near(j, kc); j += step) {
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
            if (s.figure().isMoney() && !same(s, c) && s.from() > 0 && (tokens.get(s.from() - 1).is("(")
                    || Cues.before(tokens, s.from(), Math.max(0, s.from() - 4), "restate") != null)) {
                continue; // "7.4 bn euros ($8.06 bn)": a restatement in another currency, not a part
            }
            if (!same(s, c) || s.figure().value().compareTo(c.figure().value()) >= 0) {
                break;
            }
            if (!out.isEmpty() && step > 0 && (Cues.within(tokens, Math.max(last.to(), s.from() - 3), s.from(), "including")
                    || Cues.at(tokens, s.to(), "of-which") != null)) { // "600 m in grants, 200 m of which for migration"
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
        if (strong && n <= 4 && joined(parts) && parts.stream().noneMatch(this::each)) {
            String claim = sum(parts);
            totalClaim(c, parts, claim, Claim.Confidence.HIGH, cueFrom, cueTo, "");
            return true;
        }
        return false;
    }

    /**
     * "Saudi Arabia and the UAE each deposited $1 bn", "$1 bn apiece": a part that stands for several, so the words
     * do not say the sum of the amounts as written (a claim only when it fits).
     */
    private boolean each(Spot part) {
        int floor = sentenceOf(part.figure()).from();
        return Cues.within(tokens, Math.max(floor, part.from() - 3), part.from(), "each") || Cues.at(tokens, part.to(), "each") != null;
    }

    /** Whether the last two parts are joined by "and"/"و" (a list of parts, not figures that happen to stand together). */
    private boolean joined(List<Spot> parts) {
        Spot x = parts.get(parts.size() - 2), y = parts.get(parts.size() - 1);
        for (int j = x.to(); j <= y.from(); j++) { // y's own first word may carry the و (وأربعمائة مليون)
            Token t = tokens.get(j);
            if (j == y.from() && !(t.isWord() && t.text().startsWith("و") && t.text().length() > 3)) {
                break;
            }
            // Arabic writes "and" onto the next word: والإمارات
            if (t.isWord() && (t.is("and") || t.is("و") || t.is("plus") || t.text().startsWith("و") && t.text().length() > 3)) {
                return true;
            }
            if (Cues.at(tokens, j, y.from(), "list-join") != null) {
                return true; // "purchases swelled to A while exports reached only B"
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

    /**
     * "قدّر البنك الدولي الكلفة بنحو C. وتتوزع الأضرار على البنية التحتية بـA، والمباني السكنية بـB …": a sentence that opens
     * with a verb of dividing (تتوزع، تنقسم، تتألف) and lists amounts of one currency divides the whole its sentence before
     * gives (the last amount of that currency there larger than each part, not a range): C = A + B …, right or wrong.
     * A sentence naming the rest ("والباقي") is a remainder's, not a list.
     */
    private void distributed() {
        for (FigureFinder.Sentence s : found.sentences()) {
            int cue = -1;
            for (int j = s.from(); j < Math.min(s.to(), s.from() + 3) && cue < 0; j++) {
                cue = Cues.at(tokens, j, "divided") != null ? j : -1;
            }
            if (cue < 0 || s.index() == 0 || paragraph[s.index() - 1] != paragraph[s.index()]
                    || Cues.within(tokens, s.from(), s.to(), "remainder")) {
                continue;
            }
            List<Spot> parts = new ArrayList<>();
            for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
                Spot x = spots.get(k);
                if (x.figure().isMoney()) {
                    if (x.figure().currency() == null || !parts.isEmpty() && !same(x, parts.get(0)) || x.figure().isRange()) {
                        parts = null;
                        break;
                    }
                    parts.add(x);
                }
            }
            if (parts == null || parts.size() < 2 || parts.size() > 6) {
                continue;
            }
            Spot c = null;
            for (int k = firstSpotFrom(s.from()) - 1; k >= 0 && spots.get(k).figure().sentence() == s.index() - 1 && c == null; k--) {
                Spot x = spots.get(k);
                if (x.figure().isMoney() && !x.figure().isRange() && same(x, parts.get(0))) {
                    c = x;
                }
            }
            boolean larger = c != null;
            for (Spot p : parts) {
                larger &= c != null && c.figure().value().compareTo(p.figure().value()) > 0;
            }
            if (!larger) {
                continue;
            }
            totalCue = words(cue);
            totalClaim(c, parts, sum(parts), Claim.Confidence.MEDIUM, cue, cue + 1,
                    "; a sentence that divides the whole its sentence before gives lists the parts");
        }
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
                (totalCue.isEmpty() ? "" : "'" + totalCue + "': ") + "the parts A + B … stated with their total C" + how + (oneBasis ? "" : "; the parts are of different years: a nominal sum")
                        + implication(fs.toArray(Figure[]::new)) + approximation(all), fs, c.figure(), confidence == Claim.Confidence.HIGH ? 1 : 0);
    }
}
