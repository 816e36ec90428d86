package figures.cli;

import figures.extract.ArticleText;
import figures.extract.Claim;
import figures.extract.Extraction;
import figures.extract.Figure;
import figures.render.Article;
import figures.table.ClaimsReader;
import figures.table.TableSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article behind a table of claims, for the html page ({@link Article}): its text, the
 * figures extraction finds in it, and which claim each figure took part in.
 *
 * <p>{@code figures check -} reading {@code figures extract}'s claims finds the article from the
 * rows themselves: each row's {@code source} starts with {@code PATH:LINE:COLUMN: } where LINE and
 * COLUMN are the row's own {@code line} and {@code column} cells, so PATH is read exactly (a path
 * with ':' in it too) without a new column in the claims file. {@code check --article FILE} names
 * it instead (an article extracted from stdin, or moved). The article is then extracted again, which
 * gives the same claims for the same text: a row is placed and its figures marked only when a
 * claim of the same id stands at the row's line and column with the same claim expression;
 * any other row is listed apart, with a note. Nothing is guessed.
 */
final class ArticleView {
    private ArticleView() {
    }

    /** An article for the page, and what the page should say about rows it could not place. */
    record Found(Article article, List<String> notes) {
    }

    /** The article of an extraction, every claim of it placed (figures extract --format html). */
    static Article of(Extraction x) {
        return article(x, x.claims());
    }

    private static Article article(Extraction x, List<Claim> claims) {
        // figure spans, in order, with the claims they took part in
        TreeMap<Integer, Figure> figures = new TreeMap<>();
        for (Figure f : x.figures()) {
            figures.putIfAbsent(f.start(), f);
        }
        Map<Integer, List<String>> stated = new LinkedHashMap<>();
        Map<Integer, List<String>> input = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (Claim c : claims) {
            at.put(c.id(), c.start());
            for (Figure f : c.figures()) {
                figures.putIfAbsent(f.start(), f);
                boolean isStated = unsigned(c.expected()).equals(f.expression());
                (isStated ? stated : input).computeIfAbsent(f.start(), k -> new ArrayList<>()).add(c.id());
            }
        }
        List<Article.Mark> marks = new ArrayList<>();
        int end = 0;
        for (Figure f : figures.values()) {
            if (f.start() < end || f.end() <= f.start()) {
                continue; // overlapping spans: the first is marked
            }
            marks.add(new Article.Mark(f.start(), f.end(), stated.getOrDefault(f.start(), List.of()), input.getOrDefault(f.start(), List.of())));
            end = f.end();
        }
        return new Article(x.article().name(), x.article().text(), marks, at);
    }

    /** An expected figure without its sign: a fall of 5% is stated as "5 %" and expected as -5%. */
    private static String unsigned(String expected) {
        String e = expected.strip();
        return e.startsWith("-") || e.startsWith("+") ? e.substring(1) : e;
    }

    /**
     * The article of a claims file's rows: {@code given} (--article) when not null, else the one
     * path the rows' sources name; empty when there is none (a plain claims file), with a note
     * when the rows name one that cannot be read.
     */
    static java.util.Optional<Found> forClaims(List<ClaimsReader.Entry> entries, String given, Context ctx) {
        List<String> notes = new ArrayList<>();
        String path = given;
        if (path == null) {
            for (ClaimsReader.Entry e : entries) {
                String p = pathOf(e);
                if (p != null && path == null) {
                    path = p;
                } else if (p != null && !p.equals(path)) {
                    notes.add("the claims name two articles (" + path + ", " + p + "): the page shows " + path
                            + "; figures check --article FILE chooses");
                    break;
                }
            }
            if (path == null) {
                return java.util.Optional.empty();
            }
            if (path.startsWith("<") || !Files.isRegularFile(ctx.cwd().resolve(path))) {
                notes.add("the claims were extracted from " + path + ", which is not a file here: the page shows the claims without"
                        + " their article (figures check --article FILE shows them in it)");
                return java.util.Optional.of(new Found(null, notes));
            }
        }
        TableSource source = TableSource.file(path, ctx.cwd(), ctx.stdin());
        Extraction x = Extraction.of(ArticleText.read(source.name(), source.open()));
        Map<String, Claim> byId = new LinkedHashMap<>();
        x.claims().forEach(c -> byId.put(c.id(), c));
        List<Claim> placed = new ArrayList<>();
        for (ClaimsReader.Entry e : entries) {
            Claim c = byId.get(e.id());
            ArticleText a = x.article();
            if (c != null && c.claim().equals(e.claim()) && String.valueOf(a.line(c.start())).equals(e.others().get("line"))
                    && String.valueOf(a.column(c.start())).equals(e.others().get("column"))) {
                placed.add(c);
            } else {
                notes.add(e.where() + ": " + e.id() + " is not a claim that " + path + " makes at its line and column (the article"
                        + " or the row has changed since it was extracted): it is listed apart, its figures not marked");
            }
        }
        return java.util.Optional.of(new Found(article(x, placed), notes));
    }

    /** The article path a row's source names: the text before ":LINE:COLUMN: " of the row's own line and column; null if none. */
    private static String pathOf(ClaimsReader.Entry e) {
        String line = e.others().get("line"), column = e.others().get("column");
        if (line == null || column == null || line.isEmpty() || column.isEmpty()) {
            return null;
        }
        int i = e.source().indexOf(":" + line + ":" + column + ": ");
        return i > 0 ? e.source().substring(0, i) : null;
    }
}
