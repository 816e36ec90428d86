package figures.extract;

import figures.extract.FigureFinder.Spot;

/**
 * The words around a change that {@link ChangeReader} reads its pairs by: the verb of a change and its sign, the
 * cue of its size ("by", "up"), a clause that starts another change, an explanation that spells a verb out, the
 * possessive after "from" ("from this year's A").
 */
abstract class ChangeWords extends RelationReader {
    ChangeWords(Shared shared) {
        super(shared);
    }

    /** Whether a "by" cue stands right before x, or before its approximation ("up nearly 8 %"). */
    boolean byBefore(Spot x) {
        int floor = sentenceOf(x.figure()).from();
        Cues.Cue about = Cues.before(tokens, x.from(), floor, "approximate");
        return Cues.before(tokens, x.from(), floor, "by") != null
                || about != null && Cues.before(tokens, x.from() - about.words().size(), floor, "by") != null;
    }

    /**
     * A verb that an explanation ("إذ", "حيث") after it spells out: "تراجع العجز بنسبة 80 %، إذ هبط إلى B من A" (the verb
     * before "إذ", of the same direction as the one after it, no amount between them); its token, or -1.
     */
    int explainedVerb(int verb, int sign, FigureFinder.Sentence s) {
        int e = verb;
        Cues.Cue ex = Cues.before(tokens, e, s.from(), "explains");
        if (ex == null) {
            return -1;
        }
        e -= ex.words().size();
        e -= e - 1 >= s.from() && (tokens.get(e - 1).is(",") || tokens.get(e - 1).is("\u060C")) ? 1 : 0;
        for (int j = e - 1; j >= Math.max(s.from(), e - 20); j--) {
            if (tokens.get(j).is(";") || Cues.at(tokens, j, e, "clause") != null || moneyBetween(j, j + 1)) {
                return -1;
            }
            int d = Cues.direction(tokens, j);
            if (d != 0) {
                return d == sign ? j : -1;
            }
        }
        return -1;
    }

    /**
     * The token after a possessive that follows "from" ("from this year's", "from last year's", "from 2022's": at
     * most two words or a year, then 's), or -1.
     */
    int possessiveAfter(int last) {
        for (int j = last + 1; j <= last + 3 && j + 1 < tokens.size(); j++) {
            boolean apostrophe = tokens.get(j).is("'") || tokens.get(j).is("\u2019");
            if (apostrophe && tokens.get(j + 1).is("s") && j > last + 1) {
                return j + 2;
            }
            if (!tokens.get(j).isWord() && !(tokens.get(j).isNumber() && spotAt(j) >= 0 && spots.get(spotAt(j)).figure().kind() == Figure.Kind.YEAR)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether tokens [from, to) are all words. */
    boolean allWords(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Whether an amount stands in tokens [from, to). */
    boolean moneyBetween(int from, int to) {
        for (int k = firstSpotFrom(from); k < spots.size() && spots.get(k).from() < to; k++) {
            if (spots.get(k).figure().isMoney()) {
                return true;
            }
        }
        return false;
    }

    boolean inMoneyOrPercent(int j) {
        int k = spotAt(j);
        return k >= 0 && (spots.get(k).figure().isMoney() || spots.get(k).figure().isPercent());
    }

    /** The verb of a change before token {@code at} in its sentence: its token and sign (+1 rise, −1 fall), or {-1, 0}. */
    int[] verbBefore(int at) {
        FigureFinder.Sentence s = found.sentences().get(sentenceOfToken(at));
        // Arabic opens a sentence with its verb and a long subject after it: "زاد صافي الاحتياطيات الدولية لدى البنك المركزي ... من A"
        for (int j = at - 1; j >= Math.max(s.from(), at - 20); j--) {
            if (tokens.get(j).is(";") || Cues.at(tokens, j, at, "clause") != null) {
                break;
            }
            int d = Cues.direction(tokens, j);
            if (d != 0) {
                return new int[] {j, d};
            }
        }
        return new int[] {-1, 0};
    }

    /** The verb of a change between tokens from and to ("From A, exports rose to B"): its token and sign, or {-1, 0}. */
    int[] verbBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(";") || Cues.at(tokens, j, to, "clause") != null) {
                break;
            }
            if (Cues.at(tokens, j, to, "rise") != null) {
                return new int[] {j, 1};
            }
            if (Cues.at(tokens, j, to, "fall") != null) {
                return new int[] {j, -1};
            }
        }
        return new int[] {-1, 0};
    }

    /**
     * Whether tokens [from, to) start another clause: a clause word (while, في حين) or a change verb of its own (not a
     * participle of B's own subject: "إلى B، منخفضة بمقدار D").
     */
    boolean otherClause(int from, int to) {
        for (int j = from; j < to; j++) {
            // (nor a change named by a restating word: "B، وهو ما يمثل زيادة بنسبة X %")
            boolean verb = (Cues.at(tokens, j, to, "rise") != null || Cues.at(tokens, j, to, "fall") != null)
                    && Cues.at(tokens, j, to, "same-subject") == null && Cues.before(tokens, j, from, "restate") == null;
            if (tokens.get(j).is(";") || Cues.at(tokens, j, to, "clause") != null || verb) {
                return true;
            }
        }
        return false;
    }

    /** The sign an "up"/"down"/"an increase of" cue gives, at its token. */
    int[] signOf(int at, Cues.Cue by) {
        if (at > 0 && spotAt(at - 1) < 0) { // "shrinking by 55 %": the verb right before a cue with no direction of its own
            int[] v = at - 1 >= 0 && Cues.at(tokens, at - 1, "rise") != null ? new int[] {at - 1, 1}
                    : Cues.at(tokens, at - 1, "fall") != null ? new int[] {at - 1, -1} : null;
            if (v != null && Cues.at(tokens, at, "rise") == null && Cues.at(tokens, at, "fall") == null) {
                return v;
            }
        }
        for (int j = at; j < at + by.words().size(); j++) {
            int d = Cues.direction(tokens, j);
            if (d != 0) {
                return new int[] {at, d};
            }
        }
        // "raised spending by 7 %": the verb, its object (a word or two, no figure), then the cue
        if (by.words().size() == 1 && tokens.get(at).is("by")) {
            for (int j = at - 2; j >= Math.max(0, at - 3); j--) {
                if (!tokens.get(j + 1).isWord() || spotAt(j + 1) >= 0) {
                    break;
                }
                int d = Cues.direction(tokens, j);
                if (d != 0 && spotAt(j) < 0 && tokens.get(j).isWord()) {
                    return new int[] {j, d};
                }
            }
        }
        return new int[] {-1, 0};
    }
}
