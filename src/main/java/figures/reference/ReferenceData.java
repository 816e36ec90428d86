package figures.reference;

import figures.table.DataSet;

/**
 * The reference series of a data set, read once: exchange rates, price indexes and
 * redenominations. Conversions look values up here; every value carries its provenance.
 */
public record ReferenceData(ExchangeRates fx, PriceIndexes indexes, Redenominations redenominations) {
    public static final String FX = "reference/fx.csv";
    public static final String CPI = "reference/cpi.csv";
    public static final String REDENOMINATIONS = "reference/redenominations.csv";

    /** Reads the three reference tables of the data set (bundled, or --data DIR). */
    public static ReferenceData of(DataSet data) {
        return new ReferenceData(ExchangeRates.read(data.table(FX)), PriceIndexes.read(data.table(CPI)),
                Redenominations.read(data.table(REDENOMINATIONS)));
    }
}
