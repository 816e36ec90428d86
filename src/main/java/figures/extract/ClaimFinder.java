package figures.extract;

import figures.extract.FigureFinder.Spot;
import figures.extract.RelationReader.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims an article's figures make. A relation is found by the words that say it (the cues of
 * {@link Cues}, in the orders English and Arabic write them) and by the numbers that fit it:
 * <ul>
 * <li>percent-of: {@code X %, i.e. Z, of Y}, {@code Z, or X % of Y}, {@code Z (X %) of Y},
 * {@code X % of Y, i.e. Z}, {@code Z بنسبة X % من Y};</li>
 * <li>remainder: {@code the remaining R}, {@code leaving R}, {@code المبلغ المتبقي}, its base in
 * its sentence or an earlier sentence of its paragraph;</li>
 * <li>change: {@code rose (X %) from A to B (by X %)}, {@code up X % to B from A}, {@code doubled
 * to B}, {@code ارتفعت … من A إلى B بنسبة X %}; a stated percent or difference is part of the claim;</li>
 * <li>total: {@code A and B, totalling C}, {@code a total of C: A and B}, {@code ما مجموعه};</li>
 * <li>ratio: {@code B is three times A}, {@code ضعف};</li>
 * <li>cagr: {@code an average of X % a year} between two dated figures.</li>
 * </ul>
 * A relation whose words are weak (a figure in another sentence, no cue word between the figures)
 * is a claim only when its numbers fit at their stated precision, so an inconsistent claim is only
 * written where the words say the relation. Two readings of the same stated figure are never both
 * kept: the stronger cue, then the nearer figures, wins.
 */
final class ClaimFinder {
    private final RelationReader.Shared shared;
    private final ArticleText article;
    private final FigureFinder found;
    private final List<Spot> spots;
    private final List<Claim> claims = new ArrayList<>();

    private ClaimFinder(ArticleText article, FigureFinder found) {
        this.shared = new RelationReader.Shared(article, found);
        this.article = article;
        this.found = found;
        this.spots = found.spots();
    }

    static ClaimFinder of(ArticleText article, FigureFinder found) {
        ClaimFinder c = new ClaimFinder(article, found);
        RatioReader ratios = new RatioReader(c.shared);
        ratios.cagrs(); // first: a yearly rate is not a change's stated percent
        new PercentOfReader(c.shared).read();
        ReferredReader referred = new ReferredReader(c.shared);
        referred.percents(); // before remainders: a remainder may take its base from one
        new RemainderReader(c.shared).read(); // after percent-of: a remainder may take its base from one
        new ChangeReader(c.shared).read();
        new SubjectChangeReader(c.shared).read(); // after ChangeReader: the sizes it did not read
        new ComparisonReader(c.shared).read();
        referred.changes(); // the size of a change said in the sentence after its pair
        referred.totals(); // "Of that, A and B", "The sum comprises A and B": C in the sentence before
        new TotalReader(c.shared).read();
        ratios.ratios();
        referred.ratios();
        c.resolve();
        c.quietParagraphs();
        return c;
    }

    List<Claim> claims() {
        return claims;
    }

    List<String> notes() {
        return shared.notes;
    }


    /** "N figures, no relation found" for each paragraph with two money or percent figures of which no claim reads one. */
    private void quietParagraphs() {
        Set<Integer> used = new HashSet<>();
        for (Claim c : claims) {
            for (Figure f : c.figures()) {
                used.add(f.start());
            }
        }
        Map<Integer, List<Spot>> byParagraph = new LinkedHashMap<>();
        for (Spot s : spots) {
            if (s.figure().isMoney() || s.figure().isPercent()) {
                byParagraph.computeIfAbsent(shared.paragraph[s.figure().sentence()], k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Spot> ps : byParagraph.values()) {
            if (ps.size() >= 2 && ps.stream().noneMatch(s -> used.contains(s.figure().start()))) {
                shared.notes.add(article.where(ps.get(0).figure().start()) + ": " + ps.size() + " figures, no relation found");
            }
        }
    }

    /** One claim per kind and stated figure (the best reading), in the order of the text, numbered per kind. */
    private void resolve() {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : shared.candidates) {
            String key = c.kind() + "@" + c.stated().start();
            Candidate old = best.get(key);
            if (old == null || c.score() > old.score()) {
                best.put(key, c);
            }
        }
        // two claims of one set of figures are two readings of the same words ("إلى 4 مليارات من 6 مليارات، أي
        // بنسبة 33 %" is a change, not 33 % of 6 bn; "تضاعفت ثلاث مرات" a ratio of 3, not a doubling): the better one
        Map<String, Candidate> bySet = new LinkedHashMap<>();
        for (Candidate c : best.values()) {
            String key = c.figures().stream().map(f -> f.start()).sorted().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("");
            Candidate old = bySet.get(key);
            if (old == null || c.score() > old.score()) {
                bySet.put(key, c);
            }
        }
        List<Candidate> kept = new ArrayList<>(bySet.values());
        kept.sort(Comparator.comparingInt(Candidate::order));
        kept.sort(Comparator.comparingInt((Candidate c) -> shared.tokens.get(c.fromToken()).start()));
        Map<Claim.Kind, Integer> counts = new EnumMap<>(Claim.Kind.class);
        for (Candidate c : kept) {
            int n = counts.merge(c.kind(), 1, Integer::sum);
            int start = shared.tokens.get(c.fromToken()).start(), end = shared.tokens.get(c.toToken() - 1).end();
            claims.add(new Claim(c.kind() + "-" + n, c.kind(), c.claim(), c.expected(), c.tolerance(), c.confidence(),
                    start, end, c.why() + outside(c, start, end), c.figures()));
        }
    }

    /** "; 13.4 bn at 7:1432" for each figure of a claim outside its quoted words (and not already located in its why). */
    private String outside(Candidate c, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Figure f : c.figures()) {
            String at = article.line(f.start()) + ":" + article.column(f.start());
            String said = "at line " + article.line(f.start()) + ", column " + article.column(f.start());
            if ((f.start() < start || f.end() > end) && !c.why().contains(said)) {
                b.append("; ").append(found.text(f)).append(" at ").append(at);
            }
        }
        return b.toString();
    }

}
