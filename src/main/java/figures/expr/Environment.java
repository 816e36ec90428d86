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

    private figures.reference.Redenominations redenominations;
    /** The redenomination table's text, for a quick look whether a currency is in it at all. */
    private String introduced;

    /**
     * Why an amount of {@code c} cannot be in {@code year} prices (the currency did not exist yet:
     * "TRY exists from 2005; for 2003 write TRL, ..."), from the data set's redenomination table;
     * empty when it could, or when no table is in use. Reads only that small table (not the rates).
     */
    java.util.Optional<String> beforeLife(figures.model.Currency c, int year) {
        if (data == null || !data.has(ReferenceData.REDENOMINATIONS)) {
            return java.util.Optional.empty();
        }
        if (redenominations == null && reference == null) {
            // start-up: a currency no redenomination created (USD, GBP ...) needs no table reader at all;
            // the table's text is scanned for the code once (a few KB) before anything is parsed
            if (introduced == null) {
                try (java.io.InputStream in = data.table(ReferenceData.REDENOMINATIONS).open()) {
                    introduced = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (!introduced.contains("," + c.code() + ",")) {
                return java.util.Optional.empty();
            }
        }
        if (redenominations == null) {
            redenominations = reference != null ? reference.redenominations()
                    : figures.reference.Redenominations.read(data.table(ReferenceData.REDENOMINATIONS));
        }
        return redenominations.beforeLife(c, year);
    }
}
