package figures.table;

import figures.model.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a series table is to be read beyond its columns. The default reads a table as it always
 * was read, on the bulk path when it is large (and a wide table, found by its header, as wide).
 * The choices of layout and rows (missing values, wide, filters, periods to aggregate) are read
 * sequentially; the choices of form (delimiter, number form, unit, --total) on either path.
 *
 * @param missing           what a value cell that is {@link #isMissing missing} does; null: the layout's
 *                          default (an error in a long table; in a wide one, where every year has a cell, the
 *                          cell is no observation, counted in the notes)
 * @param wide              true: the table is wide (years as columns), false: long, null: found from its header
 * @param filters           rows kept: each filter's column must hold one of its values
 * @param excludeAggregates whether rows of the World Bank's regional and income aggregates are left out
 * @param total             whether a table without --by whose rows are of several countries is summed into one series
 *                          as meant (without it, that is an error naming the group columns)
 * @param delimiter         the cell delimiter ({@code , ; \t |}); 0: found from the header line
 * @param numbers           how the value cells write numbers (decimal comma, thousands separator); {@link NumberForm#PLAIN}: as amounts
 * @param unit              the values' currency and scale when the table has no currency column ({@link Unit#NONE}: none given)
 * @param periods           the frequency to aggregate to and how ({@link Periods#AS_READ}: as the table has them)
 */
public record Reading(Missing missing, Boolean wide, List<Filter> filters, boolean excludeAggregates, boolean total, char delimiter,
                      NumberForm numbers, Unit unit, Periods periods) {
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

    /**
     * The values' currency and scale, given on the command line (--currency, --scale) for a table
     * without a currency column: {@code currency} null for none, {@code exponent} the power of
     * ten of the scale (6 for millions), 0 for none; {@code scaleWord} as given ({@code m}).
     */
    public record Unit(Currency currency, int exponent, String scaleWord) {
        public static final Unit NONE = new Unit(null, 0, null);

        public boolean isNone() {
            return currency == null && exponent == 0;
        }
    }

    public Reading {
        filters = List.copyOf(filters);
        if (delimiter != 0 && DELIMITERS.indexOf(delimiter) < 0) {
            throw new IllegalArgumentException("delimiter " + delimiter);
        }
    }

    /** The delimiters a table may use: comma, semicolon, tab, bar. */
    public static final String DELIMITERS = ",;\t|";

    /** A reading with only the layout choices made, in the form a table always had (commas, plain amounts). */
    public Reading(Missing missing, Boolean wide, List<Filter> filters, boolean excludeAggregates) {
        this(missing, wide, filters, excludeAggregates, false, (char) 0, NumberForm.PLAIN, Unit.NONE, Periods.AS_READ);
    }

    /** A reading with only the missing-value choice made. */
    public Reading(Missing missing) {
        this(missing, null, List.of(), false);
    }

    /** This reading with a --total choice. */
    public Reading total(boolean sum) {
        return new Reading(missing, wide, filters, excludeAggregates, sum, delimiter, numbers, unit, periods);
    }

    /** This reading with a delimiter (0: found from the header line). */
    public Reading delimiter(char d) {
        return new Reading(missing, wide, filters, excludeAggregates, total, d, numbers, unit, periods);
    }

    /** This reading with a number form. */
    public Reading numbers(NumberForm form) {
        return new Reading(missing, wide, filters, excludeAggregates, total, delimiter, form, unit, periods);
    }

    /** This reading with a unit for a table without a currency column. */
    public Reading unit(Unit u) {
        return new Reading(missing, wide, filters, excludeAggregates, total, delimiter, numbers, u, periods);
    }

    /** This reading with periods aggregated to one frequency. */
    public Reading periods(Periods p) {
        return new Reading(missing, wide, filters, excludeAggregates, total, delimiter, numbers, unit, p);
    }

    /** The markers of a missing value, besides an empty cell (compared without case): as statistics tables write them. */
    public static final Set<String> MARKERS = Set.of("n/a", "na", "..", "-", "\u2026");

    /** How tables were always read: a missing value is an error, a wide table found by its header, the delimiter from the header. */
    public static final Reading DEFAULT = new Reading(null, null, List.of(), false);

    /** Whether a (stripped) value cell is missing: empty, or one of {@link #MARKERS}. */
    public static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.length() <= 3 && MARKERS.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** What a missing value does in a table of this layout. */
    Missing missingIn(boolean wideTable) {
        return missing != null ? missing : wideTable ? Missing.SKIP : Missing.ERROR;
    }

    /**
     * Whether the bulk path may read a table so: the layout and rows as always (no --missing,
     * --wide, --filter, --exclude-aggregates, --per); the form (delimiter, numbers, unit) it reads as the strict reader does.
     */
    boolean bulk() {
        return missing == null && !Boolean.TRUE.equals(wide) && filters.isEmpty() && !excludeAggregates && periods.isAsRead();
    }

    /** A delimiter in words, for messages: {@code ';'}, {@code tab}. */
    static String describe(char d) {
        return d == '\t' ? "tab" : "'" + d + "'";
    }
}
