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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every reader of a relation stands on: the article's tokens, sentences, paragraphs and
 * figures (with indexes that find the figure at or near a token in logarithmic time, so a reader
 * that looks around each token stays linear in the text), how a figure is written in a claim
 * ({@code about(3bn USD)}), the words between figures, and the candidates found so far. Each
 * relation kind has its reader ({@link PercentOfReader}, {@link RemainderReader},
 * {@link ChangeReader}, {@link TotalReader}, {@link RatioReader}); {@link ClaimFinder} runs them
 * and keeps one reading of each stated figure.
 */
abstract class RelationReader {
    static final Environment PLAIN = Environment.withoutTables();

    /** A claim before ids are given: its score decides between two readings of one stated figure. */
    record Candidate(Claim.Kind kind, String claim, String expected, String tolerance, Claim.Confidence confidence, int fromToken,
                     int toToken, String why, List<Figure> figures, Figure stated, double score, int order) {
    }

    /** What the readers of one article share: the text, its figures and indexes, and what they found. */
    static final class Shared {
        final ArticleText article;
        final FigureFinder found;
        final List<Token> tokens;
        final List<Spot> spots;
        final List<Candidate> candidates = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** The percent-of claims found, as {percent, base, part} spots, for remainders that need a base. */
        final List<Spot[]> percentOf = new ArrayList<>();
        /** Percents read as a yearly rate (cagr): not a change's stated percent. */
        final Set<Spot> yearly = new HashSet<>();
        /** The paragraph of each sentence. */
        final int[] paragraph;
        /** The first token of each spot, in order (spots do not overlap). */
        final int[] spotFrom;
        /** The spot a token belongs to, or -1. */
        final int[] spotOfToken;

        Shared(ArticleText article, FigureFinder found) {
            this.article = article;
            this.found = found;
            this.tokens = found.tokens();
            this.spots = found.spots();
            List<FigureFinder.Sentence> ss = found.sentences();
            paragraph = new int[ss.size()];
            int p = 0;
            for (int i = 0; i < ss.size(); i++) {
                if (i > 0 && tokens.get(ss.get(i).from()).paragraphBefore()) {
                    p++;
                }
                paragraph[i] = p;
            }
            spotFrom = new int[spots.size()];
            spotOfToken = new int[tokens.size()];
            java.util.Arrays.fill(spotOfToken, -1);
            for (int k = 0; k < spots.size(); k++) {
                Spot s = spots.get(k);
                spotFrom[k] = s.from();
                for (int j = s.from(); j < s.to(); j++) {
                    spotOfToken[j] = k;
                }
            }
        }
    }

    final Shared shared;
    final ArticleText article;
    final FigureFinder found;
    final List<Token> tokens;
    final List<Spot> spots;
    final List<Candidate> candidates;
    final List<String> notes;
    final List<Spot[]> percentOf;
    final Set<Spot> yearly;
    final int[] paragraph;

    RelationReader(Shared shared) {
        this.shared = shared;
        this.article = shared.article;
        this.found = shared.found;
        this.tokens = shared.tokens;
        this.spots = shared.spots;
        this.candidates = shared.candidates;
        this.notes = shared.notes;
        this.percentOf = shared.percentOf;
        this.yearly = shared.yearly;
        this.paragraph = shared.paragraph;
    }

    /** The index of the first spot starting at or after token i (spots.size() when none). */
    int firstSpotFrom(int i) {
        int lo = 0, hi = spots.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shared.spotFrom[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * How far apart, in figures, the figures of one relation may stand. Every search for a
     * relation's other figures looks at most this far from the figure it starts from, so that
     * extract takes time in proportion to its input however long a sentence or paragraph is.
     */
    static final int WINDOW = 24;

    /** The index of a spot in {@code spots}. */
    int indexOf(Spot s) {
        return firstSpotFrom(s.from());
    }

    /** Whether spot j is close enough to spot k to stand in one relation with it. */
    static boolean near(int j, int k) {
        return Math.abs(j - k) <= WINDOW;
    }

    /** The index of the spot that token j belongs to, or -1. */
    int spotAt(int j) {
        return j < 0 || j >= tokens.size() ? -1 : shared.spotOfToken[j];
    }

    int paragraphOf(Spot s) {
        return paragraph[s.figure().sentence()];
    }


    Spot previousAmount(int k) {
        Spot p = spots.get(k);
        for (int j = k - 1; j >= 0 && near(j, k) && spots.get(j).figure().sentence() == p.figure().sentence(); j--) {
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

    boolean commaBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).is(",") || tokens.get(j).is("\u060C")) {
                return true;
            }
        }
        return false;
    }

