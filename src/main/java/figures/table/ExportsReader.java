package figures.table;

import java.util.List;

/**
 * Reads {@code exports.csv}: exporter, importer, period, value (+ currency, note, source), one
 * row per flow and period; rows of the same flow and period (product lines) are summed. Another
 * table of the same shape may name its columns otherwise.
 */
public final class ExportsReader {
    /** The column names of the bundled table. */
    public static final String EXPORTER = "exporter";
    public static final String IMPORTER = "importer";
    public static final String PERIOD = "period";
    public static final String VALUE = "value";

    private ExportsReader() {
    }

    /** Export flows grouped by exporter and importer, with the given column names (null: the usual ones). */
    public static SeriesReader.Spec spec(String exporter, String importer, String period, String value) {
        return new SeriesReader.Spec(List.of(exporter == null ? EXPORTER : exporter, importer == null ? IMPORTER : importer),
                period, value == null ? VALUE : value);
    }

    /** The flows of an exports table by exporter and importer, summed per period. */
    public static SeriesReader.Result read(TableSource source) {
        return SeriesReader.read(source, spec(null, null, null, null));
    }

    public static SeriesReader.Result read(TableSource source, SeriesReader.Spec spec, SeriesReader.Options options) {
        return SeriesReader.read(source, spec, options);
    }
}
