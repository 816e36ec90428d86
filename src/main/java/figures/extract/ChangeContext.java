package figures.extract;

import figures.extract.FigureFinder.Spot;
import figures.model.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes whose earlier figure A is not in their "from A to B": "up 30 % to B", "doubled to B",
 * "B, an increase of D over the A of the previous year", A from earlier in the paragraph (the one the
 * stated change fits, or the one the words point to). Read for {@link ChangeReader}.
 */
final class ChangeContext extends RelationReader {
    ChangeContext(Shared shared) {
        super(shared);
    }

    /**
     * "up 30 % to B", "doubled to B" with no A in the sentence: A is a figure of the same currency
     * earlier in the paragraph, the one the stated change fits; else the only one there.
     */
    void changeFromContext(ChangeReader.Stated st, Spot b) {
        if (st.percent == null && st.multiple == null && st.difference == null && st.fraction == null) {
            earlierValueAfter(st, b);
            return;
        }
        Spot object = objectOfTheVerb(st, b);
        if (object != null) {
            writeFromContext(st, object, b, "; A is the verb's object, before the change it states");
            return;
        }
        Spot subject = subjectOfTheVerb(st, b);
        if (subject != null) {
            writeFromContext(st, subject, b, "; A is the amount the verb's subject is given before it");
            return;
        }
        List<Spot> as = new ArrayList<>();
        int kb = indexOf(b);
        for (int ka = Math.max(0, kb - WINDOW); ka < Math.min(spots.size(), kb + WINDOW); ka++) {
            Spot a = spots.get(ka);
            boolean earlier = a.figure().basis() != null && b.figure().basis() != null && a.figure().basis().last() < b.figure().basis().first();
            boolean later = a.figure().basis() != null && b.figure().basis() != null && a.figure().basis().first() >= b.figure().basis().first()
                    && !a.figure().basis().equals(b.figure().basis());
            // A before B in the paragraph, or after it in its sentence when dated earlier ("rose to B in 2024, from A in 2022")
            // A before B in the paragraph, or after it: in its sentence when dated earlier, in a later sentence dated earlier
            // or marked so ("وكانت الصادرات قد تراجعت في العام السابق إلى A")
            boolean place = a.to() <= b.from() || (a.from() >= b.to() && (earlier || (a.figure().sentence() == b.figure().sentence()
                    ? earlier(a, b) : Cues.within(tokens, sentenceOf(a.figure()).from(), a.from(), "earlier"))));
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
            if (a.figure().basis() != null && a.figure().basis().equals(b.figure().basis()) && a.figure().sentence() != b.figure().sentence()) {
                continue; // another sentence's figure of B's own year is no earlier value of it (one year of its sentence dates both otherwise)
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
            if (expected == null && st.multiple == null && st.fraction != null) {
                expected = signed(st.fraction.stripTrailingZeros().toPlainString() + "%", st.sign);
                tolerance = st.fractionAbout != null ? "±20%" : "±10%";
            } else if (expected == null) {
                claim = "change(" + expr(a) + ", " + expr(b) + ")";
                Figure sf = st.difference.figure();
                expected = signed(Figure.readable(Amount.of(sf.value(), sf.currency(), oneBasis(a, b))), st.sign);
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
        // No A fits. The words say which A when the one figure after B in its sentence is marked as the earlier
        // ("an increase of D over the A of the previous year", "عن العام السابق الذي بلغت فيه A")
        Spot after = null;
        int afterCount = 0;
        for (Spot x : as) {
            if (x.from() >= b.to() && x.figure().sentence() == b.figure().sentence()) {
                after = x;
                afterCount++;
            }
        }
        if (afterCount == 1 && after != st.difference && after != st.percent && !otherAmountBetween(b, after, st)) {
            writeFromContext(st, after, b, "; A is the figure after B its sentence marks as the earlier");
            return;
        }
        Spot pair = pairedBefore(st, b);
        if (pair != null) {
            writeFromContext(st, pair, b, "; A and B are listed as a pair, A of the earlier year, and the change stated after them");
            return;
        }
        // The words also say which A when B's sentence goes on from the one before ("ثم تراجعت
        // إلى B", "It then fell to B", a verb that opens the sentence): the figure B's subject had last,
        // the one of the latest year before B's (or the only candidate when the figures state no years).
        // In Arabic, where a sentence opens with its verb or not, the words say which A when A's sentence names B's subject.
        FigureFinder.Sentence sb = sentenceOf(b.figure());
        boolean arabic = Tokens.arabicLetter(tokens.get(st.verb).text().charAt(0));
        if (!(st.verb - sb.from() <= 2 || refersBack(b, st.verb) || arabic) || as.get(0).figure().sentence() == b.figure().sentence()) {
            return;
        }
        Spot a = null;
        if (b.figure().basis() != null) {
            int latest = Integer.MIN_VALUE;
            boolean tie = false;
            for (Spot x : as) {
                if (x.figure().basis() == null || x.figure().basis().first() >= b.figure().basis().first()) {
                    continue; // fiscal years overlap: 2021/2022 is before 2022/2023
                }
                int y = x.figure().basis().first();
                if (y > latest) {
                    latest = y;
                    a = x;
                    tie = false;
                } else if (y == latest) {
                    tie = true;
                }
            }
            a = tie ? null : a;
        } else if (as.size() == 1) {
            a = as.get(0);
        }
        if (a == null) {
            return;
        }
        if (!refersBack(b, st.verb) && arabic
                && !sameSubject(Math.max(sb.from(), st.verb - 4), b.from(), sentenceOf(a.figure()).from(), a.from())) {
            return; // Arabic opens most sentences with their verb: that alone does not make A the value of B's subject
        }
        writeFromContext(st, a, b, "; its sentence goes on from the one before, so A is the figure B's subject had last"
                + (b.figure().basis() != null ? " (of the latest year before B's)" : " (the only one before it)"));
    }

    /**
     * "Inflows have nearly tripled since 2013, when they totalled about $22 bn": a multiple, "since", then A in its
     * sentence; B is what the subject has now, the latest-dated amount of A's currency before the sentence in its
     * paragraph (dated after A). Written whether or not it fits: the words say both.
     */
    void sinceMultiples() {
        for (int i = 0; i < tokens.size(); i++) {
            Cues.Cue m = Cues.at(tokens, i, "multiplied");
            if (m == null || m.value() == null) {
                continue;
            }
            int after = i + m.words().size();
            Cues.Cue since = Cues.at(tokens, after, "since");
            int ka = since == null ? -1 : spotAfter(after + since.words().size() - 1, 10);
            while (ka >= 0 && ka + 1 < spots.size() && spots.get(ka).figure().kind() == Figure.Kind.YEAR
                    && spots.get(ka + 1).figure().sentence() == spots.get(ka).figure().sentence() && spots.get(ka + 1).from() - after <= 12) {
                ka++; // "since 2013, when they totalled A": the year, then A
            }
            if (ka < 0 || !spots.get(ka).figure().isMoney() || spots.get(ka).figure().currency() == null) {
                continue;
            }
            Spot a = spots.get(ka);
            Integer aYear = a.figure().basis() != null ? a.figure().basis().last() : null;
            FigureFinder.Sentence s = sentenceOf(a.figure());
            Spot b = null;
            for (int k = firstSpotFrom(s.from()) - 1; k >= 0 && near(k, ka) && paragraphOf(spots.get(k)) == paragraphOf(a); k--) {
                Spot x = spots.get(k);
                if (!x.figure().isMoney() || !same(x, a) || x.figure().basis() == null || aYear == null || x.figure().basis().first() <= aYear) {
                    continue;
                }
                if (b == null || x.figure().basis().first() > b.figure().basis().first()) {
                    b = x;
                }
            }
            if (b == null) {
                continue;
            }
            String[] mx = multipleExpected(m.value(), true, new int[] {i, after});
            candidate(Claim.Kind.CHANGE, ratioOf(b, a), mx[0], mx[1], Claim.Confidence.MEDIUM, i, a.to(),
                    "'" + words(i, after) + " since' A: B ÷ A = " + mx[2] + "; B is the latest amount of its paragraph before, dated after A"
                            + approximation(a, b) + implication(a.figure(), b.figure()), List.of(a.figure(), b.figure()), b.figure(), 0);
        }
    }

    /**
     * "ارتفعت مداخيل تونس من السياحة إلى B في 2023. وكانت المداخيل قد بلغت A في 2022": a change to B that states no size,
     * whose earlier value the next sentence gives in the pluperfect (كان … قد), of the same subject (a word of B's subject
     * right after كان), its one amount of B's currency, dated before B. The claim is the direction the verb states.
     */
    private void earlierValueAfter(ChangeReader.Stated st, Spot b) {
        if (st.verb < 0 || st.sign == 0 || st.verb >= b.from()) {
            return;
        }
        int next = b.figure().sentence() + 1;
        if (next >= found.sentences().size()) {
            return;
        }
        FigureFinder.Sentence s = found.sentences().get(next);
        int j = s.from();
        if (j + 2 >= s.to() || !Words.stems(tokens.get(j).text()).contains("كانت") && !Words.stems(tokens.get(j).text()).contains("كان")) {
            return;
        }
        // B's subject after its verb, or before it ("إن الاحتياطيات الأجنبية ارتفعت إلى B")
        int subjectFrom = Math.max(sentenceOf(b.figure()).from(), st.verb - 4);
        if (!tokens.get(j + 1).isWord() || !sameSubject(subjectFrom, b.from(), j + 1, j + 2)) {
            return;
        }
        // A, the sentence's one amount of B's currency; after it the change may be stated ("ما يعني زيادة بنحو D")
        Spot a = null, size = null;
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < s.to(); k++) {
            Spot x = spots.get(k);
            if (x.figure().isMoney() || x.figure().isPercent()) {
                boolean stated = a != null && size == null && Cues.before(tokens, x.from(), a.to(), "by") != null
                        && (x.figure().isPercent() || same(x, b) && x.figure().value().compareTo(b.figure().value()) < 0);
                if (stated) {
                    size = x;
                } else if (a != null || !same(x, b)) {
                    return;
                } else {
                    a = x;
                }
            }
        }
        // the pluperfect says A came first; when both are dated, the dates must agree
        if (a == null || paragraphOf(a) != paragraphOf(b) || (a.figure().basis() == null) != (b.figure().basis() == null)
                || a.figure().basis() != null && a.figure().basis().last() >= b.figure().basis().first()) {
            return;
        }
        String why = "'" + words(st.verb) + "' to B; A is the earlier value the next sentence gives its subject ('" + words(j, j + 2) + "')";
        if (size != null) {
            boolean percent = size.figure().isPercent();
            String claim = (percent ? "growth(" : "change(") + expr(a) + ", " + expr(b) + ")";
            String expected = signed(percent ? expr(size) : difference(size, a, b), st.sign);
            candidate(Claim.Kind.CHANGE, claim, expected, null, Claim.Confidence.MEDIUM, st.verb, size.to(),
                    why + ", and the change it states after A" + approximation(a, b, size) + implication(a.figure(), b.figure()),
                    List.of(a.figure(), b.figure(), size.figure()), size.figure(), 0);
            return;
        }
        for (int t = a.to(); t < s.to(); t++) {
            if (Cues.at(tokens, t, "multiplied") != null || Cues.at(tokens, t, "times") != null || Cues.direction(tokens, t) != 0) {
                return; // "أي أنه تضاعف نحو 24 مرة": A's sentence states the change its own way, read by its reader
            }
        }
        java.math.BigDecimal d = b.figure().value().subtract(a.figure().value()).abs();
        String expected = signed(Amount.of(d, a.figure().currency(), oneBasis(a, b)).toString(), st.sign);
        candidate(Claim.Kind.CHANGE, "change(" + expr(a) + ", " + expr(b) + ")", expected, "±0", Claim.Confidence.MEDIUM, st.verb, b.to(),
                why + ", no change stated: the row checks the direction the verb claims (" + (st.sign > 0 ? "B − A > 0" : "B − A < 0")
                        + "), of the size the figures give" + implication(a.figure(), b.figure()), List.of(a.figure(), b.figure()), b.figure(), 0);
    }

    /**
     * Whether a noun of tokens [from, to) and one of [from2, to2) name the same thing (a shared stem of four letters or
     * more, or two nouns of one "noun-" cue group: النفقات، المصروفات).
     */
    private boolean sameSubject(int from, int to, int from2, int to2) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (!tokens.get(j).isWord() || spotAt(j) >= 0 || tokens.get(j).text().length() < 4) {
                continue;
            }
            for (int k = Math.max(0, from2); k < to2; k++) {
                if (tokens.get(k).isWord() && spotAt(k) < 0 && tokens.get(k).text().length() >= 4 && Cues.sameThing(tokens.get(j).text(), tokens.get(k).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The change the words state from A to B, written whether or not it fits (the words say which A). */
    private void writeFromContext(ChangeReader.Stated st, Spot a, Spot b, String which) {
        String claim = st.percent != null ? "growth(" + expr(a) + ", " + expr(b) + ")" : null;
        String expected = st.percent != null ? signed(expr(st.percent), st.sign) : null;
        String tolerance = null;
        if (st.percent == null && st.multiple != null) {
            String[] m = multipleExpected(st.multiple, true, st.multipleAt);
            claim = ratioOf(b, a);
            expected = m[0];
            tolerance = m[1];
        } else if (st.percent == null && st.difference == null) {
            claim = "growth(" + expr(a) + ", " + expr(b) + ")"; // "by half": a round fraction, within ±10 % of it
            expected = signed(st.fraction.stripTrailingZeros().toPlainString() + "%", st.sign);
            tolerance = st.fractionAbout != null ? "±20%" : "±10%";
        } else if (st.percent == null) {
            Figure sf = st.difference.figure();
            claim = "change(" + expr(a) + ", " + expr(b) + ")";
            expected = signed(Figure.readable(Amount.of(sf.value(), sf.currency(), oneBasis(a, b))), st.sign);
        }
        Spot stated = st.percent != null ? st.percent : st.difference != null ? st.difference : b;
        List<Figure> fs = stated == b ? List.of(a.figure(), b.figure()) : List.of(a.figure(), b.figure(), stated.figure());
        candidate(Claim.Kind.CHANGE, claim, expected, tolerance, Claim.Confidence.MEDIUM, Math.min(st.verb, b.from()), Math.max(b.to(), st.end),
                "'" + words(st.verb) + "' B by the change stated" + which + approximation(a, b, stated) + implication(a.figure(), b.figure()),
                fs, stated.figure(), -0.5);
    }


    /** Auxiliaries between a subject and its verb: "was raised", "has been cut". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("was", "were", "is", "are", "has", "have", "had", "been", "be",
            "will", "would");

    /**
     * "The trade deficit, $4.2 bn in 2021, widened 20 % to B", "The loan, which amounted to $3 bn, was raised by 50 % to B",
     * "The $3 bn loan was raised by 20 % to B": the one amount of B's currency before the verb, in an apposition of the
     * subject (only its year may follow it before the comma) or attributive to its noun; or null.
     */
    private Spot subjectOfTheVerb(ChangeReader.Stated st, Spot b) {
        FigureFinder.Sentence s = sentenceOf(b.figure());
        int verb = st.verb;
        if (verb > b.from()) {
            // "…, fell to B in 2023, a drop of 84 %": the size after B, the verb of its clause before it
            verb = -1;
            for (int j = b.from() - 1; j >= s.from() && verb < 0; j--) {
                verb = Cues.direction(tokens, j) != 0 && spotAt(j) < 0 ? j : -1;
            }
        }
        if (verb < s.from() || verb > b.from()) {
            return null;
        }
        Spot x = null;
        for (int k = firstSpotFrom(s.from()); k < spots.size() && spots.get(k).from() < verb; k++) {
            Figure f = spots.get(k).figure();
            if (f.kind() == Figure.Kind.YEAR) {
                continue;
            }
            if (x != null || !f.isMoney() || !same(spots.get(k), b)) {
                return null;
            }
            x = spots.get(k);
        }
        if (x == null || x.from() - s.from() > 12
                || x.figure().basis() != null && b.figure().basis() != null && x.figure().basis().first() > b.figure().basis().first()) {
            return null;
        }
        for (int j = s.from(); j < x.from(); j++) {
            if (tokens.get(j).isNumber() || Cues.at(tokens, j, x.from(), "clause") != null || Cues.direction(tokens, j) != 0) {
                return null;
            }
        }
        boolean apposition = x.from() > s.from() && (tokens.get(x.from() - 1).is(",") || tokens.get(x.from() - 1).is("-") || tokens.get(x.from() - 1).is("at")
                || Cues.before(tokens, x.from(), s.from(), "amounting") != null);
        int j = x.to();
        if (apposition) {
            // only the amount's year may follow it before the comma that closes the apposition: "in 2021", "a year earlier"
            while (j < verb && !tokens.get(j).is(",") && !tokens.get(j).is("-")) { // a comma or a dash closes it
                Cues.Cue e = Cues.at(tokens, j, verb, "earlier");
                if (e != null) {
                    j += e.words().size();
                } else if (tokens.get(j).is("in") || tokens.get(j).is("at") || tokens.get(j).is("end") || tokens.get(j).is("the")
                        || tokens.get(j).is("of") || spotAt(j) >= 0 && spots.get(spotAt(j)).figure().kind() == Figure.Kind.YEAR) {
                    j++;
                } else {
                    return null;
                }
            }
            j++;
        } else {
            if (x.from() - s.from() > 2 || commaBetween(s.from(), verb)) {
                return null; // "The $3 bn loan": a determiner, the amount, its noun
            }
            int nouns = 0;
            while (j < verb && tokens.get(j).isWord() && !AUXILIARIES.contains(tokens.get(j).text()) && nouns < 3) {
                nouns++;
                j++;
            }
            if (nouns == 0) {
                return null;
            }
        }
        while (j < verb && AUXILIARIES.contains(tokens.get(j).text())) {
            j++;
        }
        return j == verb ? x : null;
    }

    /**
     * "Exports totalled $6.2 bn in 2022 and $7.5 bn in 2023, a 35 % increase": A right before B, joined by "and", dated
     * earlier than B, the change stated after both; or null.
     */
    private Spot pairedBefore(ChangeReader.Stated st, Spot b) {
        int kb = indexOf(b);
        int ka = kb - 1;
        while (ka >= 0 && spots.get(ka).figure().kind() == Figure.Kind.YEAR) {
            ka--;
        }
        if (ka < 0 || st.verb < b.to() || b.from() < 1 || !tokens.get(b.from() - 1).is("and")) {
            return null;
        }
        Spot a = spots.get(ka);
        Figure af = a.figure(), bf = b.figure();
        boolean dated = af.basis() != null && bf.basis() != null && af.basis().last() < bf.basis().first();
        boolean close = b.from() - a.to() <= 5 && !commaBetween(a.to(), b.from());
        return a.figure().isMoney() && same(a, b) && af.sentence() == bf.sentence() && dated && close ? a : null;
    }

    /**
     * Whether an amount other than the change's stated difference stands between B and A: "dropped 5.5 % to B,
     * leaving a surplus of C, down from A the year before" marks A as C's earlier figure, not B's.
     */
    private boolean otherAmountBetween(Spot b, Spot a, ChangeReader.Stated st) {
        for (int k = firstSpotFrom(b.to()); k < spots.size() && spots.get(k).from() < a.from(); k++) {
            Spot x = spots.get(k);
            if (x.figure().isMoney() && x != st.difference) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cut Poland's $33 bn debt by half, to $16.5 bn", "raised its $3 bn loan by 20 % to $3.6 bn": the amount of B's
     * currency between the change's verb and its stated size is the verb's object, the earlier figure; or null.
     */
    private Spot objectOfTheVerb(ChangeReader.Stated st, Spot b) {
        int size = st.percent != null ? st.percent.from() : st.difference != null ? st.difference.from()
                : st.fraction != null ? st.fractionAt[0] : st.multipleAt != null ? st.multipleAt[0] : -1;
        if (st.verb < 0 || size < 0 || size > b.from()) {
            return null;
        }
        Spot object = null;
        for (int k = firstSpotFrom(st.verb + 1); k < spots.size() && spots.get(k).from() < size; k++) {
            Spot x = spots.get(k);
            if (x.figure().isMoney()) {
                if (object != null || !same(x, b)) {
                    return null; // two amounts, or another currency's: not one object
                }
                object = x;
            }
        }
        return object;
    }
}
