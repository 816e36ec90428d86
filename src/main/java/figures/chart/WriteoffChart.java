package figures.chart;

import figures.calc.WriteOff;
import figures.model.Amount;
import figures.model.Currency;
import figures.model.UsageException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code writeoff --chart}: each debt as a bar split into the amount written off and the amount
 * remaining; where a stated figure differs from the computed one, a second bar beside it shows
 * the figures as stated, so an inconsistent remainder is visible as a bar of the wrong height.
 */
public final class WriteoffChart {
    /** One write-off with its label on the chart ({@code SY → RU 2005}). */
    public record Entry(String label, WriteOff writeOff) {
    }

    private WriteoffChart() {
    }

    /**
     * The chart of the given write-offs. {@code source} is the line under the chart: where the
     * figures came from.
     */
    public static Chart of(String title, List<Entry> entries, String source) {
        Currency currency = currency(entries);
        List<String> categories = new ArrayList<>();
        List<BigDecimal> writtenOff = new ArrayList<>();
        List<BigDecimal> remaining = new ArrayList<>();
        for (Entry e : entries) {
            WriteOff w = e.writeOff();
            BigDecimal statedWo = stated(w, WriteOff.Figure.WRITTEN_OFF);
            BigDecimal statedRem = stated(w, WriteOff.Figure.REMAINING);
            boolean differs = (statedWo != null && statedWo.compareTo(w.writtenOff().value()) != 0)
                    || (statedRem != null && statedRem.compareTo(w.remaining().value()) != 0);
            if (differs) {
                categories.add(e.label() + " (stated)");
                writtenOff.add(statedWo != null ? statedWo : w.writtenOff().value());
                remaining.add(statedRem != null ? statedRem : w.remaining().value());
                categories.add(e.label() + " (computed)");
            } else {
                categories.add(e.label());
            }
            writtenOff.add(w.writtenOff().value());
            remaining.add(w.remaining().value());
        }
        List<BigDecimal> all = new ArrayList<>(writtenOff);
        for (int i = 0; i < all.size(); i++) {
            all.set(i, all.get(i).add(remaining.get(i)));
        }
        Unit unit = Unit.of(all, currency);
        return new Chart(Chart.Kind.STACKED_BARS, TableChart.capitalised(title), "", unit.axis("debt"), source, categories,
                List.of(new Chart.Series("written off", scaled(writtenOff, unit)), new Chart.Series("remaining", scaled(remaining, unit))));
    }

    private static BigDecimal stated(WriteOff w, WriteOff.Figure f) {
        WriteOff.Line l = w.line(f);
        return l.verdict() != figures.model.Verdict.INPUT && l.stated() instanceof Amount a ? a.value() : null;
    }

    private static List<BigDecimal> scaled(List<BigDecimal> values, Unit unit) {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v : values) {
            out.add(unit.scaled(v));
        }
        return out;
    }

    private static Currency currency(List<Entry> entries) {
        Set<Currency> seen = new LinkedHashSet<>();
        for (Entry e : entries) {
            e.writeOff().debt().currency().ifPresent(seen::add);
        }
        if (seen.size() > 1) {
            throw new UsageException("--chart: the write-offs are in " + seen.size() + " currencies (" + seen
                    + "); one chart has one value axis: chart a table in one currency");
        }
        return seen.isEmpty() ? null : seen.iterator().next();
    }
}
