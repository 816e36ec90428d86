package figures.chart;

import java.math.BigDecimal;
import figures.model.Observation;
import figures.model.Period;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** A line of block characters for a series of values, lowest ▁ to highest █; a gap (null) is a space. */
public final class Sparkline {
    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    /** A series' values a year, in period order, a missing year as a gap: {@code ▁ █} for 2000 and 2002. */
    public static String ofYears(List<Observation> observations) {
        List<BigDecimal> values = new ArrayList<>();
        Period before = null;
        for (Observation o : observations) {
            Period p = o.period();
            for (int y = before == null ? p.first() : before.last() + 1; y < p.first(); y++) {
                values.add(null);
            }
            values.add(o.perYear().value());
            before = p;
        }
        return of(values);
    }

    public static String of(List<BigDecimal> values) {
        BigDecimal min = null, max = null;
        for (BigDecimal v : values) {
            if (v != null) {
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
        }
        StringBuilder b = new StringBuilder();
        for (BigDecimal v : values) {
            if (v == null) {
                b.append(' ');
            } else if (max.compareTo(min) == 0) {
                b.append(BARS[BARS.length / 2]);
            } else {
                // the share of the range below v, in eighths (0-7)
                int i = v.subtract(min).multiply(BigDecimal.valueOf(BARS.length - 1))
                        .divide(max.subtract(min), MathContext.DECIMAL64).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
                b.append(BARS[i]);
            }
        }
        return b.toString();
    }
}
