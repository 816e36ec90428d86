package figures.render;

/**
 * A named column of a result table. {@code name} is stable snake_case (it is the CSV/JSON
 * header). A money column names the column that carries its currency in machine formats;
 * a detail column is left out of the human table unless --explain is given; a range column
 * holds {@link Range} cells, one cell for people and two ({@code NAME_low}, {@code NAME_high})
 * in machine formats.
 *
 * <p>Ratios in machine formats follow one rule (README, "Output formats"): a percent is written as
 * its percent number (11.58 for 11.58 %), percentage points as their number, and the unit is
 * always named: by the column's name ({@code cagr_pct}, {@code coverage_change_pp}) or, for a
 * column whose rows hold figures of different kinds (eval's {@code value}), by a unit column
 * ({@code unitColumn}) that says {@code %} or {@code pp} on each row (empty for a plain number or
 * an amount, whose currency has its own column). The renderer refuses a percent in a column that
 * names no unit, so the rule cannot be forgotten.
 */
public record Column(String name, String currencyColumn, boolean detail, boolean range, String unitColumn) {
    public Column(String name, String currencyColumn, boolean detail) {
        this(name, currencyColumn, detail, false, null);
    }

    /** The suffix of a column holding percents as percent numbers. */
    public static final String PCT = "_pct";
    /** The suffix of a column holding percentage points. */
    public static final String PP = "_pp";

    /** This column, the unit of its figures ({@code %}, {@code pp} or empty) written to {@code unitColumn} in machine formats. */
    public Column withUnit(String unitColumn) {
        return new Column(name, currencyColumn, detail, range, unitColumn);
    }

    /**
     * The column's name as people read it in the table, md and html formats: words, and the unit
     * suffix as its sign ({@code cagr_pct} is {@code cagr %}, {@code coverage_change_pp} is
     * {@code coverage change pp}).
     */
    public String label() {
        String n = name.endsWith(PCT) && name.length() > PCT.length() ? name.substring(0, name.length() - PCT.length()) + " %" : name;
        return n.replace('_', ' ');
    }

    public static Column of(String name) {
        return new Column(name, null, false);
    }

    /** A column of amounts (or percents) whose currency is written to {@code currencyColumn} in machine formats. */
    public static Column money(String name, String currencyColumn) {
        return new Column(name, currencyColumn, false);
    }

    /** A column shown in machine formats, and in the human table only with --explain. */
    public static Column detail(String name) {
        return new Column(name, null, true);
    }

    /**
     * A column of {@link Range}s; in machine formats its two columns take no currency column of their
     * own: a range is in the currency (and unit) of the figure beside it.
     */
    public static Column range(String name) {
        return new Column(name, null, false, true, null);
    }
}
