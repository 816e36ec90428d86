package figures.extract;

import figures.extract.FigureFinder.Spot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Relations one of whose amounts the words refer to rather than repeat: a sentence that opens with a word that
 * refers back ("That was 83 % of its export revenue of Y", "That is more than triple the A"), a part of a pronoun
 * ("8.25 tn naira of it, nearly 29 %"), the size of a change said in the sentence after its pair ("… up from A. The
 * increase, of D, …", "That is a rise of X %"), a multiple of the two amounts the sentence before gives ("Kenya's
 * exports reached A, while imports totalled B. The country buys three times as much as it sells"). The amount
 * referred to is the last of the currency in the sentence before ({@link RelationReader#anaphoricB}); the claim is
 * written whether or not it fits, since the words say which amounts.
 */
final class ReferredReader extends RelationReader {
    ReferredReader(Shared shared) {
        super(shared);
    }

    /** "That was 83 % of its total export revenue of Y"; "Z of it, nearly X %": after {@link PercentOfReader}. */
    void percents() {
        PercentOfReader reader = new PercentOfReader(shared);
        for (int k = 0; k < spots.size(); k++) {
            Spot p = spots.get(k);
            if (!p.figure().isPercent() || yearly.contains(p) || stated(p)) {
                continue;
            }
            Spot y = next(k);
            if (y != null && y.figure().isMoney() && ofRightAfter(p, y)) {
                Spot z = anaphoricB(y);
                if (z != null && partOf(p, z, y) && noAmountBefore(p)) {
                    reader.add(p, y, z, Claim.Confidence.MEDIUM, "That was X % of Y: Z is what 'that' stands for, the amount of the sentence before", 0);
                }
                continue;
            }
            Spot z = k > 0 ? spots.get(k - 1) : null;
            if (z == null || !z.figure().isMoney() || z.figure().sentence() != p.figure().sentence()) {
                continue;
            }
            // "Z of it, nearly X %": Z, "of" and a pronoun, then the percent restating Z's share
            Cues.Cue of = Cues.at(tokens, z.to(), "of");
            Cues.Cue pronoun = of == null ? null : Cues.at(tokens, z.to() + of.words().size(), "whole-pronoun");
            int after = pronoun == null ? -1 : z.to() + of.words().size() + pronoun.words().size();
            if (after < 0 || !(onlyCues(after, p.from(), "restate", 4, false) || onlyCues(after, p.from(), "approximate", 4, false))) {
                continue;
            }
            Spot yb = lastOfPreviousSentence(z);
            if (yb != null && partOf(p, z, yb)) {
                reader.add(p, yb, z, Claim.Confidence.MEDIUM, "Z of it, X %: Y the amount of the sentence before", 0);
            }
        }
    }

    /**
     * "… to B, up from A. The increase, of D, …", "… against A a year earlier. That is a rise of X %": the change
     * between a pair whose sentence states no size, sized by the next sentence; after the change readers.
     */
    void changes() {
        List<Candidate> unsized = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.kind() == Claim.Kind.CHANGE && c.figures().size() == 2 && c.claim().startsWith("change(")) {
                unsized.add(c);
            }
        }
        java.util.Map<Figure, Spot> spotOf = new java.util.IdentityHashMap<>();
        for (Spot s : spots) {
            spotOf.put(s.figure(), s);
        }
        List<Spot[]> pairs = new ArrayList<>();
        for (Candidate c : unsized) {
            pairs.add(new Spot[] {spotOf.get(c.figures().get(0)), spotOf.get(c.figures().get(1))});
        }
        pairs.addAll(comparedPairs());
        for (Spot[] ab : pairs) {
            Spot a = ab[0], b = ab[1];
            if (a == null || b == null) {
                continue;
            }
            Figure af = a.figure(), bf = b.figure();
            int next = Math.max(af.sentence(), bf.sentence()) + 1;
            if (a == null || b == null || next >= found.sentences().size() || paragraph[next] != paragraph[bf.sentence()]) {
                continue;
            }
            FigureFinder.Sentence s = found.sentences().get(next);
            // the sentence refers to the change: "That is/was …", "The increase …", "The fall …"
            boolean refers = Cues.at(tokens, s.from(), "opening-anaphor") != null
                    || tokens.get(s.from()).is("the") && Cues.direction(tokens, s.from() + 1) != 0;
            if (!refers) {
                continue;
            }
            Spot x = null;
            int count = 0;
            for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).figure().sentence() == next; k++) {
                Figure f = spots.get(k).figure();
                if (f.isMoney() || f.isPercent()) {
                    x = count == 0 ? spots.get(k) : x;
                    count++;
                }
            }
            // "The increase of D, or X %": a difference and its percent
            Spot x2 = count == 2 && x.figure().isMoney() && indexOf(x) + 1 < spots.size() && spots.get(indexOf(x) + 1).figure().isPercent()
                    && between(x, spots.get(indexOf(x) + 1), "restate", 4, true) ? spots.get(indexOf(x) + 1) : null;
            if (x == null || count != (x2 == null ? 1 : 2) || x.from() - s.from() > 10 || x.figure().isMoney() && !same(x, b)) {
                continue;
            }
            // its cue: "a rise of X %", "up X %", or "The increase, of D": only a word of change and small words before it
            // ("The rise in imports, of 10 %" is another subject's)
            int sign = 0;
            for (int j = s.from(); j < x.from(); j++) {
                int d = Cues.direction(tokens, j);
                sign = sign == 0 ? d : sign;
                if (d == 0 && !tokens.get(j).is(",") && !LINKING.contains(tokens.get(j).text()) && Cues.at(tokens, j, "approximate") == null) {
                    sign = 0;
                    break;
                }
            }
            int direction = bf.value().compareTo(af.value());
            if (sign == 0 || sign != direction) {
                continue; // the next sentence's change goes the other way: it is of something else
            }
            String pair = expr(a) + ", " + expr(b);
            String claim = x.figure().isPercent() ? "growth(" + pair + ")" : "change(" + pair + ")";
            String expected = signed(x.figure().isPercent() ? expr(x) : difference(x, a, b), sign);
            String why = "'" + words(s.from(), x.from()) + "': the size of the change from A to B, said in the sentence after them";
            candidate(Claim.Kind.CHANGE, claim, expected, null, Claim.Confidence.MEDIUM, Math.min(a.from(), Math.min(b.from(), x.from())), x.to(),
                    why + approximation(a, b, x) + implication(af, bf), List.of(af, bf, x.figure()), x.figure(), 0);
            if (x2 != null) {
                candidate(Claim.Kind.CHANGE, "growth(" + pair + ")", signed(expr(x2), sign), null, Claim.Confidence.MEDIUM,
                        Math.min(a.from(), Math.min(b.from(), x.from())), x2.to(), why + approximation(a, b, x2) + implication(af, bf),
                        List.of(af, bf, x2.figure()), x2.figure(), 0);
            }
        }
    }

    /**
     * "B …, against A a year earlier" with no change of the pair read (no verb says its direction): the pair, A after
     * a comparing cue and marked or dated earlier, B the amount of its currency before the cue in its sentence.
     */
    private List<Spot[]> comparedPairs() {
        List<Spot[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue v = Cues.at(tokens, i, "versus");
            if (v == null || tokens.get(i).is("on")) {
                continue;
            }
            int ka = spotAfter(i + v.words().size() - 1, 4);
            Spot a = ka >= 0 && spots.get(ka).figure().isMoney() ? spots.get(ka) : null;
            Spot b = null;
            for (int k = (a == null ? -1 : ka - 1); k >= 0 && b == null && spots.get(k).figure().sentence() == a.figure().sentence(); k--) {
                Spot x = spots.get(k);
                if (x.figure().isMoney()) {
                    b = same(x, a) && distance(x.to(), i) <= 12 ? x : null;
                    k = b == null ? -1 : k;
                }
            }
            if (b != null && earlier(a, b) && !used(a, b)) {
                out.add(new Spot[] {a, b});
            }
        }
        return out;
    }

    /**
     * "That is more than triple the A" (B the amount 'that' stands for); "Kenya's exports reached A, while imports
     * totalled B. The country buys three times as much as it sells" (the two amounts of the sentence before, the
     * larger the multiple of the smaller); after {@link RatioReader}.
     */
    void ratios() {
        for (int i = 0; i < tokens.size(); i++) {
            int[] at = new int[2];
            BigDecimal m = multipleAt(i, at);
            if (m == null || m.compareTo(BigDecimal.ONE) <= 0 || !noAmountBefore(at[0])) {
                continue;
            }
            int sentence = sentenceOfToken(at[0]);
            int ka = spotAfter(at[1] - 1, 8);
            Spot a = ka >= 0 && spots.get(ka).figure().isMoney() && complement(at[1], spots.get(ka).from()) ? spots.get(ka) : null;
            Spot b = a == null ? null : anaphoricB(a);
            if (a == null && comparison(at[1]) && noFigureIn(sentence, at)) {
                Spot[] two = twoOfTheSentenceBefore(sentence);
                if (two != null) {
                    boolean firstLarger = two[0].figure().value().compareTo(two[1].figure().value()) > 0;
                    b = firstLarger ? two[0] : two[1];
                    a = firstLarger ? two[1] : two[0];
                }
            }
            if (a == null || b == null || !same(a, b) || used(a, b)) {
                continue;
            }
            String[] mx = multipleExpected(m, true, at);
            boolean again = tokens.get(at[1] - 1).is("again"); // "half as much again as A" says B grew from A: a change
            candidate(again ? Claim.Kind.CHANGE : Claim.Kind.RATIO, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, at[0], at[1],
                    "'" + words(at[0], at[1]) + "': B ÷ A = " + mx[2] + "; the amounts the words refer to in the sentence before"
                            + approximation(a, b) + implication(a.figure(), b.figure()), List.of(b.figure(), a.figure()), b.figure(), 0);
            i = at[1] - 1;
        }
    }

    /**
     * "The EU will channel 50 bn euros to Kyiv. Of that, 33 bn come as loans and 17 bn as grants" (a claim when the
     * parts fit: a list after "of that" may be a part of it); "Donors pledged $1.2 bn. The sum comprises A and B" (the
     * words list every part: written whether or not it fits). C is the last amount of the parts' currency in the
     * sentence before, larger than each; the parts are all the amounts of the sentence, joined by "and"; before totals.
     */
    void totals() {
        for (int sentence = 1; sentence < found.sentences().size(); sentence++) {
            FigureFinder.Sentence s = found.sentences().get(sentence);
            if (paragraph[sentence] != paragraph[sentence - 1]) {
                continue;
            }
            Cues.Cue of = Cues.at(tokens, s.from(), "of");
            Cues.Cue pronoun = of == null ? null : Cues.at(tokens, s.from() + of.words().size(), "whole-pronoun");
            boolean ofThat = pronoun != null && tokens.get(s.from() + of.words().size() + pronoun.words().size()).is(",");
            int cue = -1;
            if (!ofThat && (Cues.at(tokens, s.from(), "opening-anaphor") != null || tokens.get(s.from()).is("the"))) {
                for (int j = s.from(); j < Math.min(s.to(), s.from() + 4) && cue < 0; j++) {
                    cue = Cues.at(tokens, j, "total-parts") != null ? j : -1;
                }
            }
            if (!ofThat && cue < 0) {
                continue;
            }
            List<Spot> parts = new ArrayList<>();
            for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).figure().sentence() == sentence; k++) {
                Figure f = spots.get(k).figure();
                if (f.isMoney() || f.isPercent()) {
                    parts.add(spots.get(k));
                }
            }
            if (parts.size() < 2 || parts.size() > 4 || parts.stream().anyMatch(x -> !x.figure().isMoney() || !same(x, parts.get(0)))
                    || !joinedByAnd(parts.get(parts.size() - 2), parts.get(parts.size() - 1))) {
                continue;
            }
            Spot c = lastOfPreviousSentence(parts.get(0));
            if (c == null || parts.stream().anyMatch(x -> x.figure().value().compareTo(c.figure().value()) >= 0)) {
                continue;
            }
            StringBuilder sum = new StringBuilder();
            List<Figure> fs = new ArrayList<>();
            for (Spot x : parts) {
                sum.append(sum.length() == 0 ? "" : " + ").append(expr(x));
                fs.add(x.figure());
            }
            fs.add(c.figure());
            if (ofThat && !fits(sum.toString(), expr(c), null)) {
                continue;
            }
            candidate(Claim.Kind.TOTAL, sum.toString(), expr(c), null, Claim.Confidence.MEDIUM, s.from(), parts.get(parts.size() - 1).to(),
                    "'" + words(s.from(), ofThat ? s.from() + of.words().size() + pronoun.words().size() : cue + 1) + "': the parts A + B … of the amount of the sentence before"
                            + (ofThat ? ", whose sum fits" : ", every part listed") + implication(fs.toArray(Figure[]::new)), fs, c.figure(), 0);
        }
    }

    /** Whether "and" stands between two amounts (a few words, no other amount). */
    private boolean joinedByAnd(Spot x, Spot y) {
        for (int j = x.to(); j < y.from(); j++) {
            if (tokens.get(j).is("and")) {
                return y.from() - x.to() <= 8;
            }
        }
        return false;
    }

    /** A multiple written at token i ("three times", "2.5 times", "six-fold", "twice", "triple"): its value, and {from, to} in at; or null. */
    private BigDecimal multipleAt(int i, int[] at) {
        if (i + 3 < tokens.size() && tokens.get(i).is("half") && tokens.get(i + 1).is("as") && tokens.get(i + 2).is("much")
                && tokens.get(i + 3).is("again")) {
            at[0] = i; // "half as much again as A": A and half of it, 1.5 times A
            at[1] = i + 4;
            return new BigDecimal("1.5");
        }
        Cues.Cue between = Cues.at(tokens, i, "multiple-between");
        if (between != null && between.value() != null) {
            at[0] = i;
            at[1] = i + between.words().size();
            return between.value();
        }
        Cues.Cue n = Cues.at(tokens, i, "multiple");
        boolean bare = tokens.get(i).isNumber() && (spotAt(i) < 0 || spots.get(spotAt(i)).figure().kind() == Figure.Kind.COUNT);
        BigDecimal v = n != null ? n.value() : bare ? tokens.get(i).number() : null;
        if (n != null && n.text().equals("twice")) {
            at[0] = i;
            at[1] = i + 1;
            return v;
        }
        int after = i + (n != null ? n.words().size() : 1);
        if (after < tokens.size() && tokens.get(after).is("-")) {
            after++;
        }
        Cues.Cue times = v == null ? null : Cues.at(tokens, after, "times");
        if (times == null) {
            return null;
        }
        at[0] = i;
        at[1] = after + times.words().size();
        return v;
    }

    /** The words that may open a sentence sizing the change before it: "That is a rise of", "The increase, of". */
    private static final java.util.Set<String> LINKING = java.util.Set.of("that", "this", "it", "the", "is", "was", "represents",
            "represented", "marks", "marked", "means", "meant", "a", "an", "of", "figure", "amount");

    /** Whether the words after a multiple compare amounts: "as much as", "as large as", "more than", "larger than" (not "as many"). */
    private boolean comparison(int j) {
        if (j + 1 < tokens.size() && tokens.get(j).is("as")) {
            String w = tokens.get(j + 1).text();
            return w.equals("much") || w.equals("large") || w.equals("big") || w.equals("high") || w.equals("valuable");
        }
        String w = j < tokens.size() ? tokens.get(j).text() : "";
        return w.equals("more") || w.equals("larger") || w.equals("bigger") || w.equals("higher") || w.equals("greater");
    }

    /** Whether tokens [from, to) are words only, none opening a clause of its own: "as large as", "its earnings of". */
    private boolean complement(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isWord() || Cues.at(tokens, j, to, "clause") != null) {
                return false;
            }
        }
        return true;
    }

    /** The two amounts of one currency of the sentence before {@code sentence} (its only money figures, same paragraph), or null. */
    private Spot[] twoOfTheSentenceBefore(int sentence) {
        if (sentence < 1 || paragraph[sentence - 1] != paragraph[sentence]) {
            return null;
        }
        List<Spot> money = new ArrayList<>();
        FigureFinder.Sentence s = found.sentences().get(sentence - 1);
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).figure().sentence() == sentence - 1; k++) {
            Figure f = spots.get(k).figure();
            if (f.isMoney() || f.isPercent()) {
                money.add(spots.get(k));
            }
        }
        if (money.size() > 2) {
            // "trade hit A, as purchases swelled to B while exports reached only C": the last two, joined as a pair
            Spot x = money.get(money.size() - 2), y = money.get(money.size() - 1);
            boolean joined = false;
            for (int j = x.to(); j < y.from() && y.from() - x.to() <= 12; j++) {
                joined |= tokens.get(j).is("and") || Cues.at(tokens, j, y.from(), "list-join") != null;
            }
            money = joined ? List.of(x, y) : money;
        }
        return money.size() == 2 && money.get(0).figure().isMoney() && same(money.get(0), money.get(1)) ? money.toArray(Spot[]::new) : null;
    }

    /** Whether no figure at all (amount, percent, year, count) stands in the sentence but the multiple's own number. */
    private boolean noFigureIn(int sentence, int[] at) {
        FigureFinder.Sentence s = found.sentences().get(sentence);
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).figure().sentence() == sentence; k++) {
            if (spots.get(k).from() < at[0] || spots.get(k).from() >= at[1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether no money figure stands in the sentence before token (or spot) {@code at}. */
    private boolean noAmountBefore(int at) {
        FigureFinder.Sentence s = found.sentences().get(sentenceOfToken(at));
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < at; k++) {
            if (spots.get(k).figure().isMoney()) {
                return false;
            }
        }
        return true;
    }

    private boolean noAmountBefore(Spot p) {
        return noAmountBefore(p.from());
    }

    /** The last amount of z's currency in the sentence before z's (same paragraph), or null. */
    private Spot lastOfPreviousSentence(Spot z) {
        int sentence = z.figure().sentence() - 1;
        if (sentence < 0 || paragraph[sentence] != paragraph[z.figure().sentence()]) {
            return null;
        }
        for (int k = indexOf(z) - 1; k >= 0 && spots.get(k).figure().sentence() >= sentence; k--) {
            Spot y = spots.get(k);
            if (y.figure().sentence() == sentence && y.figure().isMoney() && same(y, z)) {
                return y;
            }
        }
        return null;
    }

    /** Whether a claim already states this percent. */
    private boolean stated(Spot p) {
        for (Candidate c : candidates) {
            if (c.stated() == p.figure()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a ratio or change of these two amounts is already a candidate. */
    private boolean used(Spot a, Spot b) {
        for (Candidate c : candidates) {
            if ((c.kind() == Claim.Kind.RATIO || c.kind() == Claim.Kind.CHANGE) && c.figures().contains(a.figure()) && c.figures().contains(b.figure())) {
                return true;
            }
        }
        return false;
    }
}
