package figures.model;

import java.math.BigDecimal;

/**
 * One value read from a reference table, with its provenance: the series it belongs to
 * ({@code US-CPI-U}, {@code SUR per USD}), the year it was looked up for, the years its row covers
 * (a fixed parity covers a span), the value exactly as published, its unit, its kind (official,
 * market, secondary, derived ...), its source, the row's note, and where it was read
 * ({@code data/reference/fx.csv:139}). A value given on the command line has year 0 when the
 * amount has none, and no {@code covers}.
 */
public record ReferenceValue(String series, int year, Period covers, BigDecimal value, String unit, String kind,
                             String source, String note, String where) {

    /** {@code SUR per USD 1966 = 0.90} (with the row's span when it covers more than the year). */
    public String label() {
        return series + (year > 0 ? " " + year : "") + (covers != null && covers.isSpan() ? " (row for " + covers + ")" : "")
                + " = " + value.toPlainString();
    }

    /** Everything about the value on one line, for --explain. */
    public String describe() {
        StringBuilder b = new StringBuilder(label());
        if (!unit.isEmpty() && !unit.equals(series)) {
            b.append(' ').append(unit);
        }
        if (!kind.isEmpty()) {
            b.append("; kind: ").append(kind);
        }
        b.append("; source: ").append(source).append(" [").append(where).append(']');
        return b.toString();
    }
}
