package figures.cli;

import figures.expr.Environment;
import figures.expr.ExprException;
import figures.expr.Expressions;
import figures.expr.Functions;
import figures.expr.Quantity;
import figures.expr.Value;
import figures.model.IoFailure;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.ResultTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
            "basis (13.4bn USD, 120m SUR@1966), percents, + - * /, 'of', 'in'",
            "(conversion), functions and lookups into the tables in use.",
            "Each EXPR is one expression: quote it. - reads one expression per line",
            "from stdin and answers every line, in order, in one process; blank lines",
            "and # comments are skipped, and a failing line gets an empty value, one",
            "error line on stderr and, at the end, exit code 2 (3 if reference data",
            "such as an exchange rate is missing).",
            "A literal stands for what its last digit allows (9.8bn: 9.75-9.85bn);",
            "machine formats add low and high, the range the value may take.",
            "--functions lists the functions."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures eval \"73%% of 13.4bn USD\"                  # 9.782 bn USD",
            "  figures eval \"13.4bn USD * (1 - 73%%)\"             # 3.618 bn USD",
            "  figures eval \"share(9.8bn USD, 13.4bn USD)\"       # 73.13%%",
            "  figures eval \"writeoffs(SY, RU, 2005).remaining\"  # 2.11 bn USD@2005",
            "  figures eval \"cagr(exports(RU, SY, 2000), exports(RU, SY, 2002), 2)\"",
            "  figures eval \"120m SUR@1966 in USD@2024\"          # 1.291 bn USD@2024",
            "  figures eval \"round(pmt(8%%/12, 10, 10000), 2)\"    # -1 037.03",
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
            for (Functions.Fn f : Functions.all()) {
                b.row(f.usage(), f.summary());
            }
            return Output.emit(g, root.context(), out, b.build());
        }
        if (expressions.isEmpty()) {
            throw new UsageException("give an expression to evaluate, e.g. figures eval \"73% of 13.4bn USD\", or - to read one per line from stdin");
        }
        Environment env = Environment.of(g.dataSet(root.context()));
        ResultTable.Builder b = ResultTable.builder("eval", Column.of("expression"), Column.money("value", "currency"),
                new Column("low", "currency", true), new Column("high", "currency", true));
        int failed = 0;
        for (String e : expressions) {
            if (e.equals("-")) {
                failed = Math.max(failed, stdin(env, b, g));
            } else {
                try {
                    add(b, Expressions.evaluate(e, env));
                } catch (ExprException x) {
                    String where = expressions.size() > 1 ? "'" + e.strip() + "': " : "";
                    if (!g.explain) {
                        throw where.isEmpty() ? x : x.at(where).withHint(quoteHint());
                    }
                    report(root.spec.commandLine().getErr(), x, where, g);
                    return x.exitCode();
                }
            }
        }
        int code = Output.emit(g, root.context(), out, b.build());
        return failed != 0 ? failed : code;
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
     * One expression per line; a failing line gets an empty row and one error line, and the run
     * goes on. Returns the exit code of the worst failure (0 when every line was answered).
     */
    private int stdin(Environment env, ResultTable.Builder b, GlobalOptions g) {
        PrintWriter err = root.spec.commandLine().getErr();
        int failed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(root.context().stdin(), StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String e = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (e.isBlank() || e.strip().startsWith("#")) {
                    continue;
                }
                try {
                    add(b, Expressions.evaluate(e, env));
                } catch (ExprException x) {
                    failed = Math.max(failed, x.exitCode());
                    report(err, x, "<stdin>:" + n + ": ", g);
                    b.row(e.strip(), null, null, null);
                }
            }
        } catch (IOException x) {
            throw new IoFailure("<stdin>: cannot read: " + x.getMessage(), x);
        }
        return failed;
    }

    /** One line; with --explain the expression follows on its own line, with a caret under the bad token. */
    private void report(PrintWriter err, ExprException x, String where, GlobalOptions g) {
        err.println("figures eval: " + where + x.getMessage());
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
