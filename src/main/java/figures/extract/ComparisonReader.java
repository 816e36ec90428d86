package figures.extract;

import figures.extract.FigureFinder.Spot;
import java.util.List;

/**
 * Changes stated as a comparison: "B, D more than A" ({@code $80 bn, $12 bn more than the $68 bn of
 * 2022}), "B was X % higher than A", "B, X % above the A of 2019", "B is D less than A". The stated
 * difference or percent D stands between the two figures and is followed by a comparative cue
 * ({@code more-than}, {@code less-than} in the language's relation file); A is the first amount after
 * the cue in its sentence, B the nearest amount of A's currency before D. The claim is
 * {@code change(A, B)} = ±D or {@code growth(A, B)} = ±X %, written whether or not it fits: the
 * words say the relation.
 */
final class ComparisonReader extends RelationReader {
    ComparisonReader(Shared shared) {
        super(shared);
    }

    void read() {
        for (int k = 0; k < spots.size(); k++) {
            Spot d = spots.get(k);
            if (!(d.figure().isMoney() || d.figure().isPercent()) || yearly.contains(d)) {
                continue;
            }
            // the cue right after D ("$12 bn more than A"), or after B, its comma and a word ("B, falling short of A by D")
            int cueFrom = d.to();
            Cues.Cue more = null, less = null;
            for (int off = 0; off <= 2 && more == null && less == null; off++) {
                if (off > 0 && !(d.figure().isMoney() && d.to() < tokens.size() && tokens.get(d.to()).is(","))) {
                    break;
                }
                cueFrom = d.to() + off;
                more = Cues.at(tokens, cueFrom, "more-than");
                less = Cues.at(tokens, cueFrom, "less-than");
            }
            if (more == null && less == null) {
                // Arabic puts the comparative before its size: "وهو أقل بنحو D من A", "أعلى بـ X % من A"
                int comparative = comparativeBefore(d);
                Cues.Cue than = comparative == 0 ? null : Cues.at(tokens, d.to(), "than") != null ? Cues.at(tokens, d.to(), "than")
                        : Cues.at(tokens, d.to(), "from"); // "أقل بنحو D من A"
                more = comparative > 0 ? than : null;
                less = comparative < 0 ? than : null;
            }
            Cues.Cue cue = more != null ? more : less;
            if (cue == null) {
                trailing(k, d);
                continue;
            }
            int sign = more != null ? 1 : -1;
            int after = cueFrom + cue.words().size();
            Spot a = firstAmountAfter(k, after);
            Spot b = a == null ? null : amountBefore(k, a);
            if (a != null && b == null && d.figure().isPercent()) {
                b = referent(a); // "That is 20 % more than the A": B is what "that" stands for
            }
            Spot by = a == null ? null : byAfter(a);
            if (by != null && d.figure().isMoney() && same(d, a)) {
                b = d; // "B, short of the A target by D", "B, above A by X %": the size after A, B before the cue
                d = by;
            } else if (cueFrom > d.to()) {
                continue; // "B, above A" states no size of the change
            }
            if (a == null || b == null || (d.figure().isMoney() && (!same(d, a) || d.figure().value().compareTo(b.figure().value()) >= 0))) {
                continue;
            }
            String pair = expr(a) + ", " + expr(b);
            String stated;
            String claim;
            if (d.figure().isPercent()) {
                claim = "growth(" + pair + ")";
                stated = signed(expr(d), sign);
            } else {
                claim = "change(" + pair + ")";
                stated = signed(difference(d, a, b), sign);
            }
            candidate(Claim.Kind.CHANGE, claim, stated, null, implied(Claim.Confidence.HIGH, a.figure(), b.figure(), d.figure()),
                    Math.min(b.from(), d.from()), Math.max(a.to(), d.to()),
                    "'" + words(cueFrom, after) + "': B is A " + (sign > 0 ? "plus" : "minus") + (d.figure().isPercent() ? " X %: growth(A, B)" : " D: change(A, B)")
                            + implication(a.figure(), b.figure(), d.figure()) + approximation(a, b, d),
                    List.of(a.figure(), b.figure(), d.figure()), d.figure(), 1);
        }
    }

