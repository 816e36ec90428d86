package figures.table;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Decimals;
import figures.model.InputException;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A read's periods put in one frequency ({@code --per year|quarter|month}): each group's months,
 * quarters or days within a longer period combined by {@code --aggregate}: their sum (the
 * default, for flows), their mean (rates and levels) or the last one's value (end of period). A
 * period already of that frequency stays as it is; one longer than it (a year asked per quarter),
 * or periods of two frequencies within one, are an error naming the line. A longer period with
 * fewer of its parts than it has (a year of 11 months) is combined from those it has, and a note
 * lists it.
 */
final class PeriodAggregation {
    /** Incomplete periods named in the note. */
    private static final int NAMED = 3;

    private PeriodAggregation() {
    }

    static SeriesReader.Result apply(SeriesReader.Result r, Periods periods) {
        Period.Frequency per = periods.per();
        Periods.Aggregate how = periods.used();
        List<SeriesReader.Group> out = new ArrayList<>();
        java.util.Set<Period.Frequency> from = new java.util.TreeSet<>();
        List<String> incomplete = new ArrayList<>();
        long incompleteCount = 0;
        for (SeriesReader.Group g : r.groups()) {
            Map<Period, List<SeriesReader.Cell>> buckets = new TreeMap<>();
            for (SeriesReader.Cell c : g.cells()) {
                Period target;
                try {
                    target = c.period().within(per);
                } catch (CalcException e) {
                    throw new InputException(r.file(), c.line(), r.describe(g) + ": --per " + per.word() + ": " + e.getMessage());
                }
                if (c.period().frequency() != per) {
                    from.add(c.period().frequency());
                }
                buckets.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
            }
            List<SeriesReader.Cell> cells = new ArrayList<>();
            for (Map.Entry<Period, List<SeriesReader.Cell>> b : buckets.entrySet()) {
                List<SeriesReader.Cell> in = b.getValue();
                SeriesReader.Cell first = in.get(0);
                for (SeriesReader.Cell c : in) {
                    if (c.period().frequency() != first.period().frequency()) {
                        throw new InputException(r.file(), Math.max(first.line(), c.line()), r.describe(g) + ": " + b.getKey()
                                + " has periods of two frequencies, " + first.period() + " (line " + first.line() + ") and "
                                + c.period() + " (line " + c.line() + "): they cannot be combined into one " + per.word());
                    }
                }
                if (in.size() == 1 && first.period().equals(b.getKey())) {
                    cells.add(first);
                    continue;
                }
                Amount sum = null;
                long rows = 0;
                long line = Long.MAX_VALUE;
                for (SeriesReader.Cell c : in) {
                    Amount a = r.amount(g, c);
                    if (sum != null && !java.util.Objects.equals(sum.currency(), a.currency())) {
                        throw r.mixed(g, first.parts().get(0), c.parts().get(0));
                    }
                    sum = sum == null ? a : sum.plus(a);
                    rows += c.rows();
                    line = Math.min(line, c.line());
                }
                Amount value = switch (how) {
                    case SUM -> sum;
                    case MEAN -> sum.withValue(Decimals.ratio(sum.value(), BigDecimal.valueOf(in.size())));
                    case LAST -> r.amount(g, in.get(in.size() - 1));
                };
                int expected = expected(first.period().frequency(), per, in);
                if (expected > 0 && in.size() < expected) {
                    if (incomplete.size() < NAMED) {
                        incomplete.add(r.describe(g) + " " + b.getKey() + " (" + in.size() + " of " + expected + " "
                                + (first.period().frequency() == Period.Frequency.DAY ? "first-of-month dates"
                                : first.period().frequency().plural()) + ")");
                    }
                    incompleteCount++;
                }
                cells.add(new SeriesReader.Cell(b.getKey(), List.of(new SeriesReader.Part(value, rows, line))));
            }
            out.add(new SeriesReader.Group(g.key(), List.copyOf(cells), g.sources(), g.line()));
        }
        List<String> notes = new ArrayList<>(r.notes());
        if (!from.isEmpty()) {
            String parts = String.join(" and ", from.stream().map(Period.Frequency::plural).toList());
            notes.add(parts + " aggregated to " + per.plural() + " (--per " + per.word() + "): " + switch (how) {
                case SUM -> "each " + per.word() + "'s sum" + (periods.aggregate() == null
                        ? " (the default, for flows; --aggregate mean or last for rates and levels)" : " (--aggregate sum)");
                case MEAN -> "each " + per.word() + "'s mean, the sum of its " + parts + " divided by how many there are (--aggregate mean)";
                case LAST -> "each " + per.word() + "'s last value (--aggregate last)";
            });
        }
        if (incompleteCount > 0) {
            notes.add(incompleteCount + (incompleteCount == 1 ? " " + per.word() + " has" : " " + per.plural() + " have")
                    + " fewer parts than a whole one, and " + (incompleteCount == 1 ? "is" : "are") + " combined from those there are: "
                    + String.join("; ", incomplete) + (incompleteCount > NAMED ? "; …" : ""));
        }
        return new SeriesReader.Result(r.file(), r.by(), r.periodColumn(), r.valueColumn(), new Groups(List.copyOf(out), r.cells()),
                r.rows(), r.threads(), notes);
    }

    /** The groups with their periods aggregated, and how many observations the table had before ({@link SeriesReader.Result#cells}). */
    static final class Groups extends java.util.AbstractList<SeriesReader.Group> implements java.util.RandomAccess {
        private final List<SeriesReader.Group> groups;
        private final long cellsRead;

        Groups(List<SeriesReader.Group> groups, long cellsRead) {
            this.groups = groups;
            this.cellsRead = cellsRead;
        }

        @Override
        public SeriesReader.Group get(int i) {
            return groups.get(i);
        }

        @Override
        public int size() {
            return groups.size();
        }

        long cellsRead() {
            return cellsRead;
        }
    }

    /**
     * How many periods of {@code part} a whole period of {@code per} has; 0 when that varies (days),
     * but for days that are all the first of a month (a monthly series dated 1971-01-01), as many as months.
     */
    private static int expected(Period.Frequency part, Period.Frequency per, List<SeriesReader.Cell> in) {
        if (part == per) {
            return 0;
        }
        if (part == Period.Frequency.DAY) {
            boolean firsts = in.stream().allMatch(c -> c.period().toString().endsWith("-01"));
            return firsts && per != Period.Frequency.MONTH ? 12 / per.perYear() : 0;
        }
        return part.perYear() / per.perYear();
    }
}
