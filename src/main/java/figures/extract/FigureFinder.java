package figures.extract;

import figures.extract.Tokens.Token;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures of an article's tokens: numbers with their scale words (also compound, مليار
 * و400 مليون), currency words and symbols, percents, years and spans of years, units of quantities
 * that are not money, ranges; then each amount's price basis (the year written after it, else the
 * one year its sentence gives), rubles by that year, and a currency named once and implied after.
 */
final class FigureFinder extends FigureReader {
    /** A sentence: its offsets in the text and its tokens {@code [from, to)}. */
    record Sentence(int index, int start, int end, int from, int to) {
    }

    /** A figure with the tokens it was read from, {@code [from, to)}. */
    record Spot(Figure figure, int from, int to) {
        Spot with(Figure f) {
            return new Spot(f, from, to);
        }
    }

    private FigureFinder(String original) {
        super(original);
    }

    /** The sentences and figures of a text. */
    static FigureFinder of(String text) {
        FigureFinder f = new FigureFinder(text);
        f.splitSentences();
        f.splitClauses();
        f.countriesNamed();
        f.readFigures();
        f.priceBases();
        f.spanEnds();
        f.currencies();
        f.numberNotes();
        return f;
    }

    /** The note of a number read with a decimal comma ("1,2 مليار"), on the figure read from it. */
    private void numberNotes() {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            for (int j = s.from(); j < s.to(); j++) {
                String n = tokens.get(j).note();
                if (n != null && (s.figure().note() == null || !s.figure().note().contains(n))) {
                    Figure f = s.figure();
                    spots.set(k, s.with(f.withNote(f.note() == null ? n : f.note() + "; " + n)));
                    s = spots.get(k);
                }
            }
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Spot> spots() {
        return spots;
    }

    // ---- price bases and currencies ----------------------------------------------------

    /**
     * Each amount's year: one written just after it ("عام 2000", "in 2000"), else the only year of its
     * clause, else the only year of its sentence, else (several years) the nearest one, so that two
     * years in one sentence go to the figures nearest them, never to all.
     */
    private void priceBases() {
        // the years of each sentence and of each clause, in order, and the one period of each (or none): read once
        Map<Integer, List<Spot>> yearsOf = new java.util.HashMap<>(), yearsOfClause = new java.util.HashMap<>();
        for (Spot s : spots) {
            if (s.figure().kind() == Figure.Kind.YEAR) {
                yearsOf.computeIfAbsent(s.figure().sentence(), x -> new ArrayList<>()).add(s);
                yearsOfClause.computeIfAbsent(clauseOf[s.from()], x -> new ArrayList<>()).add(s);
            }
        }
        Map<Integer, java.util.Optional<Spot>> onlyOfSentence = new java.util.HashMap<>(), onlyOfClause = new java.util.HashMap<>();
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (!s.figure().isMoney()) {
                continue;
            }
            List<Spot> years = yearsOf.getOrDefault(s.figure().sentence(), List.of());
            Spot year = yearAfter(k);
            Figure.YearHow how = Figure.YearHow.AFTER;
            if (year == null && comparedEarlier(k)) {
                continue; // "31.4 bn in the previous year", "a year earlier": not the year of its sentence
            }
            if (year == null && !years.isEmpty()) {
                year = onlyOfClause.computeIfAbsent(clauseOf[s.from()],
                        c -> java.util.Optional.ofNullable(only(yearsOfClause.getOrDefault(c, List.of()), y -> true))).orElse(null);
                how = Figure.YearHow.CLAUSE;
                if (year == null) {
                    year = onlyOfSentence.computeIfAbsent(s.figure().sentence(), x -> java.util.Optional.ofNullable(only(years, y -> true))).orElse(null);
                    how = Figure.YearHow.SENTENCE;
                }
                if (year == null) {
                    year = nearest(years, s);
                    how = Figure.YearHow.NEAREST;
                }
            }
            if (year != null) {
                spots.set(k, s.with(s.figure().withBasis(year.figure().period(), year.figure(), how)));
            }
        }
    }

    /**
     * "خلال الفترة 2010-2020 ارتفع من A إلى B", "between 2015 and 2018 it rose from A to B": two amounts the words
     * join by "from … to" and the one span of their sentence dates both; A is of its first year, B of its last.
     */
    private void spanEnds() {
        for (int k = 0; k + 1 < spots.size(); k++) {
            Spot a = spots.get(k), b = spots.get(k + 1);
            Figure fa = a.figure(), fb = b.figure();
            if (!fa.isMoney() || !fb.isMoney() || fa.basis() == null || !fa.basis().isSpan() || !fa.basis().equals(fb.basis())
                    || fa.yearHow() == Figure.YearHow.AFTER || fb.yearHow() == Figure.YearHow.AFTER || fa.sentence() != fb.sentence()
                    || b.from() - a.to() > 7) {
                continue;
            }
            int floor = sentences.get(fa.sentence()).from();
            boolean from = Cues.before(tokens, a.from(), floor, "from") != null;
            boolean to = false;
            for (int j = a.to(); j < b.from() && !to; j++) {
                to = Cues.at(tokens, j, b.from(), "to") != null;
            }
            if (from && to) {
                Period span = fa.basis();
                spots.set(k, a.with(fa.withBasis(Period.of(span.first()), fa.yearFrom(), fa.yearHow())
                        .withNote(join(fa.note(), "dated " + span.first() + ": 'from', the first year of " + span))));
                spots.set(k + 1, b.with(fb.withBasis(Period.of(span.last()), fb.yearFrom(), fb.yearHow())
                        .withNote(join(fb.note(), "dated " + span.last() + ": 'to', the last year of " + span))));
                k++;
            }
        }
    }

    private static String join(String note, String more) {
        return note == null ? more : note + "; " + more;
    }

