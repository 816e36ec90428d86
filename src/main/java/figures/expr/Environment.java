package figures.expr;

import figures.model.CalcException;
import figures.reference.ReferenceData;
import figures.table.DataSet;

/**
 * What expressions can see besides their own text: the tables in use (bundled or --data DIR) for
 * lookups such as {@code exports(RU, SY, 2002)}. Tables are read once, on first use, and kept,
 * so evaluating many expressions in one process reads each table once.
 */
public final class Environment {
    private final DataSet data;
    private Tables tables;
    private ReferenceData reference;

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

    /** The reference series (rates, price indexes, redenominations), read on first use. */
    ReferenceData reference() {
        if (data == null) {
            throw new CalcException("no reference data is in use here, so conversions are not available");
        }
        if (reference == null) {
            reference = ReferenceData.of(data);
        }
        return reference;
    }

    DataSet data() {
        return data;
    }
}
