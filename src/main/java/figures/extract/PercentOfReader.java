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
 * Percent-of relations: {@code X %, i.e. Z, of Y}, {@code Z, or X % of Y}, {@code Z (X %) of Y},
 * {@code X % of Y, i.e. Z}, {@code Z بنسبة X % من Y}, and X % of a whole its paragraph stated before.
 */
final class PercentOfReader extends RelationReader {
    PercentOfReader(Shared shared) {
        super(shared);
    }

    void read() {
        for (int k = 0; k < spots.size(); k++) {
            Spot p = spots.get(k);
            cut = false;
            if (!p.figure().isPercent() || yearly.contains(p)) {
                continue;
            }
            // X %, i.e. Z, of Y
            Spot z = next(k);
            if (z != null && (z.figure().isMoney() || z.figure().isPercent()) && between(p, z, "restate", 4, true)) {
                Spot y = larger(k + 1, z);
                Spot yb = y == null ? baseBefore(k, p, z) : null;
                if (yb != null) {
                    // "Of the $2.5 bn pledged, 40 %, or $1 bn, …", "Y, of which 20 %, or Z, …": Y before, named by "of"
                    add(p, yb, z, Claim.Confidence.HIGH, "of Y …, X %, i.e. Z", 0);
                    continue;
                }
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
            // Y …, X % of it, i.e. Z: "بلغت الودائع 42 مليار دولار، يستحوذ القطاع العائلي على 35 % منها، أي 16 مليار دولار",
            // "تحصل كل منهما على نصفها، أي Z": Y the amount before the percent in its sentence
            boolean ofItBefore = ofItBefore(p);
            if ((Cues.at(tokens, p.to(), "of-which") != null || found.pronounFraction(p.to() - 1) || ofItBefore) && z != null) {
                Spot yi = null;
                for (int j = k - 1; j >= 0 && near(j, k) && spots.get(j).figure().sentence() == p.figure().sentence() && yi == null; j--) {
                    yi = same(spots.get(j), z) ? spots.get(j) : null; // past a restatement in another currency: "18.87 tn PKR (about $68 bn)"
                    if (spots.get(j).figure().isPercent()) {
                        break;
                    }
                }
                // "تبلغ قيمة الحزمة 6 مليارات دولار. ويخصص منها 30 %، أي 1.8 مليار": "of it" before X % in a sentence with no amount
                // before it refers to the last amount of the sentence before
                int kb = k - 1;
                while (kb >= 0 && spots.get(kb).figure().kind() == Figure.Kind.YEAR && spots.get(kb).figure().sentence() == p.figure().sentence() - 1) {
                    kb--; // "… 20 مليار دينار في 2023. وشكلت الصادرات إلى أوروبا 70 % منها": past the year after Y
                }
                if (yi == null && (ofItBefore || Cues.at(tokens, p.to(), "of-which") != null) && kb >= 0 && paragraphOf(spots.get(kb)) == paragraphOf(p)
                        && spots.get(kb).figure().sentence() == p.figure().sentence() - 1 && same(spots.get(kb), z)) {
                    yi = spots.get(kb);
                }
                if (yi != null && same(yi, z) && partOf(p, z, yi) && restatedWithin(p, z, 10)) {
                    add(p, yi, z, Claim.Confidence.HIGH, "Y …, X % of it, i.e. Z", 0);
                    continue;
                }
            }
            // Z, or X % of Y; Z (X %) of Y; Z بنسبة X % من Y
            Spot before = k > 0 ? spots.get(k - 1) : null;
            Spot y = next(k);
            Spot yp = y == null && before != null && before.figure().isMoney() ? pronounBase(p, before) : null;
            if (yp != null && before.figure().sentence() == p.figure().sentence() && between(before, p, "restate", 4, true)) {
                // "Of that, creditors have agreed to forgive $600 m, or 30 %": Y from the sentence before
                add(p, yp, before, Claim.Confidence.HIGH, "Of it, Z, or X %; Y the amount of the sentence before", 0);
                continue;
            }
            if (before != null && y != null && same(before, y) && before.figure().sentence() == p.figure().sentence()
                    && partOf(p, before, y)
                    && between(before, p, "restate", 4, false) && (ofRightAfter(p, y) || ofAfterComma(p, y))) {
                add(p, y, before, Claim.Confidence.HIGH, "Z, or X % of Y", 0);
                continue;
            }
            // Z … accounted for X % of Y: the share verb's subject is the part ("Exports to China, at $42 bn, accounted for
            // 30 % of total exports of $120 bn", "The $700 m tranche represents 20 % of the $3.5 bn programme")
            Spot zs = previousAmount(k);
            if (zs != null && y != null && same(zs, y) && partOf(p, zs, y) && shareVerbBefore(p) && ofRightAfter(p, y)
                    && p.from() - zs.to() <= 12 && !Cues.within(tokens, zs.to(), p.from(), "clause") && !semicolonBetween(zs.to(), p.from())) {
                add(p, y, zs, Claim.Confidence.HIGH, "Z … " + words(p.from() - 1) + " X % of Y", 0);
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
                int c = p.from() - (about == null ? 0 : about.words().size()) - 1;
                lead = about != null && c >= 0 && (tokens.get(c).is(",") || tokens.get(c).is("\u060C")) ? about : null;
            }
            Spot zy = inCurrencyOf(zc, y);
            if (zc != null && y != null && lead != null && same(zy, y) && partOf(p, zy, y)
                    && distance(zc.to(), p.from()) <= 10 && pauseBetween(zc.to(), p.from()) && ofRightAfter(p, y)) {
                add(p, y, zy, Claim.Confidence.HIGH, "Z …, " + lead.text() + " X % of Y" + (zy != zc ? " (Z in Y's currency, restated before it in another)" : ""), 0);
                continue;
            }
            // X % of Y, i.e. Z
            if (y != null && ofRightAfter(p, y)) {
                Spot z2 = next(k + 1);
                if (z2 != null && same(y, z2) && (restatedAfter(y, z2) || apposition(y, z2) && partOf(p, z2, y))) {
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
                    && y2.figure().sentence() == p.figure().sentence() && partOf(p, z3, y2)
                    && (between(y2, p, "restate", 5, true) || restatedAfterPhrase(y2, p)) && cueBetween(z3.to(), y2.from(), "of") && !ownBase(p)
                    && (y2.from() - z3.to() <= 10 || (y2.from() - z3.to() <= 18 && Cues.before(tokens, y2.from(), z3.to(), "amounting") != null))) {
                add(p, y2, z3, Claim.Confidence.HIGH, "Z of Y, i.e. X %", 0);
                continue;
            }
            // Y, of which Z, i.e. X %: "$165 bn, of which $42 bn, or 25 %, was short-term", "165 مليار دولار، منها 42 مليار
            // دولار ديون قصيرة الأجل، أي ما نسبته 25 %"; Of Y, Z, i.e. X %: "Of the $50 bn pledged, only $18 bn, or 36 %"
            Spot zw = before, yw = k > 1 ? spots.get(k - 2) : null;
            for (int j = k - 2; j > 0 && j >= k - 4 && yw != null && yw.figure().kind() == Figure.Kind.YEAR; j--) {
                yw = spots.get(j - 1); // "4.3 مليار دولار في 2022، قدمت منها …": the year after Y
            }
            if (zw != null && yw != null && zw.figure().isMoney() && same(zw, yw) && yw.figure().sentence() == p.figure().sentence()
                    && zw.figure().sentence() == p.figure().sentence() && partOf(p, zw, yw)
                    && (zw.from() - yw.to() <= 6 || (zw.from() - yw.to() <= 16 && ofBefore(yw) && commaBetween(yw.to(), zw.from()))
                        || (zw.from() - yw.to() <= 12 && Cues.within(tokens, yw.to(), zw.from(), "of-which")))
                    && (between(zw, p, "restate", 4, true) || (lead != null && commaBetween(zw.to(), p.from()) && p.from() - zw.to() <= 10))) {
                if ((Cues.within(tokens, yw.to(), zw.from(), "of-which") || ofBefore(yw)) && !ownBase(p)) {
                    add(p, yw, zw, Claim.Confidence.HIGH, "Y, of which Z, i.e. X %", 0);
                    continue;
                }
                // "تبلغ الديون Y، ويمثل أصل الدين Z فقط، أي قرابة X %": no word ties Z to Y, so a claim only when it fits
                if (Cues.at(tokens, p.to(), "of") == null && fits(expr(p) + " of " + expr(yw), expr(zw), null)) {
                    add(p, yw, zw, Claim.Confidence.MEDIUM, "Y, … Z, i.e. X % (no 'of which': the numbers fit)", -1);
                    continue;
                }
            }
            if (lead != null && ofAfter(p) && (y == null || !ofRightAfter(p, y))) {
                // "Z …, about 20 % of the package", "وتمثل هذه الدفعة 12 % من إجمالي التعويضات": Y and Z earlier in the paragraph
                Spot zNear = zc != null && distance(zc.to(), p.from()) <= 10 && pauseBetween(zc.to(), p.from()) ? zc : null;
                percentOfTheWhole(k, p, zNear != null ? zNear : restatedAfterOf(k, p), lead);
                continue;
            }
            // X % of the package, or Z: "each providing a third of the package, or about $833 m"; Y earlier in the paragraph
            Spot zr = next(k);
            Cues.Cue restate = zr == null ? null : Cues.before(tokens, zr.from(), p.to(), "restate");
            // "a 37 % cut to the face value of their claims, or about Z": a cut of the whole before it
            cut = zr != null && Cues.at(tokens, p.to(), "cut-noun") != null;
            Spot zc2 = cut && zr.figure().isMoney() ? next(indexOf(zr)) : null;
            if (zc2 != null && same(zr, zc2) && partOf(p, zc2, zr) && zr.from() - p.to() <= 4 && restatedAfter(zr, zc2)) {
                // "a 30 % loss on $5 bn of debt, that is $1.5 bn": the cut of the amount right after it, restated
                add(p, zr, zc2, Claim.Confidence.HIGH, "a X % cut of Y, i.e. Z", 0);
                continue;
            }
            if (zr != null && zr.figure().isMoney() && restate != null && (Cues.at(tokens, p.to(), "of") != null || cut) && zr.from() - p.to() <= 12
                    && (tokens.get(zr.from() - restate.words().size() - 1).is(",") || tokens.get(zr.from() - restate.words().size() - 1).is("\u060C"))
                    && !commaBetween(p.to(), zr.from() - restate.words().size() - 1)) {
                percentOfTheWhole(k, p, zr, restate);
                continue;
            }
            // "Half of that, $2.5 bn, went to …": X % of a pronoun, then Z in apposition
            Cues.Cue pronoun = Cues.at(tokens, p.to() + ofWords(p), "whole-pronoun");
            if (zr != null && zr.figure().isMoney() && pronoun != null && ofWords(p) > 0
                    && p.to() + ofWords(p) + pronoun.words().size() == zr.from() - 1 && tokens.get(zr.from() - 1).is(",")) {
                percentOfTheWhole(k, p, zr, pronoun);
                continue;
            }
            // Z, or X % of the total: Y is a larger figure earlier in the paragraph, the one that fits
            if (before != null && before.figure().isMoney() && before.figure().sentence() == p.figure().sentence()
                    && between(before, p, "restate", 4, false) && ofAfter(p)) {
                for (int j = k - 2; j >= 0 && near(j, k) && paragraphOf(spots.get(j)) == paragraphOf(p); j--) {
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

    /**
     * "Of the $2.5 bn pledged, 40 %, or $1 bn": Y, the amount before X % in its sentence (no other amount between), of
     * Z's currency and larger, named by "of" before it, or followed by "of which" right before X %; or null.
     */
    private Spot baseBefore(int k, Spot p, Spot z) {
        for (int j = k - 1; j >= 0 && near(j, k) && spots.get(j).figure().sentence() == p.figure().sentence(); j--) {
            Spot y = spots.get(j);
            if (y.figure().kind() == Figure.Kind.YEAR) {
                continue;
            }
            boolean named = ofBefore(y) || Cues.before(tokens, p.from(), y.to(), "of-which") != null;
            return y.figure().isMoney() && same(y, z) && partOf(p, z, y) && named && p.from() - y.to() <= 10
                    && commaBetween(y.to(), p.from()) && !Cues.within(tokens, y.to(), p.from(), "clause") ? y : null;
        }
        return pronounBase(p, z);
    }

    /**
     * "Egypt's debt stood at $168 bn. Of this, 38 %, or $64 bn, …": a sentence that opens with "Of" and a pronoun takes
     * its base from the sentence before: its last amount, of Z's currency and larger (same paragraph); or null.
     */
    private Spot pronounBase(Spot p, Spot z) {
        FigureFinder.Sentence s = sentenceOf(p.figure());
        Cues.Cue of = Cues.at(tokens, s.from(), "of");
        Cues.Cue pronoun = of == null ? null : Cues.at(tokens, s.from() + of.words().size(), "whole-pronoun");
        int sentence = p.figure().sentence() - 1;
        if (pronoun == null || sentence < 0 || paragraph[sentence] != paragraph[p.figure().sentence()]
                || !tokens.get(s.from() + of.words().size() + pronoun.words().size()).is(",")) {
            return null;
        }
        for (int k = indexOf(p) - 1; k >= 0 && spots.get(k).figure().sentence() >= sentence; k--) {
            Spot y = spots.get(k);
            if (y.figure().sentence() == sentence && y.figure().isMoney()) {
                return same(y, z) && partOf(p, z, y) ? y : null;
            }
        }
        return null;
    }

    /** "40 % of the $10 bn, $4 bn, goes to …": Z right after Y's comma, closed by a comma of its own. */
    private boolean apposition(Spot y, Spot z) {
        return z.from() == y.to() + 1 && tokens.get(y.to()).is(",") && z.to() < tokens.size() && tokens.get(z.to()).is(",");
    }

    /** "Z, or X %, of Y": the comma that closes the restatement, then "of" and Y within a few words, no comma between. */
    private boolean ofAfterComma(Spot p, Spot y) {
        int j = p.to();
        if (j >= tokens.size() || !tokens.get(j).is(",") || Cues.at(tokens, j + 1, "of") == null || Cues.at(tokens, j + 1, "of-which") != null) {
            return false;
        }
        return y.figure().sentence() == p.figure().sentence() && y.from() > j && y.from() - j <= 6 && !commaBetween(j + 1, y.from());
    }

    /**
     * Whether X % names a base of its own after it ("or 1.9 % of GDP", "2 % of output"): "of" and a noun that is no
     * whole the paragraph stated ("of it", "of the total") and no amount.
     */
    private boolean ownBase(Spot p) {
        int of = p.to() + ofWords(p);
        if (ofWords(p) == 0 || Cues.at(tokens, of, "whole-pronoun") != null || Cues.at(tokens, of, "whole") != null
                || Cues.at(tokens, of, "the-total") != null) {
            return false;
        }
        int k = spotAfter(of - 1, 4);
        return k < 0 || !(spots.get(k).figure().isMoney() || spots.get(k).figure().isPercent());
    }

    /** A share verb right before X % (an approximation may stand between): "accounted for (about) 30 %". */
    private boolean shareVerbBefore(Spot p) {
        int floor = sentenceOf(p.figure()).from();
        Cues.Cue about = Cues.before(tokens, p.from(), floor, "approximate");
        int e = p.from() - (about != null ? about.words().size() : 0);
        return Cues.before(tokens, e, floor, "share-verb") != null;
    }

    /** A comma or a dash between: "Z, roughly X % of the total", "Z — roughly X % of the total —". */
    private boolean pauseBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is("-") && spotAt(j) < 0) {
                return true;
            }
        }
        return commaBetween(from, to);
    }

    private boolean semicolonBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(";") || tokens.get(j).is("\u061B")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "$42 bn of the $60 bn in exports, or 70 %": a restating cue right before X %, after a comma that ends Y's
     * phrase a few words on (no clause word between).
     */
    private boolean restatedAfterPhrase(Spot y, Spot p) {
        FigureFinder.Sentence s = sentenceOf(p.figure());
        Cues.Cue lead = Cues.before(tokens, p.from(), s.from(), "restate");
        if (lead == null || distance(y.to(), p.from()) > 10) {
            return false;
        }
        int cueFrom = p.from() - lead.words().size();
        return cueFrom > y.to() && (tokens.get(cueFrom - 1).is(",") || tokens.get(cueFrom - 1).is("\u060C")) && !commaBetween(y.to(), cueFrom - 1)
                && !Cues.within(tokens, y.to(), cueFrom, "clause");
    }

    /**
     * "X % منها إلى النفقات التشغيلية، أي نحو Z": a restating cue (an approximation may follow it) right before Z, at most
     * {@code max} tokens after p, no money or percent figure between.
     */
    private boolean restatedWithin(Spot p, Spot z, int max) {
        if (z.from() - p.to() > max || restatedAfter(p, z)) {
            return z.from() - p.to() <= max;
        }
        int floor = p.to();
        int e = z.from();
        Cues.Cue about = Cues.before(tokens, e, floor, "approximate");
        e -= about != null ? about.words().size() : 0;
        return Cues.before(tokens, e, floor, "restate") != null && (e - 1 <= floor || !tokens.get(e - 1).isNumber());
    }

    /**
     * "ويخصص منها 30 %", "يمثل الدين الخارجي منه 30 %": "of it" (منها، منه) a few words before X % in its clause, a verb or
     * its subject between, no figure and no comma.
     */
    private boolean ofItBefore(Spot p) {
        int floor = sentenceOf(p.figure()).from();
        for (int e = p.from() - 1; e >= Math.max(floor, p.from() - 4); e--) {
            if (!tokens.get(e).isWord() || spotAt(e) >= 0) {
                return false;
            }
            Cues.Cue c = Cues.at(tokens, e, "of-which");
            if (c != null && c.words().size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** "Of the $50 bn pledged": "of" opening Y's phrase, at most an article between it and Y. */
    private boolean ofBefore(Spot y) {
        int floor = sentenceOf(y.figure()).from();
        for (int e = y.from(); e >= Math.max(floor, y.from() - 1); e--) {
            if (e - 1 >= floor && Cues.before(tokens, e, floor, "of") != null
                    && (e == y.from() || tokens.get(e).isWord() && tokens.get(e).text().length() <= 3)) {
                return true;
            }
        }
        // "Of Zambia's $13 bn external debt": a name with its possessive between
        int e = y.from() - 3;
        return e - 1 >= floor && tokens.get(e).isWord() && (tokens.get(e + 1).is("'") || tokens.get(e + 1).is("\u2019"))
                && tokens.get(e + 2).is("s") && Cues.before(tokens, e, floor, "of") != null;
    }

    /**
     * Z in Y's currency when the amount just before X % restates it in another: "3.7262 bn SDR, i.e.
     * about 5 bn USD, which is 417 % of the 894.4 m SDR quota" (Z is the SDR amount); else z.
     */
    private Spot inCurrencyOf(Spot z, Spot y) {
        if (z == null || y == null || same(z, y)) {
            return z;
        }
        int kz = indexOf(z);
        Spot z2 = kz > 0 ? spots.get(kz - 1) : null;
        if (z2 != null && z2.figure().sentence() == z.figure().sentence() && z2.figure().isMoney() && same(z2, y)
                && between(z2, z, "restate", 5, true)) {
            return z2;
        }
        return z;
    }

    /**
     * "X % of the package" with no figure after it: Z is the amount before it in its sentence (or,
     * when the sentence refers back, the paragraph's); Y the larger amount before it in the
     * paragraph: the one that fits, else, when there is only one, that one (the words say the relation).
     */
    /** Whether the percent being read is the size of a cut ("a 37 % cut to the face value"): its base is the one whole before it. */
    private boolean cut;

    void percentOfTheWhole(int k, Spot p, Spot z, Cues.Cue lead) {
        List<Spot> before = new ArrayList<>();
        for (int j = k - 1; j >= 0 && near(j, k) && paragraphOf(spots.get(j)) == paragraphOf(p); j--) {
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
        // a claim only when it fits: written whether or not it fit, it raised two false alarms on the unseen splits
        // (fresh2, fresh3 totals; a noun's earlier amount need not be the whole meant)
        Spot named = namedWhole(p, z);
        Spot pointed = named == null ? pointedWhole(p, z) : null;
        if (pointed != null) {
            add(p, pointed, z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of 'this amount': Y is the amount before it", -1);
            return;
        }
        if (named != null && fits(expr(p) + " of " + expr(named), expr(z), null)) {
            add(p, named, z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the '" + words(namedAt) + "' its paragraph gave the amount of before", -1);
            return;
        }
        List<Spot> ys = new ArrayList<>();
        for (Spot y : before) {
            if (y != z && same(y, z) && y.figure().value().compareTo(z.figure().value()) > 0) {
                ys.add(y);
            }
        }
        int of0 = p.to() + ofWords(p);
        if (Cues.within(tokens, of0, Math.min(sentenceOf(p.figure()).to(), of0 + 2), "the-total") && !ys.isEmpty()) {
            // "roughly 15 % of the total": the whole is the largest amount before it (a total is at least each of its parts)
            Spot largest = ys.get(0);
            for (Spot y : ys) {
                largest = y.figure().value().compareTo(largest.figure().value()) > 0 ? y : largest;
            }
            add(p, largest, z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the total; Y is the largest figure before it", -1);
            return;
        }
        // of the larger figures that fit, the one X % of which is nearest Z ("a budget of 28.7 tn … proposed 27.5 tn …
        // a deficit of 9.18 tn, or about 32 % of total spending": 32 % of 28.7 tn)
        Spot best = null;
        BigDecimal gap = null;
        for (Spot y : ys) {
            BigDecimal g = p.figure().value().movePointLeft(2).multiply(y.figure().value()).subtract(z.figure().value()).abs();
            if ((gap == null || g.compareTo(gap) < 0) && fits(expr(p) + " of " + expr(y), expr(z), null)) {
                best = y;
                gap = g;
            }
        }
        if (best != null) {
            add(p, best, z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the whole; Y is the larger figure before it that fits"
                    + (ys.size() > 1 ? " best" : ""), -1);
            return;
        }
        // "X % of GDP", "of its exports": a whole the paragraph may not state; only "of the total/package/loan" names the one before
        int of = p.to() + ofWords(p);
        if (ys.size() == 1 && (cut || Cues.within(tokens, of, Math.min(sentenceOf(p.figure()).to(), of + 2), "whole")
                || ofWords(p) > 0 && Cues.at(tokens, of, "whole-pronoun") != null)) {
            add(p, ys.get(0), z, Claim.Confidence.MEDIUM, "Z, " + lead.text() + " X % of the whole; Y is the one larger figure before it", -1);
        }
    }

    /** "X % من هذا المبلغ، أي Z": the amount a restating cue after a comma gives right after X %'s phrase, or null. */
    private Spot restatedAfterOf(int k, Spot p) {
        Spot zr = next(k);
        Cues.Cue restate = zr == null ? null : Cues.before(tokens, zr.from(), p.to(), "restate");
        if (zr == null || !zr.figure().isMoney() || restate == null || zr.from() - p.to() > 10) {
            return null;
        }
        int comma = zr.from() - restate.words().size() - 1;
        return comma > p.to() && (tokens.get(comma).is(",") || tokens.get(comma).is("\u060C")) && !commaBetween(p.to(), comma) ? zr : null;
    }

    /**
     * "وتمثل الديون الخارجية نحو 40 % من هذا المبلغ، أي Z": "of" and a demonstrative point at the amount before, the last
     * of Z's currency larger than Z in X %'s sentence or the one before; else null.
     */
    private Spot pointedWhole(Spot p, Spot z) {
        int j = p.to() + ofWords(p);
        if (j >= sentenceOf(p.figure()).to() || ofWords(p) == 0 || Cues.at(tokens, j, "demonstrative") == null) {
            return null;
        }
        for (int k = indexOf(p) - 1; k >= 0 && near(k, indexOf(p)); k--) {
            Spot y = spots.get(k);
            if (y.figure().sentence() < p.figure().sentence() - 1 || paragraphOf(y) != paragraphOf(p)) {
                return null;
            }
            if (y != z && y.figure().isMoney() && same(y, z) && !y.figure().isRange()) {
                return partOf(p, z, y) ? y : null;
            }
        }
        return null;
    }

    /** The token of the noun {@link #namedWhole} found. */
    private int namedAt;

    /**
     * "تبلغ النفقات Y … أي ما يعادل X % من إجمالي النفقات": the whole after "of" is a noun the paragraph gave an amount
     * of before (the amount right after its last mention, of Z's currency and larger than Z): that amount; else null.
     */
    private Spot namedWhole(Spot p, Spot z) {
        FigureFinder.Sentence s = sentenceOf(p.figure());
        int j = p.to() + ofWords(p);
        for (int n = 0; n < 2 && j < s.to() && Cues.at(tokens, j, "of-the-whole") != null; n++) {
            j += Cues.at(tokens, j, "of-the-whole").words().size();
        }
        if (j >= s.to() || !tokens.get(j).isWord() || spotAt(j) >= 0 || tokens.get(j).text().length() < 4 || !Tokens.arabicLetter(tokens.get(j).text().charAt(0))) {
            return null;
        }
        String noun = tokens.get(j).text();
        int kp = indexOf(p);
        int floor = kp;
        while (floor > 0 && near(floor - 1, kp) && paragraphOf(spots.get(floor - 1)) == paragraphOf(p)) {
            floor--;
        }
        int lo = found.sentences().get(spots.get(floor).figure().sentence()).from();
        for (int t = Math.min(p.from(), z.from()) - 1; t >= lo; t--) {
            if (!tokens.get(t).isWord() || spotAt(t) >= 0 || !Cues.sameThing(tokens.get(t).text(), noun)) {
                continue;
            }
            for (int k = firstSpotFrom(t + 1); k < spots.size() && spots.get(k).from() <= t + 6 && spots.get(k).from() < p.from(); k++) {
                Spot y = spots.get(k);
                if (y.figure().isMoney()) {
                    if (y != z && same(y, z) && partOf(p, z, y) && sentenceOfToken(t) == y.figure().sentence()) {
                        namedAt = t;
                        return y;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** X % of Y and a figure Z of the same sentence, not linked by a restating word: a claim only when Z fits. */
    void numbersPercentOf(int k, Spot p, Spot y) {
        Spot best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = Math.max(0, k - WINDOW); j < Math.min(spots.size(), k + WINDOW); j++) {
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

    void add(Spot p, Spot base, Spot part, Claim.Confidence confidence, String form, double bonus) {
        percentOf.add(new Spot[] {p, base, part});
        Figure pf = p.figure(), bf = base.figure(), zf = part.figure();
        Claim.Confidence c = implied(confidence, bf, zf);
        String claim = expr(p) + " of " + expr(base);
        candidate(Claim.Kind.PERCENT_OF, claim, expr(part), null, c,
                Math.min(p.from(), Math.min(base.from(), part.from())), Math.max(base.to(), part.to()),
                form + ": " + claim + " stated as " + expr(part) + implication(bf, zf) + approximation(p, base, part),
                List.of(pf, bf, zf), zf, bonus - spread(p, base, part));
    }
}
