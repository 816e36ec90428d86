package figures.table;

import figures.model.Amount;
import figures.model.Interval;
import figures.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

    /**
     * One flow of one period as stated: the rows of the same exporter, importer and period summed,
     * and with them the range their stated digits allow (9.8bn and 1.25bn: [11.0, 11.1] bn), so a
     * figure looked up keeps the precision of every row it came from.
     *
     * @param value  the sum, its price basis the row's period unless the cell names one
     * @param stated the sum of the rows' stated ranges
     * @param where  {@code file:line (source: ...)} of each row, joined by {@code "; "}
     */
    public record Flow(String exporter, String importer, Period period, Amount value, Interval stated, String where) {
    }

    /** The flows of an exports table one per exporter, importer and period (case-insensitive), in the order first seen. */
    public static List<Flow> flows(TableSource source) {
        Map<String, Flow> index = new LinkedHashMap<>();
        CsvTable.of(source, EXPORTER, IMPORTER, PERIOD, VALUE).forEach(row -> {
            Period period = row.period(PERIOD);
            Amount a = row.requiredAmount(VALUE);
            Amount value = a.priceBasis().isPresent() ? a : a.atBasis(period);
            String source1 = row.text("source");
            String where = row.file() + ":" + row.line() + (source1 == null || source1.isEmpty() ? "" : " (source: " + source1 + ")");
            String exporter = row.required(EXPORTER);
            String importer = row.required(IMPORTER);
            String key = (exporter + "|" + importer + "|" + period).toUpperCase(Locale.ROOT);
            Flow before = index.get(key);
            if (before == null) {
                index.put(key, new Flow(exporter, importer, period, value, a.stated(), where));
                return;
            }
            // product lines of a trade dump: rows with one key add up
            if (!Objects.equals(before.value().currency(), value.currency())) {
                throw row.error(VALUE, "this row is in " + value.currency().map(Object::toString).orElse("null")
                        + " but an earlier row for the same exporter, importer and period is in "
                        + before.value().currency().map(Object::toString).orElse("null"));
            }
            index.put(key, new Flow(before.exporter(), before.importer(), period, before.value().withValue(before.value().value().add(a.value())),
                    before.stated().plus(a.stated()), before.where() + "; " + where));
        });
        return new ArrayList<>(index.values());
    }
}
