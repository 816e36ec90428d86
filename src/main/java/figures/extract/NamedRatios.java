package figures.extract;

import figures.extract.FigureFinder.Spot;
import java.math.BigDecimal;
import java.util.List;

/**
 * Ratios whose two amounts stand in earlier sentences of the paragraph, named by the words of the multiple's own
 * sentence: by their years ("كانت إيرادات عام 2023 تعادل أربعة أضعاف ما حققته القناة في 2024") or by their nouns
 * ("وتعادل الصادرات ثلاثة أضعاف الواردات", each noun given an amount before). Written whether or not they fit: the
 * words say which amounts. Read for {@link RatioReader}.
 */
final class NamedRatios extends RelationReader {
    NamedRatios(Shared shared) {
        super(shared);
    }

    /**
     * "كانت إيرادات عام 2023 تعادل أربعة أضعاف ما حققته القناة في 2024": a multiple whose sentence states no amount but a
     * year on each side of it compares the paragraph's amounts of those years (one of each, of one currency); written
     * whether or not it fits, the words naming them by their years. False when they do not.
     */
    boolean yearsRatio(BigDecimal m, boolean round, int from, int to, String word) {
        FigureFinder.Sentence s = found.sentences().get(sentenceOfToken(from));
        Spot yb = null, ya = null;
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
            Figure f = spots.get(k).figure();
            if (f.isMoney() || f.isPercent()) {
                return false;
            }
            if (f.kind() == Figure.Kind.YEAR && f.basis() != null && !f.basis().isSpan()) {
                if (spots.get(k).to() <= from) {
                    yb = spots.get(k);
                } else if (spots.get(k).from() >= to && ya == null) {
                    ya = spots.get(k);
                }
            }
        }
        if (yb == null || ya == null || yb.figure().basis().equals(ya.figure().basis())) {
            return false;
        }
        Spot b = datedAmount(yb, s), a = datedAmount(ya, s);
        if (a == null || b == null || !same(a, b)) {
            return false;
        }
        String[] mx = multipleExpected(m, round, new int[] {from, to});
        candidate(Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, from, to,
                "'" + word + "': B ÷ A = " + mx[2] + "; B and A are the paragraph's amounts of the years on either side of it ("
                        + yb.figure().basis() + ", " + ya.figure().basis() + ")" + implication(a.figure(), b.figure()) + approximation(a, b),
                List.of(b.figure(), a.figure()), b.figure(), 0);
        return true;
    }

    /** The one amount of the paragraph before sentence s dated the year y states, or null. */
    private Spot datedAmount(Spot y, FigureFinder.Sentence s) {
        Spot out = null;
        int ky = indexOf(y);
        for (int k = ky - 1; k >= 0 && near(k, ky) && paragraphOf(spots.get(k)) == paragraphOf(y); k--) {
            Figure f = spots.get(k).figure();
            if (f.isMoney() && f.basis() != null && f.basis().equals(y.figure().basis()) && spots.get(k).to() <= s.from()) {
                if (out != null) {
                    return null;
                }
                out = spots.get(k);
            }
        }
        return out;
    }

    /**
     * "وبلغت الصادرات B … وبلغت الواردات A. وتعادل الصادرات بذلك ثلاثة أضعاف الواردات": the noun right after the multiple
     * and a noun before it in its sentence were each given an amount earlier in the paragraph (the amount right after
     * their last mention): B ÷ A = the multiple. False when the words do not name both, or the sentence states an amount.
     */
    boolean nounRatio(BigDecimal m, boolean round, int from, int to, String word) {
        int sentence = sentenceOfToken(from);
        FigureFinder.Sentence s = found.sentences().get(sentence);
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
            if (spots.get(k).figure().isMoney() || spots.get(k).figure().isPercent()) {
                return false;
            }
        }
        if (to >= s.to() || !noun(to)) {
            return false;
        }
        if (phraseRatio(m, round, from, to, word, s)) {
            return true;
        }
        Spot a = amountOf(tokens.get(to).text(), s), b = null;
        int subject = -1;
        for (int j = s.from(); j < from && b == null; j++) {
            if (noun(j) && !Cues.sameThing(tokens.get(j).text(), tokens.get(to).text())) {
                b = amountOf(tokens.get(j).text(), s);
                subject = j;
            }
        }
        if (a == null || b == null || a == b || !same(a, b) || a.figure().value().signum() == 0) {
            return false;
        }
        String[] mx = multipleExpected(m, round, new int[] {from, to});
        candidate(Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, from, to + 1,
                "'" + word + "': B ÷ A = " + mx[2] + "; B is the amount the paragraph gave '" + tokens.get(subject).text() + "' and A the one it gave '"
                        + tokens.get(to).text() + "'" + implication(a.figure(), b.figure()) + approximation(a, b),
                List.of(b.figure(), a.figure()), b.figure(), 0);
        return true;
    }

    /**
     * "منها 754.6 مليار ريال إيرادات نفطية و457.7 مليار ريال من مصادر غير نفطية. وتعادل الإيرادات النفطية ثلاثة أضعاف
     * الإيرادات غير النفطية": each side of the multiple (its words before it, after the verb, and after it up to a comma)
     * is the amount of the sentence before whose own words (those of its clause next to it) it shares the most, a
     * negation (غير) agreeing; written only when each side has one best amount and they differ.
     */
    private boolean phraseRatio(BigDecimal m, boolean round, int from, int to, String word, FigureFinder.Sentence s) {
        if (s.index() == 0 || paragraph[s.index() - 1] != paragraph[s.index()]) {
            return false;
        }
        FigureFinder.Sentence prev = found.sentences().get(s.index() - 1);
        List<Spot> amounts = new java.util.ArrayList<>();
        for (int k = firstSpotFrom(prev.from()); k < spots.size() && spots.get(k).from() < prev.to(); k++) {
            if (spots.get(k).figure().isMoney() && !spots.get(k).figure().isRange()) {
                amounts.add(spots.get(k));
            }
        }
        int subjectEnd = from;
        int objectEnd = to;
        while (objectEnd < s.to() && tokens.get(objectEnd).isWord()) {
            objectEnd++;
        }
        Spot b = best(s.from(), subjectEnd, amounts), a = best(to, objectEnd, amounts);
        if (a == null || b == null || a == b || !same(a, b) || a.figure().value().signum() == 0) {
            return false;
        }
        String[] mx = multipleExpected(m, round, new int[] {from, to});
        candidate(Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, from, to + 1,
                "'" + word + "': B ÷ A = " + mx[2] + "; B and A are the amounts of the sentence before whose words each side of it names"
                        + implication(a.figure(), b.figure()) + approximation(a, b), List.of(b.figure(), a.figure()), b.figure(), 0);
        return true;
    }

    /** The one amount whose own words share the most with tokens [from, to), a negation agreeing; null on a tie or none. */
    private Spot best(int from, int to, List<Spot> amounts) {
        Spot best = null;
        int bestScore = 0;
        boolean tie = false;
        boolean negated = Cues.within(tokens, from, to, "negation");
        for (Spot x : amounts) {
            int lo = x.from(), hi = x.to();
            while (lo > 0 && lo > x.from() - 4 && tokens.get(lo - 1).isWord() && spotAt(lo - 1) < 0) {
                lo--;
            }
            while (hi < tokens.size() && hi < x.to() + 5 && tokens.get(hi).isWord() && spotAt(hi) < 0) {
                hi++;
            }
            if (Cues.within(tokens, x.to(), hi, "negation") != negated) {
                continue;
            }
            int score = 0;
            for (int j = from; j < to; j++) {
                if (noun(j) || tokens.get(j).isWord() && tokens.get(j).text().length() >= 4 && spotAt(j) < 0) {
                    for (int t = lo; t < hi; t++) {
                        if ((t < x.from() || t >= x.to()) && Cues.sameThing(tokens.get(j).text(), tokens.get(t).text())) {
                            score++;
                            break;
                        }
                    }
                }
            }
            if (score > bestScore) {
                best = x;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** An Arabic word of four letters or more at token j, not a figure's and no cue of a change or a restatement. */
    private boolean noun(int j) {
        return tokens.get(j).isWord() && spotAt(j) < 0 && tokens.get(j).text().length() >= 4 && Tokens.arabicLetter(tokens.get(j).text().charAt(0))
                && Cues.direction(tokens, j) == 0 && Cues.at(tokens, j, "restate") == null && Cues.at(tokens, j, "times") == null
                && Cues.at(tokens, j, "multiple") == null;
    }

    /** The amount right after the last mention of a noun (or another noun of the same thing) before sentence s in its paragraph. */
    private Spot amountOf(String noun, FigureFinder.Sentence s) {
        int k0 = firstSpotFrom(s.from()) - 1;
        if (k0 < 0) {
            return null;
        }
        if (paragraphOf(spots.get(k0)) != paragraph[s.index()]) {
            return null; // the sentence opens a new paragraph
        }
        int floor = k0;
        while (floor > 0 && near(floor - 1, k0) && paragraphOf(spots.get(floor - 1)) == paragraphOf(spots.get(k0))) {
            floor--;
        }
        int lo = found.sentences().get(spots.get(floor).figure().sentence()).from();
        for (int t = s.from() - 1; t >= lo; t--) {
            if (!tokens.get(t).isWord() || spotAt(t) >= 0 || !Cues.sameThing(tokens.get(t).text(), noun)) {
                continue;
            }
            for (int k = firstSpotFrom(t + 1); k < spots.size() && spots.get(k).from() <= t + 6 && spots.get(k).from() < s.from(); k++) {
                if (spots.get(k).figure().isMoney()) {
                    return sentenceOfToken(t) == spots.get(k).figure().sentence() ? spots.get(k) : null;
                }
            }
        }
        return null;
    }
}