    /** ratio(B, A), the price years dropped when they differ (a nominal ratio). */
    String ratioOf(Spot b, Spot a) {
        boolean oneBasis = Objects.equals(a.figure().basis(), b.figure().basis());
        return "ratio(" + (oneBasis ? expr(b) : nominal(b)) + ", " + (oneBasis ? expr(a) : nominal(a)) + ")";
    }

    /**
     * The expected value, tolerance and explanation of a multiple m written at tokens {@code at}
     * ({from, to}): a round one in words within ±5 %; "more than twice" at_least(2), up to 10 % more;
     * "nearly tripled" at_most(3), up to 10 % less; "about three times" about(3); a decimal (2.7 times) as stated.
     */
    String[] multipleExpected(BigDecimal m, boolean round, int[] at) {
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


    String words(int j) {
        return words(j, j + 1);
    }

    /** The article's words of tokens [from, to), as written. */
    String words(int from, int to) {
        return article.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Whether B's sentence, before its verb, refers back to an earlier sentence ("it", "they", "the figure", "ثم"). */
    boolean refersBack(Spot b, int verb) {
        FigureFinder.Sentence s = sentenceOf(b.figure());
        // the words that refer back open the sentence: the first few words before the verb
        return Cues.within(tokens, s.from(), Math.min(s.from() + 16, Math.max(s.from(), verb + 1)), "anaphor");
    }

    /**
     * "Exports reached B. That was up 9 % from A", "That compares with A": when A's sentence opens with a word that
     * refers back and states no amount before A, B is the last amount of A's currency in the sentence before (same
     * paragraph); or null.
     */
    Spot anaphoricB(Spot a) {
        FigureFinder.Sentence s = sentenceOf(a.figure());
        int sentence = a.figure().sentence() - 1;
        if (sentence < 0 || paragraph[sentence] != paragraph[a.figure().sentence()] || Cues.at(tokens, s.from(), "opening-anaphor") == null) {
            return null;
        }
        int ka = indexOf(a);
        for (int k = ka - 1; k >= 0 && near(k, ka) && spots.get(k).figure().sentence() >= sentence; k--) {
            Spot x = spots.get(k);
            if (x.figure().sentence() == a.figure().sentence() && x.figure().isMoney()) {
                return null;
            }
            if (x.figure().sentence() == sentence && x.figure().isMoney() && same(x, a) && !compared(x)) {
                return x; // the last amount of A's currency (a restatement in another one after it skipped: "9.29 tn yen ($63 bn)")
            }
        }
        return null;
    }

    /** Whether an amount is the earlier figure its sentence compares with: "up from A", "compared with A", "from A to". */
    boolean compared(Spot x) {
        int floor = sentenceOf(x.figure()).from();
        for (int e = x.from(); e >= Math.max(floor, x.from() - 3); e--) {
            if (Cues.before(tokens, e, floor, "versus") != null || Cues.before(tokens, e, floor, "from") != null) {
                return e == x.from() || allWordsBetween(e, x.from());
            }
        }
        return false;
    }

    private boolean allWordsBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Words that say whose words a clause reports: ", the ministry said on Monday," is no part of the relation around it. */
    private static final Set<String> ATTRIBUTION = Set.of("said", "says", "told", "according", "showed", "shows", "reported", "estimated",
            "announced", "added", "noted");

    /**
     * Tokens from {@code from} to {@code to}, less those of a parenthesis ("($53 bn)") and of a clause between commas
     * that says who reported it (", the agency said on Wednesday,"): how far apart the words of a relation are.
     */
    int distance(int from, int to) {
        int n = 0;
        int depth = 0;
        int clauseStart = -1;
        boolean attribution = false;
        for (int j = from; j < to && j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                if (t.is(",")) {
                    if (clauseStart >= 0 && attribution) {
                        n -= j - clauseStart - 1; // the reporting clause between this comma and the one before
                    }
                    clauseStart = j;
                    attribution = false;
                } else if (t.isWord() && ATTRIBUTION.contains(t.text())) {
                    attribution = true;
                }
                n++;
            }
        }
        return n;
    }

    /** Whether A is the earlier figure of a comparison: dated earlier than B, or followed by "a year earlier", "السابق". */
    boolean earlier(Spot a, Spot b) {
        Figure af = a.figure(), bf = b.figure();
        if (af.basis() != null && bf.basis() != null && af.basis().last() < bf.basis().first()) {
            return true;
        }
        return Cues.within(tokens, a.to(), Math.min(sentenceOf(af).to(), a.to() + 6), "earlier")
                || (a.from() > b.to() && Cues.within(tokens, Math.max(b.to(), a.from() - 6), a.from(), "earlier"))
                || (a.from() > b.to() && Cues.within(tokens, Math.max(b.to(), a.from() - 6), a.from(), "was"));
    }

    /** A negative figure in parentheses: a cell starting with '-' would be quoted against spreadsheet formulas in csv. */
    static String signed(String text, int sign) {
        return sign < 0 ? "(-" + text + ")" : text;
    }

    // ---- candidates and claims ---------------------------------------------------------

    /** A price year written after an amount in a claim: {@code @2015}, {@code @1989-1990}. */
    static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("@\\d{4}(?:-\\d{4})?");

    void candidate(Claim.Kind kind, String claim, String expected, String tolerance, Claim.Confidence confidence, int fromToken, int toToken,
                           String why, List<Figure> figures, Figure stated, double score) {
        if (verdictOf(claim, expected, tolerance) == null) {
            // amounts of a stated year met amounts the article gives no year: check assumes none, so
            // the claim compares the amounts as written, and says so
            String undated = YEARS.matcher(claim).replaceAll(""), undatedExpected = YEARS.matcher(expected).replaceAll("");
            boolean mixed = figures.stream().anyMatch(f -> f.isMoney() && !f.expression().contains("@"))
                    && (!undated.equals(claim) || !undatedExpected.equals(expected));
            if (verdictOf(undated, undatedExpected, tolerance) == null) {
                return; // check could not evaluate it: no claim rather than a claims file that fails
            }
            claim = undated;
            expected = undatedExpected;
            why = why + (mixed ? "; price years left out: not every amount states its year, so the amounts are compared as written"
                    : "; price years left out: the amounts of different years (or a year and a span) are compared as written, as the article adds or compares them");
        }
        double s = score + (confidence == Claim.Confidence.HIGH ? 2 : 1) - (toToken - fromToken) / 1000.0;
        candidates.add(new Candidate(kind, claim, expected, tolerance, confidence, fromToken, toToken, why, figures, stated, s, candidates.size()));
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
    static boolean fits(String claim, String expected, String tolerance) {
        Boolean v = verdictOf(claim, expected, tolerance);
        if (v == null) { // as candidate() does: amounts compared as written when not every one states its year
            v = verdictOf(YEARS.matcher(claim).replaceAll(""), YEARS.matcher(expected).replaceAll(""), tolerance);
        }
        return Boolean.TRUE.equals(v);
    }

    // ---- helpers -----------------------------------------------------------------------

    /** A figure as an expression: {@code about(3bn USD)}, {@code at_least(…)}, {@code at_most(…)} when the article says it is approximate. */
    String expr(Spot s) {
        return approximately(s, s.figure().expression());
    }

    String approximately(Spot s, String e) {
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
    String nominal(Spot s) {
        Figure f = s.figure();
        return approximately(s, Figure.readable(Amount.of(f.value(), f.currency())));
    }

    /**
     * A stated difference D of A and B as a claim writes it: in the price year A and B share (a change
     * between two amounts of one year is in that year's prices, as check computes it), else as written
     * without a year (a change between years is nominal).
     */
    String difference(Spot d, Spot a, Spot b) {
        Figure f = d.figure();
        return approximately(d, Figure.readable(Amount.of(f.value(), f.currency(), oneBasis(a, b))));
    }

    /** The price year A and B share, or null. */
    static figures.model.Period oneBasis(Spot a, Spot b) {
        figures.model.Period p = a.figure().basis();
        return p != null && p.equals(b.figure().basis()) ? p : null;
    }

    /** Whether the article marks a figure as approximate ("about", "some", "نحو", "أكثر من"). */
    boolean approximate(Spot s) {
        if (s.figure().approximate()) {
            return true;
        }
        FigureFinder.Sentence st = sentenceOf(s.figure());
        return Cues.before(tokens, s.from(), st.from(), "approximate") != null
                || (s.from() > 0 && tokens.get(s.from() - 1).is("$") && Cues.before(tokens, s.from() - 1, st.from(), "approximate") != null);
    }

    /** "; 'about 3 billion' is approximate: about() allows ±5 %" for each approximate figure. */
    String approximation(Spot... ss) {
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
    static double spread(Spot... ss) {
        int lo = Integer.MAX_VALUE, hi = 0;
        for (Spot s : ss) {
            lo = Math.min(lo, s.from());
            hi = Math.max(hi, s.to());
        }
        return (hi - lo) / 100.0;
    }

    static Claim.Confidence implied(Claim.Confidence c, Figure... figures) {
        for (Figure f : figures) {
            if (f.note() != null && f.note().startsWith("currency implied") && c == Claim.Confidence.HIGH) {
                return Claim.Confidence.MEDIUM;
            }
        }
        return c;
    }

    String implication(Figure... figures) {
        StringBuilder b = new StringBuilder();
        for (Figure f : figures) {
            if (f.note() != null && f.note().startsWith("currency implied")) {
                b.append("; ").append(found.text(f)).append(": ").append(f.note());
            }
        }
        return b.toString();
    }

    FigureFinder.Sentence sentenceOf(Figure f) {
        return found.sentences().get(f.sentence());
    }

    int sentenceOfToken(int token) {
        return found.sentenceAt(token);
    }

    /** The spot after spot k in the same sentence, or null. */
    Spot next(int k) {
        if (k + 1 >= spots.size() || spots.get(k + 1).figure().sentence() != spots.get(k).figure().sentence()) {
            return null;
        }
        return spots.get(k + 1);
    }

    /** The first spot after {@code k} in z's sentence of z's kind and currency and larger than z, or null. */
    Spot larger(int k, Spot z) {
        for (int j = k + 1; j < spots.size() && near(j, k) && spots.get(j).figure().sentence() == z.figure().sentence(); j++) {
            Spot y = spots.get(j);
            if (same(y, z) && y.figure().value().compareTo(z.figure().value()) > 0) {
                return y;
            }
        }
        return null;
    }

    /** Whether Z can be X % of Y by its size: smaller than Y under 100 %, larger over it ("417 % of the quota"). */
    static boolean partOf(Spot x, Spot z, Spot y) {
        int side = x.figure().value().compareTo(BigDecimal.valueOf(100));
        return z.figure().value().compareTo(y.figure().value()) == side;
    }

    /** Two figures that can stand in one claim: both money in one currency, or both percents. */
    static boolean same(Spot a, Spot b) {
        Figure x = a.figure(), y = b.figure();
        return (x.isMoney() && y.isMoney() && x.currency() != null && x.currency().equals(y.currency()))
                || (x.isPercent() && y.isPercent());
    }

    /** Whether only cue words (and , ( ) stand between a and b, at most {@code max} tokens, with at least one cue when {@code needCue}. */
    boolean between(Spot a, Spot b, String cues, int max, boolean needCue) {
        return onlyCues(a.to(), b.from(), cues, max, needCue);
    }

    boolean onlyCues(int from, int to, String cues, int max, boolean needCue) {
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
            Cues.Cue filler = c == null && about == null ? Cues.at(tokens, j, to, "filler") : null;
            if (c != null) {
                cue = true;
                j += c.words().size() - 1;
            } else if (about != null) {
                j += about.words().size() - 1; // "i.e. about Z", "أي ما يقارب Z": the approximation is the figure's
            } else if (filler != null) {
                j += filler.words().size() - 1; // "Z فقط، أي X %"
            } else {
                return false;
            }
        }
        return cue || (!needCue && n > 0);
    }

    /** "Y turnout, i.e. Z": a restating word just before z, at most a few words after y. */
    boolean restatedAfter(Spot y, Spot z) {
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

    boolean cueBetween(int from, int to, String cues) {
        return Cues.within(tokens, from, to, cues);
    }

    /** "X % of Y": "of" (or "out of", "من") right after the percent (or its closing parenthesis), then Y within a few words. */
    boolean ofRightAfter(Spot p, Spot y) {
        if (y.figure().sentence() != p.figure().sentence() || !(y.figure().isMoney() || y.figure().isPercent())) {
            return false;
        }
        int j = p.to();
        if (j < tokens.size() && tokens.get(j).is(")")) {
            j++;
        }
        Cues.Cue of = Cues.at(tokens, j, "of");
        if (of == null && !construct(p)) {
            return false;
        }
        j += of == null ? -1 : of.words().size() - 1;
        if (y.from() - j > 10 || Cues.within(tokens, j, y.from(), "remainder")) {
            return false;
        }
        // Y is in the phrase "of" opens: a comma ends it, unless the words after it name the size of that
        // phrase's noun ("73 % من ديونها، البالغة 13.4 مليار"); "32 % من قيمة القرض، على أن تصرف الـ9.25" is another clause
        for (int c = j + 1; c < y.from(); c++) {
            if (tokens.get(c).is(",") || tokens.get(c).is("\u060C") || tokens.get(c).is(";") || tokens.get(c).is("\u061B")) {
                if (Cues.at(tokens, c + 1, y.from(), "amounting") == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "X % of" after a percent: the word "of" (من) or, for a fraction word, the construct with the noun after it (ربع قيمة الدين). */
    boolean ofAfter(Spot p) {
        return Cues.at(tokens, p.to(), "of") != null || construct(p);
    }

    /** The number of words of "of" after a percent: 0 for a fraction in a construct. */
    int ofWords(Spot p) {
        Cues.Cue of = Cues.at(tokens, p.to(), "of");
        return of == null ? 0 : of.words().size();
    }

    /** A fraction word read as a percent, in a construct with the noun after it: "ثلث الموازنة", "نصف ديون مصر". */
    boolean construct(Spot p) {
        NumberReader.Atom a = p.figure().isPercent() && p.to() > 0 ? found.atom(p.to() - 1) : null;
        String w = p.to() > 0 ? tokens.get(p.to() - 1).text() : "";
        boolean definite = Words.stems(w).stream().anyMatch(s -> !s.equals(w) && w.endsWith("ال" + s)); // النصف: no construct
        return a != null && !definite && a.kind() == NumberReader.AtomKind.FRACTION && p.to() < tokens.size() && tokens.get(p.to()).isWord()
                && Tokens.arabicLetter(tokens.get(p.to()).text().charAt(0));
    }

    /** The index of the first spot starting within {@code max} tokens after token i, in its sentence, or -1. */
    int spotAfter(int i, int max) {
        for (int k = firstSpotFrom(i + 1); k < spots.size(); k++) {
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
    int spotBefore(int i, int max) {
        for (int k = firstSpotFrom(i) - 1; k >= 0; k--) {
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

    boolean sameSentence(int token, Spot s) {
        FigureFinder.Sentence st = found.sentences().get(s.figure().sentence());
        return token >= st.from() && token < st.to();
    }
}
