package figures.cli;

import figures.expr.Claims;
import figures.expr.Environment;
import figures.expr.ExprException;
import figures.expr.Expressions;
import figures.expr.Quantity;
import figures.expr.Value;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.UsageException;
import figures.model.Verdict;
import figures.render.Column;
import figures.render.Format;
import figures.render.Range;
import figures.render.Renderer;
import figures.render.ResultTable;
import figures.table.ClaimsReader;
import figures.table.DataSet;
import figures.table.TableSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures check}: every claim of a claims file evaluated and compared with its expected figure. */
@Command(name = "check",
        description = {"Checks claimed figures. Each row of a claims file (the bundled",
            "data/claims.csv by default) has an id, a claim (an expression, as in",
            "figures eval), the expected figure, an optional tolerance and a source.",
            "A claim is consistent when, with the precision of its figures as",
            "stated, it can give the expected figure (9.8bn stands for 9.75-9.85bn);",
            "a tolerance replaces that rule: +-0.5%% (of the expected value),",
            "+-0.01bn USD or +-2 (absolute), +-0.1pp (percentage points). Beside each",
            "verdict, 'inputs allow' is the range the claim's figures allow as stated",
            "(13.4bn USD * (1 - 73%%) allows 3.537-3.699bn, so 3.5bn is consistent);",
            "--strict takes them as exact (3.618bn: 3.5bn is then inconsistent).",
            "Exits 1 when a claim is inconsistent, 3 when a claim cannot be read or",
            "evaluated (file:line, the column and the position of the bad token).",
            "A claims file with a header and no rows (figures extract found no",
            "relation) has nothing to check: a note on stderr and exit 0, or exit 1",
            "with --require-claims, for a CI job that must check something; an",
            "empty stream (no header: extract failed) is exit 3.",
            "--report junit FILE also writes JUnit XML, one testcase per claim",
            "(atomically); --report github also prints GitHub Actions annotations",
            "(::error file=...,line=...::...) after the table, on stdout;",
            "--report html FILE (or --format html) writes one page for a person: with",
            "figures extract's claims, the article with each figure marked in place",
            "(the article is the one the rows' source names, or --article FILE)."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures check                   # the bundled claims: exit 1 (F4)",
            "  figures check my-claims.csv --report junit claims.xml",
            "  figures check --report github   # in a GitHub Actions step",
            "  figures check --explain         # steps, sources and ranges",
            "  figures check --strict          # the claims' figures taken as exact",
            "  figures extract article.txt | figures check -   # an article's claims",
            "  figures extract article.txt | figures check - --format html -o report.html",
            "",
            "  A claims file:",
            "    id,claim,expected,tolerance,source",
            "    F16,73%% of 13.4bn USD,9.8bn USD,,Reuters Jan 2005",
            "    F13,\"growth(exports(RU, SY, 2000), exports(RU, SY, 2002))\",45.26%%,+-0.01pp,"})
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "CLAIMS", description = "A claims file (- for stdin); default: the bundled data/claims.csv.")
    String file;

    @Option(names = "--report", paramLabel = "junit FILE|html FILE|github", parameterConsumer = ReportConsumer.class,
            description = "junit FILE: also write JUnit XML to FILE; html FILE: also write the html page to FILE; github: also print"
                    + " GitHub Actions annotations. May be repeated.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--strict",
            description = "Take each claim's figures as exact: the claim is consistent only when its exact value rounds to the"
                    + " expected figure at its last digit (or lies within the tolerance).")
    boolean strict;

    @Option(names = "--article", paramLabel = "FILE",
            description = "The article the claims were extracted from, for the html page (default: the one their source names).")
    String article;

    @Option(names = "--require-claims",
            description = "Exit 1 when the claims file has no claims (a header only, as figures extract writes for an article"
                    + " in which it finds no relation); without it that is exit 0 with a note.")
    boolean requireClaims;

    /** {@code --report junit FILE} takes two words, {@code --report github} one. */
    static final class ReportConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            String kind = args.isEmpty() ? "" : args.pop();
            List<String> list = argSpec.getValue();
            if (kind.equals("github")) {
                list.add("github");
            } else if (kind.equals("junit") || kind.equals("html")) {
                if (args.isEmpty() || args.peek().startsWith("-") && !args.peek().equals("-")) {
                    throw new CommandLine.ParameterException(commandSpec.commandLine(), "--report " + kind + " needs a FILE to write, e.g. --report "
                            + kind + (kind.equals("junit") ? " claims.xml" : " claims.html"));
                }
                list.add(kind + ":" + args.pop());
            } else {
                throw new CommandLine.ParameterException(commandSpec.commandLine(),
                        "--report: '" + kind + "' is not a report (expected junit FILE, html FILE or github)");
            }
        }
    }

    /** One checked claim. */
    private record Checked(ClaimsReader.Entry entry, Claims.Outcome outcome) {
    }

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        DataSet data = g.dataSet(root.context());
        TableSource source = data.userOrDefault(file, "claims.csv");
        List<ClaimsReader.Entry> entries = ClaimsReader.read(source, true);
        if (entries.isEmpty()) {
            return noClaims(source.name());
        }
        Environment env = Environment.of(data);
        Renderer human = new Renderer(g.renderOptions(root.context()));
        PassThrough extra = PassThrough.of(entries.stream().map(ClaimsReader.Entry::others).toList());
        ResultTable.Builder b = ResultTable.builder("claims checked: " + source.name(), extra.columns(6,
                Column.of("id"), Column.money("expected", "currency").withUnit("unit"), Column.money("computed", "currency").withUnit("unit"),
                Column.money("difference", "currency").withUnit("difference_unit"), Column.of("verdict"),
                Column.range(WriteoffCommand.INPUTS_ALLOW).withUnit("unit"),
                Column.detail("claim"), Column.detail("source")));
        extra.notes().forEach(b::note); // a table column named like one of ours, renamed
        List<Checked> checked = new ArrayList<>();
        int bad = 0;
        for (ClaimsReader.Entry e : entries) {
            Expressions.Result claim = evaluate(e, "claim", e.claim(), env);
            Expressions.Result expected = evaluate(e, "expected", e.expected(), env);
            Claims.Outcome o;
            try {
                o = Claims.verify(strict ? exact(claim.value()) : claim.value(), expected.value(), e.tolerance());
            } catch (Claims.Mismatch m) {
                throw new InputException(e.file(), e.line(), "column '" + m.column() + "': " + m.getMessage());
            }
            checked.add(new Checked(e, o));
            b.row(extra.row(6, e.others(), e.id(), o.expected().cell(), o.computed().cell(), o.differenceCell(), o.verdict(),
                    inputsAllow(o.computed()), e.claim(), e.source().isEmpty() ? null : e.source()));
            for (String step : claim.steps()) {
                b.step(e.id() + ": " + step);
            }
            if (strict) {
                b.step(e.id() + ": --strict: the claim's figures are taken as exact");
            }
            b.step(e.id() + ": " + o.why());
            if (o.verdict() == Verdict.INCONSISTENT) {
                bad++;
                b.inconsistent();
                b.note(e.where() + ": " + e.id() + " is inconsistent: " + failure(o, human));
            }
        }
        if (g.format() == Format.HTML || reports.stream().anyMatch(r -> r.startsWith("html:"))) {
            ArticleView.forClaims(entries, article, root.context()).ifPresent(found -> {
                b.about(found.article());
                found.notes().forEach(b::note);
            });
            // as --version names it: the build, and for the bundled data the WDI vintage its sources were taken at
            java.util.TreeSet<String> vintages = Version.vintages("/data/reference/sources.csv");
            b.dataVersion(data.describe() + ", " + Version.text()
                    + (g.data == null && !vintages.isEmpty() ? ", World Bank WDI vintage of " + String.join(", ", vintages) : ""));
        } else if (article != null) {
            throw new UsageException("--article is for the html page: add --format html or --report html FILE");
        }
        b.note(entries.size() + " claim" + (entries.size() == 1 ? "" : "s") + " checked, " + bad + " inconsistent");
        PrintWriter out = root.spec.commandLine().getOut();
        ResultTable table = b.build();
        // the report files first, then -o: a report that cannot be written leaves an existing -o file as it was
        for (String r : reports) {
            if (r.startsWith("html:")) {
                String target = r.substring("html:".length());
                Renderer page = new Renderer(new Renderer.Options(Format.HTML, human.options().digits(), g.renderOptions(root.context()).explain(),
                        false, human.options().minorUnits()));
                Output.writeAtomically(root.context().cwd().resolve(target), target, page.render(table));
            } else if (r.startsWith("junit:")) {
                String target = r.substring("junit:".length());
                Output.writeAtomically(root.context().cwd().resolve(target), target, junit(source.name(), checked, bad, human));
            }
        }
        int code = Output.emit(g, root.context(), out, table);
        if (reports.contains("github")) {
            github(out, checked, bad, human);
        }
        return code;
    }

    /** A claims file with a header and no rows: nothing to check, said on stderr; exit 0, or 1 with --require-claims. */
    private int noClaims(String name) {
        PrintWriter err = root.spec.commandLine().getErr();
        err.println("figures check: note: " + name + ": no claims to check" + (requireClaims
                ? "; --require-claims makes that a failure (exit 1)" : " (exit 0; --require-claims makes that exit 1)"));
        err.flush();
        return requireClaims ? 1 : 0;
    }

    /** --strict: the claim's value with its range shrunk to that value, as if every figure in it were exact. */
    private static Value exact(Value v) {
        return v instanceof Quantity q ? q.exactly(q.value()) : v;
    }

    /** The range of values the claim's figures allow, as stated (one value with --strict or exact figures). */
    private static Range inputsAllow(Quantity computed) {
        return new Range(computed.exactly(computed.range().lo()).cell(), computed.exactly(computed.range().hi()).cell());
    }

    private static Expressions.Result evaluate(ClaimsReader.Entry e, String column, String text, Environment env) {
        try {
            return Expressions.evaluate(text, env);
        } catch (ExprException x) {
            throw new InputException(e.file(), e.line(), "column '" + column + "': '" + x.expression().strip() + "' at column " + x.column()
                    + ": " + x.reason());
        } catch (CalcException x) {
            throw new InputException(e.file(), e.line(), "column '" + column + "': " + x.getMessage());
        }
    }

    private static String failure(Claims.Outcome o, Renderer human) {
        return "the claim gives " + human.human(o.computed().cell()) + ", not " + human.human(o.expected().cell());
    }

    private static String junit(String file, List<Checked> checked, int bad, Renderer human) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"figures check\" tests=\"").append(checked.size()).append("\" failures=\"").append(bad)
                .append("\" errors=\"0\">\n");
        x.append("  <testsuite name=\"").append(xml(file)).append("\" tests=\"").append(checked.size()).append("\" failures=\"")
                .append(bad).append("\" errors=\"0\" skipped=\"0\">\n");
        for (Checked c : checked) {
            ClaimsReader.Entry e = c.entry();
            x.append("    <testcase classname=\"").append(xml(file)).append("\" name=\"").append(xml(e.id() + ": " + e.claim()))
                    .append("\" file=\"").append(xml(e.file())).append("\" line=\"").append(e.line()).append('"');
            if (c.outcome().verdict() != Verdict.INCONSISTENT) {
                x.append("/>\n");
                continue;
            }
            x.append(">\n      <failure type=\"inconsistent\" message=\"").append(xml(failure(c.outcome(), human))).append("\">")
                    .append(xml(e.where() + ": " + c.outcome().why() + (e.source().isEmpty() ? "" : "\nsource: " + e.source())))
                    .append("</failure>\n    </testcase>\n");
        }
        x.append("  </testsuite>\n</testsuites>\n");
        return x.toString();
    }

    /** Text for XML attributes and content: markup escaped, characters XML 1.0 forbids dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\t', '\r' -> b.append(' ');
                default -> {
                    if (cp >= 0x20 && (cp < 0xD800 || cp > 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }

    private static void github(PrintWriter out, List<Checked> checked, int bad, Renderer human) {
        for (Checked c : checked) {
            if (c.outcome().verdict() == Verdict.INCONSISTENT) {
                ClaimsReader.Entry e = c.entry();
                out.println("::error file=" + property(e.file()) + ",line=" + e.line() + ",title=" + property("claim " + e.id() + " is inconsistent")
                        + "::" + data(e.claim() + ": " + failure(c.outcome(), human)));
            }
        }
        out.println("::notice title=figures check::" + data(checked.size() + " claims checked, " + bad + " inconsistent"));
        out.flush();
    }

    /** Workflow-command data: %, CR and LF escaped. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow-command property values: as data, and also ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