    /**
     * Whether an amount's words say it is of the year before the one its sentence names: "against 31.4
     * bn in the previous year", "up from 5 bn a year earlier", "مقابل 31.4 مليار دولار في العام السابق".
     */
    private boolean comparedEarlier(int k) {
        Spot s = spots.get(k);
        int end = Math.min(sentences.get(s.figure().sentence()).to(), s.to() + 5);
        if (k + 1 < spots.size() && spots.get(k + 1).from() < end) {
            end = spots.get(k + 1).from(); // the words up to the next figure
        }
        return Cues.within(tokens, s.to(), end, "earlier");
    }

    /** The one period among the years that pass, as its first spot; null when none or several. */
    private static Spot only(List<Spot> years, java.util.function.Predicate<Spot> keep) {
        Spot first = null;
        for (Spot y : years) {
            if (keep.test(y)) {
                if (first != null && !first.figure().period().equals(y.figure().period())) {
                    return null;
                }
                first = first == null ? y : first;
            }
        }
        return first;
    }

    /** The year nearest a figure in tokens; null on a tie between two different years. */
    private static Spot nearest(List<Spot> years, Spot s) {
        Spot best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        // the years are in the order of the text: the nearest are the last before s and the first after it
        int lo = 0, hi = years.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (years.get(mid).from() < s.from()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (Spot y : years.subList(Math.max(0, lo - 2), Math.min(years.size(), lo + 2))) {
            int d = y.from() >= s.to() ? y.from() - s.to() : s.from() - y.to();
            if (d < bestDistance) {
                best = y;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !y.figure().period().equals(best.figure().period())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private Spot yearAfter(int k) {
        Spot s = spots.get(k);
        if (k + 1 >= spots.size()) {
            return null;
        }
        Spot next = spots.get(k + 1);
        if (next.figure().kind() != Figure.Kind.YEAR || next.figure().sentence() != s.figure().sentence() || next.from() - s.to() > 4) {
            return null;
        }
        // "in 2000", "عام 2000", and with a month or a part of the year: "in March 2019", "في نهاية يونيو 2018"
        for (int j = s.to(); j < next.from(); j++) {
            Token t = tokens.get(j);
            boolean near = j - s.to() < 2 || Words.in(L.yearWords, t.text());
            // "2 bn more than in 2022", "بزيادة 2 مليار عن 2022": a comparing word, the other year
            if (!(t.isWord() && near && (Words.in(Words.YEAR_CUES, t.text()) || Words.in(L.yearWords, t.text())) && !Words.in(Words.COMPARED, t.text()))
                    && !sign(j, "(") && !sign(j, ",")) {
                return null;
            }
        }
        return next;
    }

    /** Rubles by their year; a currency named once and implied by later scaled figures of the same or the next sentence. */
    private void currencies() {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            Figure f = s.figure();
            if (!f.isMoney()) {
                continue;
            }
            if (f.unit() != null && f.unit().startsWith("?")) {
                spots.set(k, s.with(ruble(f)));
            } else if (f.currency() == null && f.note() == null) {
                Figure earlier = countOf(s) ? null : earlierCurrency(k); // "تجاوز عدد القتلى 50 ألفاً": a count, no implied currency
                if (earlier != null) {
                    spots.set(k, s.with(f.inheriting(earlier, "currency implied: " + earlier.currency().code()
                            + ", as in '" + text(earlier) + "'")));
                } else {
                    // a scaled number with no currency in sight: a count ("27 million.")
                    spots.set(k, s.with(new Figure(Figure.Kind.COUNT, f.value(), f.high(), null, null, null, "no unit or currency stated",
                            f.start(), f.end(), f.sentence(), f.approx(), null, null, null)));
                }
            }
        }
    }

    /** Whether a count word ("عدد", "number of") stands before a figure in its clause, at most eight words back. */
    private boolean countOf(Spot s) {
        for (int j = s.from() - 1; j >= 0 && j >= s.from() - 8 && clauseOf[j] == clauseOf[s.from()]; j--) {
            if (tokens.get(j).isWord() && Words.in(L.countWords, tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    private Figure earlierCurrency(int k) {
        int sentence = spots.get(k).figure().sentence();
        for (int j = k - 1; j >= 0 && j >= k - RelationReader.WINDOW; j--) {
            Figure e = spots.get(j).figure();
            if (e.sentence() < sentence - 1) {
                return null;
            }
            if (e.isMoney() && e.currency() != null) {
                return e;
            }
        }
        return null;
    }

    private Figure ruble(Figure f) {
        boolean russian = f.unit().equals("?russian");
        Period y = f.basis();
        String code = null;
        String note;
        if (y == null) {
            note = "ruble without a year: SUR (to 1991), RUR (1992-1997) or RUB (from 1998)?";
        } else if (y.last() <= 1991 && !russian) {
            code = "SUR";
            note = "ruble of " + y + ": the Soviet ruble (SUR)";
        } else if (y.first() >= 1992 && y.last() <= 1997) {
            code = "RUR";
            note = "ruble of " + y + ": the Russian ruble before 1998 (RUR)";
        } else if (y.first() >= 1998) {
            code = "RUB";
            note = "ruble of " + y + ": the Russian ruble (RUB)";
        } else {
            note = "ruble of " + y + ": SUR, RUR or RUB?";
        }
        return new Figure(f.kind(), f.value(), f.high(), code == null ? null : Currency.of(code), f.basis(), null, note, f.start(), f.end(),
                f.sentence(), f.approx(), f.currencyFrom(), f.yearFrom(), f.yearHow());
    }

    /** The article's words of a figure, spaces collapsed. */
    String text(Figure f) {
        return SPACES.matcher(original.substring(f.start(), f.end())).replaceAll(" ");
    }
}
