package figures.calc;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Several conversions set side by side on one basis (one currency, one year's prices): each one's
 * difference from and ratio to the first, and its share of the total. Computed from the exact
 * converted values, so ratios and shares are rounded once (34 significant digits).
 */
public final class ConversionComparison {
    /**
     * One figure of the comparison; ratio or share is null when its divisor is zero, shares also
     * when the figures differ in sign (a share of a total that nets a deficit against a surplus
     * means nothing: -150 % and 250 %).
     */
    public record Line(Conversion.Result result, Amount difference, BigDecimal ratio, Percent share) {
    }

    private final List<Line> lines;
    private final Amount total;
    private final boolean mixedSigns;

    private ConversionComparison(List<Line> lines, Amount total, boolean mixedSigns) {
        this.lines = lines;
        this.total = total;
        this.mixedSigns = mixedSigns;
    }

    /** Compares conversions that share one currency and price basis (the first one's). */
    public static ConversionComparison of(List<Conversion.Result> results) {
        if (results.size() < 2) {
            throw new CalcException("a comparison needs at least two figures (got " + results.size() + ")");
        }
        Conversion.Result first = results.get(0);
        Period basis = first.converted().priceBasis().orElse(null);
        ConversionFraction sum = ConversionFraction.ZERO;
        for (Conversion.Result r : results) {
            Period b = r.converted().priceBasis().orElse(null);
            if (!r.converted().currency().equals(first.converted().currency())) {
                throw new CalcException("cannot compare figures in " + first.converted().currency().orElseThrow() + " and "
                        + r.converted().currency().orElseThrow() + ": convert them to one currency");
            }
            if (b == null ? basis != null : !b.equals(basis)) {
                throw new CalcException("cannot compare " + first.amount() + " and " + r.amount() + " in " + r.target()
                        + ": they stay in prices of " + (basis == null ? "no stated year" : basis) + " and " + (b == null ? "no stated year" : b)
                        + "; give the year whose prices to use, e.g. --to " + r.target().currency() + "@2024");
            }
            sum = sum.plus(r.exact());
        }
        boolean positive = results.stream().anyMatch(r -> r.exact().signum() > 0);
        boolean negative = results.stream().anyMatch(r -> r.exact().signum() < 0);
        boolean shares = sum.signum() != 0 && !(positive && negative);
        List<Line> lines = new ArrayList<>();
        for (Conversion.Result r : results) {
            ConversionFraction diff = r.exact().minus(first.exact());
            BigDecimal ratio = first.exact().signum() == 0 ? null : r.exact().dividedBy(first.exact()).value();
            Percent share = shares ? Percent.fromRatio(r.exact().dividedBy(sum).value()) : null;
            lines.add(new Line(r, r.converted().withValue(diff.value()), ratio, share));
        }
        return new ConversionComparison(List.copyOf(lines), first.converted().withValue(sum.value()), positive && negative);
    }

    /** Whether some figures are positive and some negative, so that there are no shares. */
    public boolean mixedSigns() {
        return mixedSigns;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The sum of the converted figures (the base of the shares). */
    public Amount total() {
        return total;
    }
}
