package figures.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The years a series covers, written as runs: {@code 1961-1971, 1985-1990}. */
public final class Coverage {
    private Coverage() {
    }

    /** The runs of consecutive years in the given periods. */
    public static List<Period> runs(Iterable<Period> periods) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Period p : periods) {
            for (int y = p.first(); y <= p.last(); y++) {
                years.add(y);
            }
        }
        List<Period> runs = new ArrayList<>();
        Integer start = null, prev = null;
        for (int y : years) {
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                runs.add(Period.of(start, prev));
                start = y;
            }
            prev = y;
        }
        if (start != null) {
            runs.add(Period.of(start, prev));
        }
        return runs;
    }

    /** {@code 1961-1971 and 1985-1990}; {@code no years} when empty. */
    public static String text(Iterable<Period> periods) {
        List<Period> runs = runs(periods);
        if (runs.isEmpty()) {
            return "no years";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            b.append(i == 0 ? "" : i == runs.size() - 1 ? " and " : ", ").append(runs.get(i));
        }
        return b.toString();
    }
}
