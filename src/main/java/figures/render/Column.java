package figures.render;

/**
 * A named column of a result table. {@code name} is stable snake_case (it is the CSV/JSON
 * header). A money column names the column that carries its currency in machine formats;
 * a detail column is left out of the human table unless --explain is given; a range column
 * holds {@link Range} cells, one cell for people and two ({@code NAME_low}, {@code NAME_high})
 * in machine formats. A fraction column writes a percent in machine formats as the number it
 * equals (11.07% as 0.1107), where the column's name does not say it is in percent.
 */
public record Column(String name, String currencyColumn, boolean detail, boolean range, boolean fraction) {
    public Column(String name, String currencyColumn, boolean detail) {
        this(name, currencyColumn, detail, false, false);
    }

    /** This column, its percents written as fractions in machine formats (for people they stay percents). */
    public Column fractions() {
        return new Column(name, currencyColumn, detail, range, true);
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
     * own: a range is in the currency of the figure beside it.
     */
    public static Column range(String name) {
        return new Column(name, null, false, true, false);
    }
}
