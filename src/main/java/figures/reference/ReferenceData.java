package figures.reference;

import figures.table.DataSet;

/**
 * The reference series of a data set, read once: exchange rates, price indexes and
 * redenominations. Conversions look values up here; every value carries its provenance.
 */
public record ReferenceData(ExchangeRates fx, PriceIndexes indexes, Redenominations redenominations) implements figures.calc.References {
    public static final String FX = "reference/fx.csv";
    public static final String CPI = "reference/cpi.csv";
    public static final String REDENOMINATIONS = "reference/redenominations.csv";

    /** Reads the three reference tables of the data set (bundled, or --data DIR). */
    public static ReferenceData of(DataSet data) {
        ExchangeRates fx = ExchangeRates.read(data.table(FX));
        PriceIndexes indexes = PriceIndexes.read(data.table(CPI));
        java.util.Optional<WdiTables> wdi = WdiTables.of(data);
        if (wdi.isPresent()) {
            // read lazily: only the countries a run asks for
            fx = fx.withWdi(wdi.get());
            indexes = indexes.withWdi(wdi.get());
        }
        return new ReferenceData(fx, indexes, Redenominations.read(data.table(REDENOMINATIONS)));
    }
}
