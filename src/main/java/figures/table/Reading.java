package figures.table;

import java.util.Locale;
import java.util.Set;

/**
 * How a series table is to be read beyond its columns: what a missing value does. The default
 * reads a table as it always was read, on the bulk path when it is large; any other choice is
 * read sequentially.
 *
 * @param missing what a value cell that is one of the {@link #isMissing missing markers} does
 */
public record Reading(Missing missing) {
    /** What a missing value does: stop the read with an error listing the missing cells, or leave the row out with a note. */
    public enum Missing {
        ERROR, SKIP
    }

    /** The markers of a missing value, besides an empty cell (compared without case): as statistics tables write them. */
    public static final Set<String> MARKERS = Set.of("n/a", "na", "..", "-", "\u2026");

    /** How tables were always read: a missing value is an error. */
    public static final Reading DEFAULT = new Reading(Missing.ERROR);

    /** Whether a (stripped) value cell is missing: empty, or one of {@link #MARKERS}. */
    public static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.length() <= 3 && MARKERS.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** Whether this is the default, which the bulk path reads. */
    boolean isDefault() {
        return equals(DEFAULT);
    }
}
