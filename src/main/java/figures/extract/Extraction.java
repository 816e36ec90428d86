package figures.extract;

import figures.model.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an article states: its figures, in order, and the candidate claims they make, with notes
 * on what was found but not made a claim (a remainder with no base, an ambiguous currency).
 */
public final class Extraction {
    /** Longest quote of the article in a table cell, in characters. */
    static final int QUOTE = 160;

    private final ArticleText article;
    private final FigureFinder found;
    private final List<Figure> figures;
    /** Found on first use: {@code extract --figures} does not look for claims. */
    private List<Claim> claims;
    private List<String> notes;

    private Extraction(ArticleText article) {
        this.article = article;
        try {
            this.found = FigureFinder.of(article.text());
        } catch (Tokens.BadNumber e) {
            throw new InputException(article.name(), article.line(e.offset()), "column " + article.column(e.offset()) + ": " + e.getMessage());
        }
        List<Figure> fs = new ArrayList<>();
        for (FigureFinder.Spot s : found.spots()) {
            fs.add(s.figure());
        }
        this.figures = List.copyOf(fs);
    }

    public static Extraction of(ArticleText article) {
        return new Extraction(article);
    }

    public ArticleText article() {
        return article;
    }

    public List<Figure> figures() {
        return figures;
    }

    private void findClaims() {
        if (claims == null) {
            ClaimFinder c = ClaimFinder.of(article, found);
            this.claims = List.copyOf(c.claims());
            this.notes = List.copyOf(c.notes());
        }
    }

    public List<Claim> claims() {
        findClaims();
        return claims;
    }

    public List<String> notes() {
        findClaims();
        return notes;
    }

    /** The article's words of a figure as written, spaces collapsed. */
    public String text(Figure f) {
        return found.text(f);
    }

    /** The sentence a figure stands in, spaces collapsed and shortened to about {@value #QUOTE} characters around the figure. */
    public String sentence(Figure f) {
        FigureFinder.Sentence s = found.sentences().get(f.sentence());
        return quote(s.start(), s.end(), f.start(), f.end());
    }

    /** The words of a claim, shortened the same way. */
    public String words(Claim c) {
        return quote(c.start(), c.end(), c.start(), c.end());
    }

    /** Text from {@code start} to {@code end}, cut to about QUOTE characters keeping {@code [keepFrom, keepTo)}. */
    private String quote(int start, int end, int keepFrom, int keepTo) {
        String t = article.text();
        int from = start, to = end;
        if (to - from > QUOTE) {
            int room = Math.max(QUOTE - (keepTo - keepFrom), 20) / 2;
            from = Math.max(start, keepFrom - room);
            to = Math.min(end, keepTo + room);
        }
        String q = t.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > start ? "…" : "") + q + (to < end ? "…" : "");
    }
}
