package figures.table;

import figures.model.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table read without {@code --by} whose country (reporter, partner, indicator) columns hold more
 * than one value: summing every row into one series would add up countries (on a World Bank file,
 * every country and the World and regional aggregates besides), so it is an error that names the
 * columns and suggests {@code --by}, or {@code --total} when the sum is meant.
 */
final class ImpliedGroups {
    /** Values of a column shown in the message. */
    private static final int SHOWN = 3;

    private ImpliedGroups() {
    }

    static UsageException error(String file, List<String> columns, List<SeriesReader.Group> groups) {
        List<Set<String>> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            values.add(new LinkedHashSet<>());
        }
        for (SeriesReader.Group g : groups) {
            for (int i = 0; i < columns.size(); i++) {
                values.get(i).add(g.key().get(i));
            }
        }
        List<String> described = new ArrayList<>();
        List<String> varying = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Set<String> v = values.get(i);
            if (v.size() < 2) {
                continue;
            }
            String c = columns.get(i);
            varying.add(c);
            List<String> shown = v.stream().limit(SHOWN).map(ImpliedGroups::abbreviate).toList();
            described.add("'" + c + "' (" + v.size() + " values: " + String.join(", ", shown) + (v.size() > SHOWN ? ", …" : "") + ")");
        }
        // a name column beside its code column says the same: suggest the code
        List<String> suggested = new ArrayList<>();
        for (String c : varying) {
            if (!(c.endsWith(" name") && varying.contains(c.substring(0, c.length() - 5) + " code"))
                    && !(c.endsWith("_name") && varying.contains(c.substring(0, c.length() - 5) + "_code"))) {
                suggested.add(c);
            }
        }
        String by = String.join(",", suggested);
        String option = by.contains(" ") ? "--by \"" + by + "\"" : "--by " + by;
        return new UsageException(file + ": the table has groups: " + (described.size() == 1 ? "column " : "columns ")
                + String.join(" and ", described) + "; give " + option + " for a series per group, or --total to sum every row"
                + " into one series");
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 17) + "…";
    }
}
