package figures.expr;

import figures.calc.WriteOff;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Period;
import figures.table.DataSet;
import figures.table.DebtsReader;
import figures.table.ExportsReader;
import figures.table.LoansReader;
import figures.table.TableSource;
import figures.table.WriteoffsReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lookups into the tables in use, each indexed on first use. A figure from a table carries the
 * stated precision of its cell and, as its price basis, the row's year or period (a 2002 export
 * value is in 2002 prices).
 */
final class Tables {
    /** One figure found in a table, with where it came from. */
    record Found(Value value, String where) {
    }

    private final DataSet data;
    private Map<String, Found> exports;
    private Map<String, WriteoffsReader.Entry> writeoffs;
    private Map<String, DebtsReader.Entry> debts;
    private Map<String, LoansReader.Entry> loans;

    Tables(DataSet data) {
        this.data = data;
    }

    private static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p.toString().toUpperCase(Locale.ROOT)).append('|');
        }
        return b.toString();
    }

    private static String where(String file, long line, String source) {
        return file + ":" + line + (source == null || source.isEmpty() ? "" : " (source: " + source + ")");
    }

    /** exports.csv: the value exported by {@code exporter} to {@code importer} in {@code period}; rows with the same key are summed. */
    Found exports(String exporter, String importer, Period period) {
        if (exports == null) {
            exports = indexExports(data.table("exports.csv"));
        }
        Found f = exports.get(key(exporter, importer, period));
        if (f == null) {
            TreeSet<String> periods = new TreeSet<>();
            TreeSet<String> pairs = new TreeSet<>();
            for (String k : exports.keySet()) {
                String[] parts = k.split("\\|");
                pairs.add(parts[0] + "→" + parts[1]);
                if (parts[0].equalsIgnoreCase(exporter) && parts[1].equalsIgnoreCase(importer)) {
                    periods.add(parts[2]);
                }
            }
            String name = data.table("exports.csv").name();
            throw new CalcException(periods.isEmpty()
                    ? "no exports from " + exporter + " to " + importer + " in " + name + " (exporter→importer pairs there: " + String.join(", ", pairs) + ")"
                    : "no exports from " + exporter + " to " + importer + " in " + period + " in " + name + " (periods there: " + String.join(", ", periods) + ")");
        }
        return f;
    }

    /** The exports reader's flows (each keeping its rows' stated precision), indexed by exporter, importer and period. */
    private static Map<String, Found> indexExports(TableSource source) {
        Map<String, Found> index = new LinkedHashMap<>();
        for (ExportsReader.Flow f : ExportsReader.flows(source)) {
            Amount a = f.value();
            Quantity q = Quantity.amount(a.value(), f.stated(), a.currency().orElse(null), a.priceBasis().orElse(f.period()));
            index.put(key(f.exporter(), f.importer(), f.period()), new Found(q, f.where()));
        }
        return index;
    }

    /** writeoffs.csv: the row's four figures, the ones not stated completed from the others. */
    Found writeoffs(String debtor, String creditor, int year) {
        if (writeoffs == null) {
            writeoffs = new LinkedHashMap<>();
            for (WriteoffsReader.Entry e : WriteoffsReader.read(data.table("writeoffs.csv"))) {
                writeoffs.put(key(e.debtor(), e.creditor(), e.year()), e);
            }
        }
        WriteoffsReader.Entry e = writeoffs.get(key(debtor, creditor, year));
        if (e == null) {
            throw new CalcException("no write-off of " + debtor + "'s debt to " + creditor + " in " + year + " in "
                    + data.table("writeoffs.csv").name() + " (rows there: " + String.join(", ", writeoffs.values().stream()
                    .map(w -> w.debtor() + " " + w.creditor() + " " + w.year()).toList()) + ")");
        }
        WriteOff w;
        try {
            w = WriteOff.of(e.debt(), e.percent(), e.writtenOff(), e.remaining());
        } catch (CalcException ex) {
            throw new CalcException(e.file() + ":" + e.line() + ": " + ex.getMessage());
        }
        Period basis = Period.of(year);
        Map<String, Value> fields = new LinkedHashMap<>();
        for (WriteOff.Line l : w.lines()) {
            Object v = l.stated() != null ? l.stated() : l.computed();
            Interval range = l.stated() != null ? stated(l.stated()) : l.computedRange();
            fields.put(l.figure().column(), v instanceof Percent p ? Quantity.percent(p.ratio(), range)
                    : amountAt((Amount) v, range, basis));
        }
        String what = "writeoffs(" + debtor + ", " + creditor + ", " + year + ")";
        return new Found(new Value.Record(what, fields, where(e.file(), e.line(), e.source())), where(e.file(), e.line(), e.source()));
    }

    private static Interval stated(Object v) {
        return v instanceof Percent p ? p.statedRatio() : ((Amount) v).stated();
    }

    private static Quantity amountAt(Amount a, Interval range, Period basis) {
        return Quantity.amount(a.value(), range, a.currency().orElse(null), a.priceBasis().orElse(basis));
    }

    /** loans.csv: the principal and whichever terms the row states. */
    Found loans(String lender, String borrower, int year) {
        if (loans == null) {
            loans = new LinkedHashMap<>();
            for (LoansReader.Entry e : LoansReader.read(data.table("loans.csv"))) {
                loans.put(key(e.lender(), e.borrower(), e.year()), e);
            }
        }
        LoansReader.Entry e = loans.get(key(lender, borrower, year));
        if (e == null) {
            throw new CalcException("no loan from " + lender + " to " + borrower + " in " + year + " in " + data.table("loans.csv").name()
                    + " (rows there: " + String.join(", ", loans.values().stream().map(l -> l.lender() + " " + l.borrower() + " " + l.year()).toList()) + ")");
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("principal", amountAt(e.principal(), e.principal().stated(), Period.of(year)));
        if (e.rate() != null) {
            fields.put("rate", Quantity.percent(e.rate().ratio(), e.rate().statedRatio()));
        }
        if (e.maturity() != null) {
            fields.put("maturity", Quantity.number(e.maturity(), Interval.stated(e.maturity())));
        }
        if (e.grace() != null) {
            fields.put("grace", Quantity.number(e.grace(), Interval.stated(e.grace())));
        }
        if (e.repayment() != null) {
            fields.put("repayment", new Value.Name(e.repayment().toString()));
        }
        if (e.frequency() != null) {
            fields.put("frequency", Quantity.exactNumber(BigDecimal.valueOf(e.frequency())));
        }
        String where = where(e.file(), e.line(), e.source());
        return new Found(new Value.Record("loans(" + lender + ", " + borrower + ", " + year + ")", fields, where), where);
    }

    /** debts.csv: what {@code debtor} owed {@code creditor} in {@code year}. */
    Found debts(String debtor, String creditor, int year) {
        if (debts == null) {
            debts = new LinkedHashMap<>();
            for (DebtsReader.Entry e : DebtsReader.read(data.table("debts.csv"))) {
                debts.put(key(e.debtor(), e.creditor(), e.year()), e);
            }
        }
        DebtsReader.Entry e = debts.get(key(debtor, creditor, year));
        if (e == null) {
            throw new CalcException("no debt of " + debtor + " to " + creditor + " in " + year + " in " + data.table("debts.csv").name()
                    + " (rows there: " + String.join(", ", debts.values().stream().map(d -> d.debtor() + " " + d.creditor() + " " + d.year()).toList()) + ")");
        }
        return new Found(amountAt(e.amount(), e.amount().stated(), Period.of(year)), where(e.file(), e.line(), e.source()));
    }
}