    /**
     * The sign of a comparative standing before a size with its "by" ("أقل بنحو D"، "أعلى بـ X %"، "يزيد بمقدار D"): +1 for
     * more, -1 for less, 0 when there is none.
     */
    private int comparativeBefore(Spot d) {
        int floor = sentenceOf(d.figure()).from();
        int e = d.from();
        // "بنحو": the 'by' and the approximation in one word, which may open the figure's own words
        Cues.Cue by = Cues.at(tokens, e, "by") != null && !tokens.get(e).isNumber() ? Cues.at(tokens, e, "by") : Cues.before(tokens, e, floor, "by");
        Cues.Cue about = by == null ? Cues.before(tokens, e, floor, "approximate") : null;
        e -= about != null ? about.words().size() : 0;
        by = by != null ? by : Cues.before(tokens, e, floor, "by");
        if (by != null) {
            e -= by.words().size();
        } else if (e - 1 >= floor && (tokens.get(e - 1).is("ب") || tokens.get(e - 1).is("بـ"))) {
            e--;
        } else {
            return 0;
        }
        return Cues.before(tokens, e, floor, "comparative-more") != null ? 1 : Cues.before(tokens, e, floor, "comparative-less") != null ? -1 : 0;
    }

    /** "less", "more" … after a difference closing its clause: "fell short of last year's A, D less". */
    private static final java.util.Map<String, Integer> TRAILING = java.util.Map.of("less", -1, "lower", -1, "smaller", -1, "more", 1,
            "higher", 1, "larger", 1);

    /**
     * "The total fell short of last year's A, D less": D and a word of more or less closing the clause; A the amount
     * of D's currency right before it (a comma between), B the amount before A in its sentence, or the one the
     * sentence's opening words refer to. Written whether or not it fits: the words say the relation.
     */
    private void trailing(int k, Spot d) {
        Integer sign = d.figure().isMoney() && d.to() < tokens.size() ? TRAILING.get(tokens.get(d.to()).text()) : null;
        boolean closes = sign != null && (d.to() + 1 >= tokens.size() || tokens.get(d.to() + 1).is(",") || tokens.get(d.to() + 1).is(".")
                || tokens.get(d.to() + 1).is(";"));
        Spot a = closes && k > 0 ? spots.get(k - 1) : null;
        if (a == null || !a.figure().isMoney() || !same(a, d) || a.figure().sentence() != d.figure().sentence() || d.from() - a.to() > 6
                || !commaBetween(a.to(), d.from()) || d.figure().value().compareTo(a.figure().value()) >= 0) {
            return;
        }
        Spot b = k > 1 && spots.get(k - 2).figure().sentence() == d.figure().sentence() && same(spots.get(k - 2), a) ? spots.get(k - 2) : referent(a);
        if (b == null || b == a) {
            return;
        }
        String pair = expr(a) + ", " + expr(b);
        candidate(Claim.Kind.CHANGE, "change(" + pair + ")", signed(difference(d, a, b), sign), null, Claim.Confidence.MEDIUM,
                Math.min(b.from(), a.from()), d.to() + 1, "'" + words(d.from(), d.to() + 1) + "': B is A " + (sign > 0 ? "plus" : "minus")
                        + " D: change(A, B)" + implication(a.figure(), b.figure(), d.figure()) + approximation(a, b, d),
                List.of(a.figure(), b.figure(), d.figure()), d.figure(), 0);
    }

