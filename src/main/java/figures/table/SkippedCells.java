package figures.table;

import figures.model.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows left out of a read because their value was missing ({@code --missing skip}): per
 * group, the periods. Told in the notes: how many per group, and each group whose growth then
 * starts or ends elsewhere than the table does because an end point is missing: never a silent gap.
 */
final class SkippedCells {
    /** Groups listed by name in a note; the rest are counted. */
    static final int MAX_LISTED = 10;

    private final Map<List<String>, TreeSet<Period>> byGroup = new LinkedHashMap<>();
    private long rows;

    void add(List<String> key, Period p) {
        byGroup.computeIfAbsent(key, k -> new TreeSet<>()).add(p);
        rows++;
    }

    /** The notes on what was skipped, the groups described and their observations found in the read's result. */
    List<String> notes(SeriesReader.Result r) {
        if (rows == 0) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        StringBuilder b = new StringBuilder(rows + (rows == 1 ? " row" : " rows") + " with a missing value left out: ");
        int listed = 0;
        for (Map.Entry<List<String>, TreeSet<Period>> e : byGroup.entrySet()) {
            if (listed == MAX_LISTED) {
                b.append("; … and ").append(byGroup.size() - listed).append(" more groups");
                break;
            }
            b.append(listed++ == 0 ? "" : "; ").append(r.describe(e.getKey())).append(' ').append(periods(e.getValue()));
        }
        notes.add(b.toString());
        Map<List<String>, Period[]> observed = new HashMap<>();
        for (SeriesReader.Group g : r.groups()) {
            if (byGroup.containsKey(g.key()) && !g.cells().isEmpty()) {
                observed.put(g.key(), new Period[] {g.cells().get(0).period(), g.cells().get(g.cells().size() - 1).period()});
            }
        }
        int ends = 0;
        for (Map.Entry<List<String>, TreeSet<Period>> e : byGroup.entrySet()) {
            Period[] seen = observed.get(e.getKey());
            if (seen == null) {
                continue; // no observations at all: the growth table says so
            }
            Period before = e.getValue().first();
            Period after = e.getValue().last();
            List<String> why = new ArrayList<>();
            if (before.first() < seen[0].first()) {
                why.add("starts at " + seen[0] + " (" + before + " is missing)");
            }
            if (after.last() > seen[1].last()) {
                why.add("ends at " + seen[1] + " (" + after + " is missing)");
            }
            if (!why.isEmpty()) {
                if (ends++ == MAX_LISTED) {
                    notes.add("… and more groups whose first or last period is missing");
                    break;
                }
                notes.add(r.describe(e.getKey()) + ": the growth " + String.join(" and ", why) + ", not over the table's full span");
            }
        }
        return notes;
    }

    /** {@code 2001, 2005 (2 rows)}: the periods, at most five named. */
    private static String periods(TreeSet<Period> periods) {
        List<String> named = new ArrayList<>();
        for (Period p : periods) {
            if (named.size() == 5) {
                named.add("…");
                break;
            }
            named.add(p.toString());
        }
        return "(" + String.join(", ", named) + ")";
    }
}
