package figures.expr;

import figures.model.CalcException;
import figures.table.DataSet;

/**
 * What expressions can see besides their own text: the tables in use (bundled or --data DIR) for
 * lookups such as {@code exports(RU, SY, 2002)}. Tables are read once, on first use, and kept,
 * so evaluating many expressions in one process reads each table once.
 */
public final class Environment {
    private final DataSet data;
    private Tables tables;

    private Environment(DataSet data) {
        this.data = data;
    }

    public static Environment of(DataSet data) {
        return new Environment(data);
    }

    /** No tables: lookups fail with a clear message (for tests and pure arithmetic). */
    public static Environment withoutTables() {
        return new Environment(null);
    }

    Tables tables() {
        if (data == null) {
            throw new CalcException("no tables are in use here, so lookups such as exports(RU, SY, 2002) are not available");
        }
        if (tables == null) {
            tables = new Tables(data);
        }
        return tables;
    }

    DataSet data() {
        return data;
    }
}
