package figures.table;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a series table is to be read beyond its columns. The default reads a table as it always
 * was read, on the bulk path when it is large (and a wide table, found by its header, as wide);
 * any other choice is read sequentially.
 *
 * @param missing           what a value cell that is {@link #isMissing missing} does; null: the layout's
 *                          default (an error in a long table; in a wide one, where every year has a cell, the
 *                          cell is no observation, counted in the notes)
 * @param wide              true: the table is wide (years as columns), false: long, null: found from its header
 * @param filters           rows kept: each filter's column must hold one of its values
 * @param excludeAggregates whether rows of the World Bank's regional and income aggregates are left out
 */
public record Reading(Missing missing, Boolean wide, List<Filter> filters, boolean excludeAggregates) {
    /** What a missing value does: stop the read with an error listing the missing cells, or leave the row out with a note. */
    public enum Missing {
        ERROR, SKIP
    }

    /** Rows whose cell in {@code column} (lower case) is one of {@code values}. */
    public record Filter(String column, Set<String> values) {
        public Filter {
            values = Set.copyOf(values);
        }
    }

    public Reading {
        filters = List.copyOf(filters);
    }

    /** A reading with only the missing-value choice made. */
    public Reading(Missing missing) {
        this(missing, null, List.of(), false);
    }

    /** The markers of a missing value, besides an empty cell (compared without case): as statistics tables write them. */
    public static final Set<String> MARKERS = Set.of("n/a", "na", "..", "-", "\u2026");

    /** How tables were always read: a missing value is an error, a wide table found by its header. */
    public static final Reading DEFAULT = new Reading(null, null, List.of(), false);

    /** Whether a (stripped) value cell is missing: empty, or one of {@link #MARKERS}. */
    public static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.length() <= 3 && MARKERS.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** What a missing value does in a table of this layout. */
    Missing missingIn(boolean wideTable) {
        return missing != null ? missing : wideTable ? Missing.SKIP : Missing.ERROR;
    }

    /** Whether this is the default, which the bulk path reads. */
    boolean isDefault() {
        return equals(DEFAULT);
    }
}
