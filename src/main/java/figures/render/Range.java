package figures.render;

import figures.model.Amount;
import figures.model.Percent;
import java.math.BigDecimal;

/**
 * A cell holding the range of values a figure may take, [low, high], both of one kind (Amount,
 * Percent or BigDecimal): the interval the inputs of a checked figure allow. Human formats show
 * it as one cell, rounded outward ({@code 3.537–3.699 bn USD}); machine formats write its column
 * as two, {@code NAME_low} and {@code NAME_high}, exact.
 */
public record Range(Object low, Object high) {
    public Range {
        if (!(low instanceof Amount || low instanceof Percent || low instanceof BigDecimal) || low.getClass() != high.getClass()) {
            throw new IllegalArgumentException("a range is two amounts, percents or numbers: " + low + ", " + high);
        }
    }
}
