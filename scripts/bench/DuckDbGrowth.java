import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Benchmark only (scripts/bench/growth): the same figures as {@code figures growth --by
 * reporter,partner} computed by DuckDB through JDBC. Values are read as DECIMAL(18,2), so the sums
 * are exact; rates are in double.
 *
 * <p>usage: DuckDbGrowth TABLE.csv OUT.csv THREADS [BY] (BY: the group columns, default reporter,partner)
 */
public final class DuckDbGrowth {
    private DuckDbGrowth() {
    }

    public static void main(String[] args) throws Exception {
        String table = args[0].replace("'", "''");
        String out = args[1].replace("'", "''");
        String by = args.length > 3 ? args[3] : "reporter,partner";
        if (!by.matches("[a-z_]+(,[a-z_]+)*")) {
            throw new IllegalArgumentException("BY: column names separated by commas, not " + by);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + Integer.parseInt(args[2]));
            s.execute("COPY ("
                    + " WITH cells AS ("
                    + "   SELECT " + by + ", year, sum(value) AS v"
                    + "   FROM read_csv('" + table + "', header = true, columns = {'reporter': 'VARCHAR', 'partner': 'VARCHAR',"
                    + "     'product': 'VARCHAR', 'year': 'INTEGER', 'value': 'DECIMAL(18,2)', 'currency': 'VARCHAR'})"
                    + "   GROUP BY " + by + ", year),"
                    + " g AS ("
                    + "   SELECT " + by + ", min(year) AS first, max(year) AS last,"
                    + "     arg_min(v, year) AS start_value, arg_max(v, year) AS end_value"
                    + "   FROM cells GROUP BY " + by + ")"
                    + " SELECT " + by + ", first, last, start_value AS start, end_value AS \"end\","
                    + "   (end_value - start_value)::DOUBLE * 100 / start_value::DOUBLE AS change_pct,"
                    + "   (pow(end_value::DOUBLE / start_value::DOUBLE, 1.0 / (last - first)) - 1) * 100 AS cagr"
                    + " FROM g"
                    + ") TO '" + out + "' (HEADER, DELIMITER ',')");
        }
    }
}