    /**
     * The amount a sentence's opening words refer to: "The total" the largest amount of a's currency before it in its
     * paragraph; "That", "It", "The figure" the last one of the sentence before; null otherwise.
     */
    private Spot referent(Spot a) {
        FigureFinder.Sentence s = sentenceOf(a.figure());
        Cues.Cue open = Cues.at(tokens, s.from(), "opening-anaphor");
        if (open == null) {
            return null;
        }
        if (!open.text().endsWith("total")) {
            return anaphoricB(a);
        }
        Spot largest = null;
        for (int j = firstSpotFrom(s.from()) - 1; j >= 0 && near(j, indexOf(a)) && paragraphOf(spots.get(j)) == paragraphOf(a); j--) {
            Spot x = spots.get(j);
            if (x.figure().isMoney() && same(x, a) && (largest == null || x.figure().value().compareTo(largest.figure().value()) > 0)) {
                largest = x;
            }
        }
        return largest;
    }

    /** "B, an all-time high and 32 % above A": B's apposition (a comma, an article, a few words) joined to D by "and". */
    private boolean apposition(Spot b, Spot d) {
        int j = b.to();
        if (j + 1 >= d.from() || !tokens.get(j).is(",") || !(tokens.get(j + 1).is("a") || tokens.get(j + 1).is("an") || tokens.get(j + 1).is("the"))) {
            return false;
        }
        for (int k = j + 2; k < d.from(); k++) {
            if (tokens.get(k).is("and")) {
                return k == d.from() - 1 && k - j <= 6;
            }
            if (!tokens.get(k).isWord() && !tokens.get(k).is("-")) {
                return false;
            }
        }
        return false;
    }

    /** "… A by D", "… A by X %": the difference or percent right after "by" after A (a few words between), or null. */
    private Spot byAfter(Spot a) {
        int end = sentenceOf(a.figure()).to();
        for (int j = a.to(); j < Math.min(end, a.to() + 3); j++) {
            if (tokens.get(j).is("by")) {
                int k = spotAfter(j, 3);
                Spot x = k < 0 ? null : spots.get(k);
                return x != null && (x.figure().isPercent() || same(x, a) && x.figure().value().compareTo(a.figure().value()) < 0) ? x : null;
            }
            if (spotAt(j) >= 0 || tokens.get(j).is(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The amount the comparison's cue governs: the first after token {@code from} in spot k's sentence, at most a
     * few words on with no comma ("than the", "than the previous year's"), or further when a year stands between
     * ("than in 2019, when they were A"); else null ("$2 bn more than expected, taking the total to $10 bn" compares with no figure).
     */
    private Spot firstAmountAfter(int k, int from) {
        Spot d = spots.get(k);
        boolean year = false;
        for (int j = k + 1; j < spots.size() && near(j, k); j++) {
            Spot s = spots.get(j);
            if (s.figure().sentence() != d.figure().sentence() || s.from() - from > (year ? 10 : 6)
                    || !year && (commaBetween(from, s.from()) || Cues.within(tokens, from, s.from(), "clause"))) {
                return null;
            }
            year |= s.figure().kind() == Figure.Kind.YEAR;
            if (s.figure().isPercent()) {
                return null;
            }
            if (s.figure().isMoney()) {
                return s;
            }
        }
        return null;
    }

    /** The nearest amount of a's currency before spot k in its sentence, with no clause or other change between, or null. */
    private Spot amountBefore(int k, Spot a) {
        Spot d = spots.get(k);
        for (int j = k - 1; j >= 0 && near(j, k); j--) {
            Spot s = spots.get(j);
            if (s.figure().sentence() != d.figure().sentence() || distance(s.to(), d.from()) > 16) {
                return null;
            }
            if (s.figure().isPercent()) {
                return null; // "rose 12 % to B, $3 bn more than A": the percent's, not this comparison's
            }
            if (s.figure().isMoney()) {
                // "$5 bn, with oil 20 % higher than A", "B and imports $2 bn more than A": another subject's comparison
                if (!same(s, a) || Cues.within(tokens, s.to(), d.from(), "clause")
                        || Cues.within(tokens, s.to(), d.from(), "new-subject") && !apposition(s, d)) {
                    return null;
                }
                return s;
            }
        }
        return null;
    }
}
