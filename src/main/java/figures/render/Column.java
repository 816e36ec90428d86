package figures.render;

/**
 * A named column of a result table. {@code name} is stable snake_case (it is the CSV/JSON
 * header). A money column names the column that carries its currency in machine formats;
 * a detail column is left out of the human table unless --explain is given.
 */
public record Column(String name, String currencyColumn, boolean detail) {
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
}
