package figures.table;

import figures.model.Amount;
import figures.model.Observation;
import figures.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The groups of a read, from the group table ({@link GroupSums}) after the reader threads are
 * done: each group built from the sums when asked for and not kept, so iterating them holds one
 * group's cells at a time (a million groups' cells are never all held at once). Equal, as a
 * list, to the same groups built at once.
 */
final class SummedGroups extends java.util.AbstractList<SeriesReader.Group> implements java.util.RandomAccess {
    /** One String per distinct key cell, up to {@value #MAX_SHARED} (a column of unique ids is not worth sharing): a million groups by reporter, partner and product hold a few thousand. */
    static final int MAX_SHARED = 1 << 16;

    private final GroupSums sums;
    private final Codes codes;
    private final int keyCells;
    /** {@code stripe << 32 | group} of each group, in order of first appearance. */
    private final long[] ordered;
    /** The line before each block's first: a position ({@code block << 32 | line in block}) plus its block's offset is a line. */
    private final long[] lineOffsets;
    private final long cells;
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    /**
     * The groups of the sums, whose key has {@code keyCells} cells; {@code lineOffsets} turn
     * positions into lines. Indexes the sums (on all cores when {@code parallel}).
     */
    SummedGroups(GroupSums sums, Codes codes, int keyCells, long[] lineOffsets, boolean parallel) {
        this.sums = sums;
        this.codes = codes;
        this.keyCells = keyCells;
        this.lineOffsets = lineOffsets;
        this.cells = sums.index(parallel);
        this.ordered = sums.ordered();
    }

    @Override
    public SeriesReader.Group get(int i) {
        long id = ordered[i];
        return group(sums.stripeAt((int) (id >>> 32)), (int) id);
    }

    /**
     * Group {@code i} as a series straight from the sums (no group, cell or part objects): what
     * {@link GroupSeries#of(SeriesReader.Result, GroupSeries.Converter)} gives for it without a
     * converter, when the group is a series: one unit and periods that do not overlap. Null for
     * any other group (and one with no observations), which that method then reads and reports.
     */
    GroupSeries series(int i) {
        long id = ordered[i];
        GroupSums.Stripe st = sums.stripeAt((int) (id >>> 32));
        int g = (int) id;
        int[] slots = sortedSlots(st, g);
        int n = slots.length;
        if (n == 0) {
            return null;
        }
        int unit = st.unit(slots[0]);
        Codes.Unit u = codes.unit(unit);
        Observation[] observations = new Observation[n];
        long[] rows = new long[n];
        Period before = null;
        for (int k = 0; k < n; k++) {
            int slot = slots[k];
            Period p = codes.period(st.period(slot));
            if (st.unit(slot) != unit || before != null && GroupSeries.overlap(before, p)) {
                return null; // two units (in one period or not), or overlapping periods: an error, for the full path to report
            }
            observations[k] = new Observation(p, Amount.of(st.value(slot), u.currency(), u.basis()));
            rows[k] = st.rows(slot);
            before = p;
        }
        return new GroupSeries(List.of(key(st, g)), st.sources(g), line(st.groupPos(g)), List.of(observations), rows);
    }

    @Override
    public int size() {
        return ordered.length;
    }

    /** Observations: one per group and period. */
    long cells() {
        return cells;
    }

    /** Whether any period of the sums is a month (from the codes: no group is built). */
    boolean anyMonth() {
        return codes.anyMonth();
    }

    /** Whether any group has a source. */
    boolean sourced() {
        return sums.sourced();
    }

    /** One group as the result gives it: its periods in order, each with its parts (one per unit) in line order. */
    private SeriesReader.Group group(GroupSums.Stripe st, int g) {
        int[] slots = sortedSlots(st, g);
        List<SeriesReader.Cell> out = new ArrayList<>(slots.length);
        for (int from = 0; from < slots.length; ) {
            int to = from + 1;
            while (to < slots.length && st.period(slots[to]) == st.period(slots[from])) {
                to++;
            }
            Period p = codes.period(st.period(slots[from]));
            if (to == from + 1) { // one currency: the usual case
                out.add(new SeriesReader.Cell(p, List.of(part(st, slots[from]))));
            } else {
                List<SeriesReader.Part> parts = new ArrayList<>(to - from);
                for (int j = from; j < to; j++) {
                    parts.add(part(st, slots[j]));
                }
                out.add(new SeriesReader.Cell(p, List.copyOf(parts)));
            }
            from = to;
        }
        return new SeriesReader.Group(List.of(key(st, g)), List.copyOf(out), st.sources(g), line(st.groupPos(g)));
    }

    /** A group's slots by period, then line: an insertion sort (a group has a few slots, mostly in order already). */
    private int[] sortedSlots(GroupSums.Stripe st, int g) {
        int[] slots = st.slotsOf(g);
        for (int i = 1; i < slots.length; i++) {
            int x = slots[i];
            int j = i;
            for (; j > 0 && before(st, x, slots[j - 1]); j--) {
                slots[j] = slots[j - 1];
            }
            slots[j] = x;
        }
        return slots;
    }

    /** Whether slot {@code a} comes before slot {@code b}: an earlier period, or the same one from an earlier line. */
    private boolean before(GroupSums.Stripe st, int a, int b) {
        int pa = st.period(a);
        int pb = st.period(b);
        if (pa != pb) {
            return Codes.isYear(pa) && Codes.isYear(pb) ? pa < pb : codes.period(pa).compareTo(codes.period(pb)) < 0;
        }
        return st.pos(a) < st.pos(b);
    }

    /** A group's key cells, each String shared with the other groups' equal cells (up to {@link #MAX_SHARED}). */
    private String[] key(GroupSums.Stripe st, int g) {
        String[] key = st.key(g, keyCells);
        for (int i = 0; i < key.length; i++) {
            String seen = shared.get(key[i]);
            if (seen != null) {
                key[i] = seen;
            } else if (shared.size() < MAX_SHARED) {
                shared.put(key[i], key[i]);
            }
        }
        return key;
    }

    private SeriesReader.Part part(GroupSums.Stripe st, int i) {
        Codes.Unit u = codes.unit(st.unit(i));
        return new SeriesReader.Part(Amount.of(st.value(i), u.currency(), u.basis()), st.rows(i), line(st.pos(i)));
    }

    /** The line of a position. */
    long line(long pos) {
        return lineOffsets[(int) (pos >>> 32)] + (pos & 0xFFFF_FFFFL);
    }
}
