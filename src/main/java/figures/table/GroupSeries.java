package figures.table;

import figures.model.Amount;
import figures.model.InputException;
import figures.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One group of a table read by {@link SeriesReader}, as a series: its observations in period
 * order, one amount per period, and how many rows were summed into each. What the reader's sums
 * must satisfy to be a series is checked here, with the table's {@code file:line}: one currency
 * and price basis per group (unless every value is converted to one), periods that do not overlap.
 *
 * @param key    the group's key cells, in the order of the group columns
 * @param sources up to three of the group's sources
 * @param line   the group's first line
 */
public record GroupSeries(List<String> key, List<String> sources, long line, List<Observation> observations,
                          long[] rowsPerObservation) {
    /** Turns one observation's amount into the common currency and prices (the reader's cell gives its line and period). */
    @FunctionalInterface
    public interface Converter {
        Amount convert(SeriesReader.Group group, SeriesReader.Cell cell, Amount amount);
    }

    /** Rows read into this series. */
    public long rows() {
        long n = 0;
        for (long r : rowsPerObservation) {
            n += r;
        }
        return n;
    }

    /**
     * Each group's amounts by period (the reader sums only those within its window; a group with
     * none is left out); one currency per group, or an error naming both lines. With a converter,
     * every value is converted first (in group order: the converter may note each conversion) and
     * groups may mix currencies. Without one, many groups are built on all cores; the error is the
     * first group's in table order either way.
     */
    public static List<GroupSeries> of(SeriesReader.Result data, Converter converter) {
        List<SeriesReader.Group> groups = data.groups();
        int n = groups.size();
        Object[] built = new Object[n];
        java.util.function.IntConsumer one = i -> {
            try {
                built[i] = of(data, groups.get(i), converter);
            } catch (InputException e) {
                built[i] = e;
            }
        };
        if (converter == null && n >= PARALLEL_FROM) {
            java.util.stream.IntStream.range(0, n).parallel().forEach(one);
        } else {
            for (int i = 0; i < n; i++) {
                one.accept(i);
                if (built[i] instanceof InputException e) {
                    throw e;
                }
            }
        }
        List<GroupSeries> out = new ArrayList<>(n);
        for (Object b : built) {
            if (b instanceof InputException e) {
                throw e;
            }
            if (b != null) {
                out.add((GroupSeries) b);
            }
        }
        return out;
    }

    /** Groups from which {@link #of(SeriesReader.Result, Converter)} builds on all cores. */
    static final int PARALLEL_FROM = 2048;

    /**
     * A table's groups as series in parts of consecutive groups, each built when asked for: a
     * command that lays out one part at a time never holds every group's series at once.
     *
     * @param count    how many parts
     * @param groups   how many groups in all (with those that have no observations)
     * @param parallel whether parts may be built at once on several threads
     */
    public record Parts(int count, int groups, boolean parallel, java.util.function.IntFunction<List<GroupSeries>> part) {
        /** Groups in a part: enough that a part's work outweighs handing it to a thread, few enough that parts stay small. */
        public static final int SIZE = 512;

        /** Part {@code i}'s series, in table order (groups with no observations left out); the first error of its groups. */
        public List<GroupSeries> get(int i) {
            return part.apply(i);
        }

        /** Series built already (one part). */
        public static Parts of(List<GroupSeries> all, int groups) {
            return new Parts(1, groups, false, i -> all);
        }

        /** The groups of a read without conversion, {@value #SIZE} to a part, parts on all cores. */
        public static Parts of(SeriesReader.Result data) {
            List<SeriesReader.Group> groups = data.groups();
            int n = groups.size();
            int count = Math.max(1, (n + SIZE - 1) / SIZE);
            SummedGroups sums = groups instanceof SummedGroups read ? read : null;
            return new Parts(count, n, true, i -> {
                List<GroupSeries> out = new ArrayList<>(SIZE);
                for (int g = i * SIZE; g < Math.min(n, (i + 1) * SIZE); g++) {
                    // straight from the sums when the group is a series; any other through its cells, which says what is wrong
                    GroupSeries s = sums == null ? null : sums.series(g);
                    if (s == null) {
                        s = GroupSeries.of(data, groups.get(g), null);
                    }
                    if (s != null) {
                        out.add(s);
                    }
                }
                return out;
            });
        }
    }

    /**
     * Whether a period overlaps the one before it in a group's order: years and spans by their
     * years, a month, quarter or day by its days (2024-01 and 2024-02 do not overlap, 2024 and 2024-03 do).
     */
    public static boolean overlap(figures.model.Period before, figures.model.Period p) {
        return before.isSubAnnual() || p.isSubAnnual() ? before.overlaps(p) : before.last() >= p.first();
    }

    /** One group as a series; null when it has no observations. */
    private static GroupSeries of(SeriesReader.Result data, SeriesReader.Group group, Converter converter) {
        List<Observation> observations = new ArrayList<>(group.cells().size());
        long[] rows = new long[group.cells().size()];
        SeriesReader.Part unit = null;
        SeriesReader.Cell before = null;
        for (SeriesReader.Cell cell : group.cells()) {
            Amount amount = data.amount(group, cell);
            if (converter != null) {
                amount = converter.convert(group, cell, amount);
            } else {
                if (unit == null) {
                    unit = cell.parts().get(0);
                } else if (!Objects.equals(unit.total().currency(), amount.currency())
                        || !Objects.equals(unit.total().priceBasis(), amount.priceBasis())) {
                    throw data.mixed(group, unit, cell.parts().get(0));
                }
                if (before != null && overlap(before.period(), cell.period())) {
                    throw new InputException(data.file(), Math.max(before.line(), cell.line()), data.describe(group) + ": periods "
                            + before.period() + " (line " + before.line() + ") and " + cell.period() + " (line " + cell.line()
                            + ") overlap; a group's periods must not overlap");
                }
            }
            rows[observations.size()] = cell.rows();
            observations.add(new Observation(cell.period(), amount));
            before = cell;
        }
        return observations.isEmpty() ? null : new GroupSeries(group.key(), group.sources(), group.line(), List.copyOf(observations), rows);
    }
}
