package figures.cli;

import figures.calc.TradeBalance;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Period;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.ResultTable;
import figures.table.ExportsReader;
import figures.table.SeriesReader;
import figures.table.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures balance A B}: A's exports to B and imports from B per period, balance, total trade, coverage. */
@Command(name = "balance",
        description = {"Trade between two partners per period, from an exports table (the bundled",
            "data/exports.csv by default): exports (A to B), imports (B to A), balance",
            "(exports - imports), total trade (exports + imports) and coverage (exports /",
            "imports, the usual export-import coverage ratio: how far A's exports to B pay",
            "for its imports from B; over 100%% when A has a surplus).",
            "The change of coverage from one period to the next is in percentage points."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  figures balance RU SY",
            "      2000: exports 95 m USD, imports 11 m USD, balance 84 m USD,",
            "      coverage 863.6%% (95 / 11)",
            "  figures balance RU SY --format csv",
            "  figures balance DEU FRA trade.csv --exporter reporter --importer partner \\",
            "      --period year --from 2000"})
public final class BalanceCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(index = "0", paramLabel = "A", description = "The partner whose exports and balance are shown, such as RU.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other partner, e.g. SY.")
    String b;

    @Parameters(index = "2", arity = "0..1", paramLabel = "FILE", description = "An exports table (- for stdin); default: the bundled data/exports.csv.")
    String file;

    @Option(names = "--exporter", paramLabel = "COL", description = "The exporter column (default: exporter).")
    String exporter;

    @Option(names = "--importer", paramLabel = "COL", description = "The importer column (default: importer).")
    String importer;

    @Option(names = {"--period", "--year"}, paramLabel = "COL", description = "The column of years or spans (default: period, else year).")
    String period;

    @Option(names = "--value", paramLabel = "COL", description = "The column of values (default: value).")
    String value;

    @Option(names = "--from", paramLabel = "PERIOD", description = "The first year to show.")
    Period from;

    @Option(names = "--to", paramLabel = "PERIOD", description = "The last year to show.")
    Period to;

    @Mixin
    TableOptions tableOptions;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        if (a.strip().equalsIgnoreCase(b.strip())) {
            throw new UsageException("A and B are the same partner ('" + a + "'); name two partners, e.g. figures balance RU SY");
        }
        if (from != null && to != null && from.first() > to.last()) {
            throw new UsageException("--from " + from + " is after --to " + to + "; give the earlier year first");
        }
        TableSource source = g.dataSet(root.context()).userOrDefault(file, "exports.csv");
        SeriesReader.Result data = ExportsReader.read(source,
                ExportsReader.spec(column(exporter), column(importer), column(period), value == null ? null : column(value))
                        .reading(tableOptions.reading()),
                SeriesReader.Options.defaults());
        SeriesReader.Group out = find(data, a, b);
        SeriesReader.Group in = find(data, b, a);
        if (out == null && in == null) {
            throw new UsageException("no trade between " + a + " and " + b + " in " + data.file() + " (flows found: " + flows(data) + ")");
        }
        String ab = out != null ? out.key().get(0) + "→" + out.key().get(1) : a.strip() + "→" + b.strip();
        String ba = in != null ? in.key().get(0) + "→" + in.key().get(1) : b.strip() + "→" + a.strip();
        // each period with the flow each way (either may be missing)
        TreeMap<Period, SeriesReader.Cell[]> periods = new TreeMap<>();
        collect(periods, out, 0);
        collect(periods, in, 1);
        if (periods.isEmpty()) {
            throw new UsageException("no period of " + ab + " or " + ba + " lies within " + (from == null ? "" : "--from " + from)
                    + (from != null && to != null ? " " : "") + (to == null ? "" : "--to " + to) + " in " + data.file());
        }
        overlaps(data, periods, ab, ba);
        ResultTable.Builder t = ResultTable.builder("trade balance: " + ab + " and " + ba + " (" + data.file() + ")",
                Column.of("period"), Column.money("exports", "currency"), Column.money("imports", "currency"),
                Column.money("balance", "currency"), Column.money("total_trade", "currency"), Column.of("coverage_pct"),
                Column.of("coverage_change_pp"));
        data.notes().forEach(t::note); // how the table was read (its delimiter, rows left out)
        TradeBalance previous = null;
        figures.table.DataSet set = g.dataSet(root.context());
        figures.reference.Redenominations lives = set.has(figures.reference.ReferenceData.REDENOMINATIONS)
                ? figures.reference.Redenominations.read(set.table(figures.reference.ReferenceData.REDENOMINATIONS)) : null;
        java.util.Map<figures.model.Currency, List<String>> beforeLife = new java.util.LinkedHashMap<>(); // TRY -> 2003, 2004
        for (var e : periods.entrySet()) {
            SeriesReader.Cell x = e.getValue()[0];
            SeriesReader.Cell m = e.getValue()[1];
            TradeBalance tb;
            try {
                tb = TradeBalance.of(x == null ? null : data.amount(out, x), m == null ? null : data.amount(in, m), previous);
            } catch (CalcException ex) {
                long line = Math.max(x == null ? 0 : x.line(), m == null ? 0 : m.line());
                throw new InputException(data.file(), line, e.getKey() + ": " + ab + " and " + ba + ": " + ex.getMessage());
            }
            t.row(e.getKey(), tb.exports(), tb.imports(), tb.balance(), tb.total(), tb.coverage(), tb.coverageChange());
            for (SeriesReader.Cell c : new SeriesReader.Cell[] {x, m}) {
                figures.model.Amount v = c == null || lives == null ? null : data.amount(c == x ? out : in, c);
                if (v != null && v.currency().isPresent() && lives.beforeLife(v.currency().get(), e.getKey().first()).isPresent()) {
                    List<String> ps = beforeLife.computeIfAbsent(v.currency().get(), k -> new ArrayList<>());
                    if (!ps.contains(e.getKey().toString())) {
                        ps.add(e.getKey().toString());
                    }
                }
            }
            if (x == null || m == null) {
                t.note(e.getKey() + ": no " + (x == null ? ab : ba) + " figure, so no balance, total or coverage");
            } else if (tb.coverage() == null) {
                t.note(e.getKey() + ": " + ba + " is " + (tb.imports().signum() == 0 ? "zero" : "below zero")
                        + ", so coverage (exports / imports) is not defined");
            }
            if (tb.coverage() != null) {
                t.step(e.getKey() + ": balance = " + show(tb.exports()) + " - " + show(tb.imports()) + " = " + show(tb.balance())
                        + "; coverage = " + show(tb.exports()) + " / " + show(tb.imports()) + " = " + tb.coverage());
            }
            if (tb.coverage() != null || tb.exports() != null && tb.imports() != null) {
                previous = tb;
            }
        }
        // a currency before its life: said, not refused (a table back-converted into today's currency, as
        // the World Bank's current LCU is, is right; old-currency values labelled with the new code are not)
        beforeLife.forEach((c, ps) -> t.note(c + " exists from " + lives.introducedBy(c).get(0).date().getYear() + ", but the values of "
                + String.join(", ", ps) + " are in it: taken as " + c + ", as tables back-converted into today's currency are; if they are"
                + " in the old currency, label them so"));
        t.note("exports = " + ab + ", imports = " + ba + "; balance = exports - imports; coverage = exports / imports (" + ab + " / " + ba
                + "), how far " + a.strip() + "'s exports to " + b.strip() + " pay for its imports from " + b.strip()
                + "; its change is in percentage points (pp)");
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), t.build());
    }

    /**
     * Periods that overlap (2000 and 2000-2001, in either flow) cannot be set against each other
     * in one balance: refused naming both lines, as growth refuses them within a group.
     */
    private static void overlaps(SeriesReader.Result data, TreeMap<Period, SeriesReader.Cell[]> periods, String ab, String ba) {
        Period before = null;
        long beforeLine = 0;
        for (var e : periods.entrySet()) {
            long line = Long.MAX_VALUE;
            for (SeriesReader.Cell c : e.getValue()) {
                line = c == null ? line : Math.min(line, c.line());
            }
            if (before != null && figures.table.GroupSeries.overlap(before, e.getKey())) {
                throw new InputException(data.file(), Math.max(beforeLine, line), ab + " and " + ba + ": periods " + before + " (line "
                        + beforeLine + ") and " + e.getKey() + " (line " + line + ") overlap; a balance sets one period against the same period");
            }
            if (before == null || e.getKey().last() > before.last() || e.getKey().isSubAnnual() && !before.isSpan()) {
                before = e.getKey();
                beforeLine = line;
            }
        }
    }

    private void collect(TreeMap<Period, SeriesReader.Cell[]> periods, SeriesReader.Group g, int side) {
        if (g == null) {
            return;
        }
        for (SeriesReader.Cell c : g.cells()) {
            Period p = c.period();
            if ((from == null || p.first() >= from.first()) && (to == null || p.last() <= to.last())) {
                periods.computeIfAbsent(p, k -> new SeriesReader.Cell[2])[side] = c;
            }
        }
    }

    private static SeriesReader.Group find(SeriesReader.Result data, String x, String y) {
        for (SeriesReader.Group g : data.groups()) {
            if (g.key().get(0).equalsIgnoreCase(x.strip()) && g.key().get(1).equalsIgnoreCase(y.strip())) {
                return g;
            }
        }
        return null;
    }

    private static String flows(SeriesReader.Result data) {
        List<String> names = new ArrayList<>();
        for (SeriesReader.Group g : data.groups()) {
            if (names.size() == 10) {
                names.add("… " + data.groups().size() + " in all");
                break;
            }
            names.add(data.describe(g));
        }
        return String.join(", ", names);
    }

    private static String column(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String show(figures.model.Amount x) {
        return HumanNumbers.amount(x, 6);
    }
}
