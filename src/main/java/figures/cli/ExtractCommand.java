package figures.cli;

import figures.extract.ArticleText;
import figures.extract.Claim;
import figures.extract.Extraction;
import figures.extract.Figure;
import figures.render.Column;
import figures.render.Format;
import figures.render.ResultTable;
import figures.table.TableSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code figures extract}: the figures an article states and the claims they make, as a claims file for {@code check}. */
@Command(name = "extract",
        description = {"Reads an article (UTF-8 text, Arabic and/or English) and lists the figures",
            "it states: amounts with their scale, currency and price year (the year",
            "written after them, else the one year of their sentence), percents, years",
            "and spans, counts and quantities with their unit (never as money); then the",
            "claims those figures make, found by the words that say a relation (cues",
            "kept as data, one file a language) and by the numbers that fit it:",
            "percent-of (X %%, i.e. Z, of Y; Z (X %%) of Y; بنسبة X %% من), remaining (the",
            "rest, leaving R, المتبقي; its base may be in an earlier sentence of the",
            "paragraph), change (rose 30 %% from A to B, up X %% to B, doubled, ارتفعت),",
            "total (A and B, totalling C; ما مجموعه), ratio (three times; ضعف) and cagr",
            "(an average of X %% a year between two dated figures). A stated percent or",
            "difference is part of the claim; an approximate figure (about 3 billion)",
            "is written about(...), which widens it to at least ±5 %%. A paragraph with",
            "two or more money or percent figures and no relation is a note on stderr.",
            "The table shows both, each with its words and line and column; csv, tsv and",
            "json are the claims file (id, claim, expected, tolerance, confidence, line,",
            "column, text, source) that figures check - reads, and csv is what goes to",
            "a pipe or a file (-o) when no --format is given; --figures lists the",
            "figures only, in any format; html is one page, the article with its figures",
            "and claims marked in place. confidence: high (one sentence, a form it",
            "knows), medium (a base from another sentence, an implied currency, a",
            "reading the numbers chose among others).",
            "Nothing to extract: exit 0 and a note on stderr; text that is not UTF-8",
            "(or binary) is exit 3, with its line and column."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures extract data/articles/000_082cf362c546dc2a.txt",
            "  figures extract data/articles/000_082cf362c546dc2a.txt \\",
            "      | figures check -          # exit 1: the 2.11 bn remainder (F4)",
            "  figures extract --figures -f json article.txt   # with their offsets",
            "  figures extract - -f csv < article.txt > claims.csv"})
public final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(paramLabel = "FILE", description = "The article: a UTF-8 text file, or - for stdin.")
    String file;

    @Option(names = "--figures", description = "List the figures only, not the claims.")
    boolean figuresOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        if (!formatGiven() && (!root.context().terminal() || g.output() != null)) {
            g.format = Format.CSV; // into a pipe or a file: the claims file that figures check - reads
        }
        TableSource source = TableSource.file(file, root.context().cwd(), root.context().stdin());
        Extraction x = Extraction.of(ArticleText.read(source.name(), source.open()));
        PrintWriter err = root.spec.commandLine().getErr();
        if (x.figures().isEmpty()) {
            err.println("figures extract: note: " + source.name() + ": no figures found");
        } else if (!figuresOnly && x.claims().isEmpty()) {
            err.println("figures extract: note: " + source.name() + ": " + x.figures().size() + " figures but no claims found"
                    + " (figures extract --figures lists them)");
        }
        err.flush();
        List<ResultTable> out = new ArrayList<>();
        boolean human = g.format() == Format.TABLE || g.format() == Format.MD;
        if (figuresOnly || human) {
            out.add(figures(x));
        }
        if (!figuresOnly) {
            out.add(claims(x, g.format() == Format.HTML));
        }
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), out.toArray(ResultTable[]::new));
    }

    /** Whether --format was given, before or after the command name. */
    private boolean formatGiven() {
        for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            CommandLine.ParseResult r = c.getParseResult();
            if (r != null && r.hasMatchedOption("--format")) {
                return true;
            }
        }
        return false;
    }

    private static ResultTable figures(Extraction x) {
        ArticleText a = x.article();
        ResultTable.Builder b = ResultTable.builder("figures in " + a.name(), Column.of("figure"), Column.of("line"), Column.of("column"),
                Column.of("text"), Column.of("kind"), Column.money("value", "currency").withUnit("unit"), Column.money("to", "currency").withUnit("unit"), Column.of("unit"),
                Column.of("year"), Column.of("note"), Column.detail("end_line"), Column.detail("end_column"), Column.detail("sentence"));
        int n = 0;
        for (Figure f : x.figures()) {
            b.row("f" + ++n, (long) a.line(f.start()), (long) a.column(f.start()), x.text(f), f.kind().toString(), f.cell(), f.highCell(),
                    unit(f), f.isMoney() ? f.basis() : null, note(f), (long) a.line(f.end() - 1), (long) a.column(f.end() - 1) + 1,
                    x.sentence(f));
        }
        return b.build();
    }

    /** A figure's note, and whether the article states it approximately ("about", "more than", "نحو"): the check widens it. */
    private static String note(Figure f) {
        String approx = f.approxMark();
        return approx == null ? f.note() : f.note() == null ? approx : f.note() + "; " + approx;
    }

    /** What the figure counts: its unit word (km), or % and pp for a percent, as every machine format names a ratio's unit. */
    private static String unit(Figure f) {
        Object v = f.cell();
        return f.unit() != null ? f.unit() : v instanceof figures.model.Percent ? "%" : v instanceof figures.model.PercentPoints ? "pp" : null;
    }

    /** The claims; for the html page with the article they were read from (cli/ArticleView). */
    private static ResultTable claims(Extraction x, boolean html) {
        ArticleText a = x.article();
        ResultTable.Builder b = ResultTable.builder("claims in " + a.name(), Column.of("id"), Column.of("claim"), Column.of("expected"),
                Column.of("tolerance"), Column.of("confidence"), Column.of("line"), Column.of("column"), Column.of("text"),
                Column.detail("source"));
        for (Claim c : x.claims()) {
            b.row(c.id(), c.claim(), c.expected(), c.tolerance(), c.confidence().toString(), (long) a.line(c.start()),
                    (long) a.column(c.start()), x.words(c), a.where(c.start()) + ": " + c.kind() + ": " + c.why());
        }
        for (String note : x.notes()) {
            b.note(note);
        }
        return (html ? b.about(ArticleView.of(x)) : b).build();
    }
}
