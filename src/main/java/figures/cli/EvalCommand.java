package figures.cli;

import figures.expr.Environment;
import figures.expr.ExprException;
import figures.expr.Expressions;
import figures.expr.Fn;
import figures.expr.Functions;
import figures.expr.Quantity;
import figures.expr.Value;
import figures.model.InputException;
import figures.model.IoFailure;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.Renderer;
import figures.render.ResultTable;
import figures.table.StrictUtf8Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures eval}: the value of each expression, exactly, with its stated-precision range. */
@Command(name = "eval",
        description = {"Evaluates expressions exactly: amounts with currency, scale and price",
            "basis (13.4bn USD, 120m SUR@1966), percents, + - * / and powers (^), 'of', 'in'",
            "(conversion), functions and lookups into the tables in use.",
            "Each EXPR is one expression: quote it. - reads one expression per line",
            "from stdin and answers each line as soon as it is read (flushed: one",
            "process can serve a script line by line; in json each answer is its own",
            "document); blank lines and # comments are skipped; a line may hold up to",
            "1048576 characters of UTF-8 (longer, or a NUL, is exit 3). A failing expression",
            "or line gets an empty value and one error line on stderr, the others are",
            "answered, and at the end the exit code is 2 (3 if reference data such as",
            "an exchange rate is missing).",
            "A literal stands for what its last digit allows (9.8bn: 9.75-9.85bn);",
            "machine formats add low and high, the range the value may take, and",
            "write a percent as its percent number with unit %% (11.07%% as 11.07,",
            "unit %%), as every command does.",
            "--functions lists the functions."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures eval \"73%% of 13.4bn USD\"                  # 9.782 bn USD",
            "  figures eval \"13.4bn USD * (1 - 73%%)\"             # 3.618 bn USD",
            "  figures eval \"share(9.8bn USD, 13.4bn USD)\"       # 73.13%%",
            "  figures eval \"writeoffs(SY, RU, 2005).remaining\"  # 2.11 bn USD@2005",
            "  figures eval \"cagr(exports(RU, SY, 2000), exports(RU, SY, 2002), 2)\"",
            "  figures eval \"120m SUR@1966 in USD@2024\"          # 1.291 bn USD@2024",
            "  figures eval \"round(pmt(8%%/12, 10, 10000), 2)\"    # -1 037 (csv: -1037.03)",
            "  figures eval \"13.4bn USD - 120m SUR\"              # exit 2: convert first",
            "  printf '1bn USD / 3\\n2 * 21\\n' | figures eval - --format csv",
            "  figures eval --functions"})
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..*", paramLabel = "EXPR", description = "Expressions to evaluate; - reads one per line from stdin.")
    List<String> expressions = List.of();

    @Option(names = "--functions", description = "List the functions of the language and what they do.")
    boolean listFunctions;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        PrintWriter out = root.spec.commandLine().getOut();
        if (listFunctions) {
            ResultTable.Builder b = ResultTable.builder("functions", Column.of("function"), Column.of("does"));
            for (Fn f : Functions.all()) {
                b.row(f.usage(), f.summary());
            }
            return Output.emit(g, root.context(), out, b.build());
        }
        if (expressions.isEmpty()) {
            throw new UsageException("give an expression to evaluate, e.g. figures eval \"73% of 13.4bn USD\", or - to read one per line from stdin");
        }
        Environment env = Environment.of(g.dataSet(root.context()));
        Answers answers = expressions.contains("-") && g.output() == null
                ? new Streamed(new Renderer(g.renderOptions(root.context())), out) : new Collected();
        for (String e : expressions) {
            if (e.equals("-")) {
                stdin(env, answers, g);
            } else {
                answer(env, answers, g, e, expressions.size() > 1 ? "'" + e.strip() + "': " : "");
            }
        }
        return answers.finish(g);
    }

    /**
     * Where the answers go: all into one table rendered at the end, or, when stdin is read, each
     * written and flushed as soon as its line is answered, so that a script can keep one process
     * open and ask it figure after figure (a co-process). Either way a failing expression gets an
     * empty row and one error line on stderr, the rest are answered, and the exit code says at the
     * end whether any failed.
     */
    private abstract static class Answers {
        int failed;

        abstract ResultTable.Builder next();

        abstract void done(ResultTable.Builder answer);

        abstract int finish(GlobalOptions g);

        void failed(int code) {
            failed = Math.max(failed, code);
        }
    }

    private final class Collected extends Answers {
        private final ResultTable.Builder table = table();

        @Override
        ResultTable.Builder next() {
            return table;
        }

        @Override
        void done(ResultTable.Builder answer) {
        }

        @Override
        int finish(GlobalOptions g) {
            if (table.rowCount() == 0) {
                return failed; // the one expression failed: its error was the answer
            }
            if (failed != 0 && g.output() != null) {
                // a failed run leaves an existing file as it was: no half of the answers replaces it
                PrintWriter err = root.spec.commandLine().getErr();
                err.println("note: -o " + g.output() + " not written: an expression failed (its error is above)");
                err.flush();
                return failed;
            }
            int code = Output.emit(g, root.context(), root.spec.commandLine().getOut(), table.build());
            return failed != 0 ? failed : code;
        }
    }

    /** Each answer rendered on its own; after the first, the header lines (csv's one, the table's names) are left out. */
    private static final class Streamed extends Answers {
        private final Renderer renderer;
        private final PrintWriter out;
        private final long headerLines;
        private boolean first = true;

        Streamed(Renderer renderer, PrintWriter out) {
            this.renderer = renderer;
            this.out = out;
            // what an answer without rows renders is its header; json has none (one document per answer, as jq reads them)
            this.headerLines = renderer.render(table().build()).startsWith("{") ? 0 : renderer.render(table().build()).lines().count();
        }

        @Override
        ResultTable.Builder next() {
            return table();
        }

        @Override
        void done(ResultTable.Builder answer) {
            String text = renderer.render(answer.build());
            if (!first) {
                text = text.lines().skip(headerLines).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
            }
            first = false;
            out.print(text);
            out.flush();
        }

        @Override
        int finish(GlobalOptions g) {
            if (first) {
                out.print(renderer.render(table().build()));
                out.flush();
            }
            return failed;
        }
    }

    private static ResultTable.Builder table() {
        // a value column holds amounts, numbers and percents: the unit column says which rows are percents (README, Output formats)
        return ResultTable.builder("eval", Column.of("expression"), Column.money("value", "currency").withUnit("unit"),
                new Column("low", "currency", true).withUnit("unit"), new Column("high", "currency", true).withUnit("unit"));
    }

    /** One expression answered; a failing one gets an empty row and an error line naming it ({@code where}). */
    private void answer(Environment env, Answers answers, GlobalOptions g, String e, String where) {
        ResultTable.Builder b = answers.next();
        try {
            add(b, Expressions.evaluate(e, env));
        } catch (ExprException x) {
            boolean fromStdin = where.startsWith("<stdin>");
            if (expressions.size() == 1 && !fromStdin) {
                if (!g.explain) {
                    throw x; // one expression: its error is the whole answer
                }
                report(root.spec.commandLine().getErr(), x, where, g);
                answers.failed(x.exitCode());
                return;
            }
            String hint = fromStdin ? "" : quoteHint();
            if (!hint.isEmpty() && !g.explain) {
                throw x.at(where).withHint(hint); // the shell split one expression: no answers to the pieces
            }
            answers.failed(x.exitCode());
            report(root.spec.commandLine().getErr(), x.withHint(hint), where, g);
            b.row(e.strip(), null, null, null);
        }
        answers.done(b);
    }

    /** When the words given only make sense together, the shell split one expression: say to quote it. */
    private String quoteHint() {
        String joined = String.join(" ", expressions);
        try {
            Expressions.parse(joined);
            return " (each argument is one expression: quote it, figures eval \"" + joined + "\")";
        } catch (ExprException notOne) {
            return "";
        }
    }

    /**
     * One expression per line, each answered before the next is read; blank lines and # comments
     * are skipped. The text must be UTF-8 without NULs and no line may be longer than
     * {@link StrictUtf8Reader#MAX_LINE} characters (checked as it is read, so /dev/zero or a
     * gigabyte line costs a megabyte): otherwise exit 3 naming the line, as for a table.
     */
    private void stdin(Environment env, Answers answers, GlobalOptions g) {
        long n = 0;
        try {
            BufferedReader r = new BufferedReader(new StrictUtf8Reader(root.context().stdin()));
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                answer(env, answers, g, line, "<stdin>:" + n + ": ");
            }
        } catch (StrictUtf8Reader.BadText x) {
            String message = x.getMessage().startsWith("line is longer")
                    ? "line is longer than " + StrictUtf8Reader.MAX_LINE + " characters (one expression per line)" : x.getMessage();
            throw new InputException("<stdin>", x.line(), message);
        } catch (IOException x) {
            throw new IoFailure("<stdin>: cannot read: " + x.getMessage(), x);
        }
    }

    /** One line; with --explain the expression follows on its own line, with a caret under the bad token. */
    private void report(PrintWriter err, ExprException x, String where, GlobalOptions g) {
        err.println("figures eval: " + Errors.oneLine(where + x.getMessage()));
        if (g.explain) {
            for (String line : Errors.caret(x.expression(), x.column())) {
                err.println(line);
            }
        }
        err.flush();
    }

    private static void add(ResultTable.Builder b, Expressions.Result r) {
        for (String step : r.steps()) {
            b.step(step);
        }
        Value v = r.value();
        if (v instanceof Value.Record rec) {
            for (Map.Entry<String, Value> f : rec.fields().entrySet()) {
                row(b, r.expression() + "." + f.getKey(), f.getValue());
            }
            if (rec.where() != null) {
                b.step(r.expression() + ": from " + rec.where());
            }
            return;
        }
        row(b, r.expression(), v);
    }

    private static void row(ResultTable.Builder b, String expression, Value v) {
        if (v instanceof Quantity q) {
            b.row(expression, q.cell(), q.exactly(q.range().lo()).cell(), q.exactly(q.range().hi()).cell());
        } else {
            b.row(expression, v.describe(), null, null);
        }
    }
}
