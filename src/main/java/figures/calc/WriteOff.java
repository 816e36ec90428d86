package figures.calc;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A debt write-off: debt, percent written off, amount written off, remainder. Any two give the
 * others exactly (a division that does not terminate is rounded to 34 significant digits); the
 * others, when stated too, are checked by the stated-precision rule. Inputs are taken in the
 * order debt, percent, written off, remaining.
 */
public final class WriteOff {
    /** The four figures of a write-off, in the order they are taken as inputs. */
    public enum Figure {
        DEBT("debt"), PERCENT("percent"), WRITTEN_OFF("written_off"), REMAINING("remaining");

        private final String column;

        Figure(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /** One figure of the completed write-off: what was stated, what was computed, the verdict. */
    public record Line(Figure figure, Object stated, Object computed, Verdict verdict, Interval computedRange) {
    }

    private final Map<Figure, Line> lines;
    private final List<String> steps;
    private final List<String> assumed;

    private WriteOff(Map<Figure, Line> lines, List<String> steps, List<String> assumed) {
        this.lines = lines;
        this.steps = steps;
        this.assumed = assumed;
    }

    /**
     * What was taken rather than stated, one line each, for a note: a figure stated without a
     * currency beside others with one ({@code --remaining 2.11bn} with {@code --debt "13.4bn USD"})
     * is taken in their currency, as the figures of one debt, and this says so.
     */
    public List<String> assumed() {
        return assumed;
    }

    public List<Line> lines() {
        return List.copyOf(lines.values());
    }

    public Line line(Figure f) {
        return lines.get(f);
    }

    /** The steps behind each computed figure, for --explain. */
    public List<String> steps() {
        return steps;
    }

    public boolean inconsistent() {
        return lines.values().stream().anyMatch(l -> l.verdict() == Verdict.INCONSISTENT);
    }

    public Amount debt() {
        return (Amount) value(Figure.DEBT);
    }

    public Percent percent() {
        return (Percent) value(Figure.PERCENT);
    }

    public Amount writtenOff() {
        return (Amount) value(Figure.WRITTEN_OFF);
    }

    public Amount remaining() {
        return (Amount) value(Figure.REMAINING);
    }

    private Object value(Figure f) {
        Line l = lines.get(f);
        return l.computed() != null ? l.computed() : l.stated();
    }

    /** Completes a write-off from the figures stated (any may be null; at least two must not be). */
    public static WriteOff of(Amount debt, Percent percent, Amount writtenOff, Amount remaining) {
        return of(debt, percent, writtenOff, remaining, false);
    }

    /**
     * As above; {@code exactInputs} (--strict) takes the two inputs as exact, so a figure checked
     * against them must contain their exact result in the range its own last digit gives it, and
     * each computed range is that one value.
     */
    public static WriteOff of(Amount debt, Percent percent, Amount writtenOff, Amount remaining, boolean exactInputs) {
        // the figures of one debt share its currency: one stated without takes the others', and a note says so
        Currency currency = commonCurrency(debt, writtenOff, remaining);
        List<String> assumed = new ArrayList<>();
        if (currency != null) {
            Figure[] figures = {Figure.DEBT, Figure.WRITTEN_OFF, Figure.REMAINING};
            Amount[] amounts = {debt, writtenOff, remaining};
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] != null && amounts[i].currency().isEmpty()) {
                    assumed.add(figures[i].column().replace('_', ' ') + " stated as " + amounts[i] + " has no currency: taken in " + currency
                            + ", the currency of the debt's other figures (write " + amounts[i].withCurrency(currency) + " to say so)");
                }
            }
            debt = withCurrency(debt, currency);
            writtenOff = withCurrency(writtenOff, currency);
            remaining = withCurrency(remaining, currency);
        }
        Map<Figure, Object> stated = new EnumMap<>(Figure.class);
        if (debt != null) {
            stated.put(Figure.DEBT, debt);
        }
        if (percent != null) {
            stated.put(Figure.PERCENT, percent);
        }
        if (writtenOff != null) {
            stated.put(Figure.WRITTEN_OFF, writtenOff);
        }
        if (remaining != null) {
            stated.put(Figure.REMAINING, remaining);
        }
        if (stated.size() < 2) {
            throw new CalcException("a write-off needs at least two of debt, percent, written off and remaining (got "
                    + stated.size() + ")");
        }
        validate(debt, percent, writtenOff, remaining);

        List<Figure> inputs = new ArrayList<>(stated.keySet()).subList(0, 2);
        Map<Figure, Object> exact = new EnumMap<>(Figure.class);
        Map<Figure, Interval> range = new EnumMap<>(Figure.class);
        List<String> steps = new ArrayList<>();
        derive(inputs, stated, exact, range, steps);
        if (exactInputs) {
            for (Figure f : Figure.values()) {
                if (!inputs.contains(f)) {
                    Object v = exact.get(f);
                    range.put(f, Interval.exact(v instanceof Percent p ? p.ratio() : ((Amount) v).value()));
                }
            }
        }

        Map<Figure, Line> lines = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            // a stated amount without a currency took the write-off's currency above, and so did the figures computed from it
            Object given = stated.get(f);
            if (inputs.contains(f)) {
                lines.put(f, new Line(f, given, null, Verdict.INPUT, range.get(f)));
                continue;
            }
            Object computed = withBasis(exact.get(f), debt, writtenOff, remaining);
            if (given == null) {
                lines.put(f, new Line(f, null, computed, Verdict.DERIVED, range.get(f)));
            } else {
                // the percent, when stated, is always one of the two inputs (it comes second, after the debt)
                Interval statedRange = ((Amount) given).stated();
                Verdict v = Consistency.check(statedRange, range.get(f));
                steps.add(f.column() + ": stated " + given + " stands for " + show(statedRange) + (exactInputs
                        ? "; from the inputs taken as exact (--strict) it is " : "; from the inputs as stated it lies in ")
                        + show(range.get(f)) + " -> " + v);
                lines.put(f, new Line(f, given, computed, v, range.get(f)));
            }
        }
        return new WriteOff(lines, List.copyOf(steps), List.copyOf(assumed));
    }

    private static void validate(Amount debt, Percent percent, Amount writtenOff, Amount remaining) {
        if (debt != null && debt.signum() <= 0) {
            throw new CalcException("the debt must be positive, not " + debt);
        }
        if (percent != null && !percent.isBetween0And100()) {
            throw new CalcException("the percent written off must lie between 0 and 100, not " + percent);
        }
        if (writtenOff != null && writtenOff.signum() < 0) {
            throw new CalcException("the amount written off cannot be negative (" + writtenOff + ")");
        }
        if (remaining != null && remaining.signum() < 0) {
            throw new CalcException("the remaining amount cannot be negative (" + remaining + ")");
        }
        if (debt != null && writtenOff != null && writtenOff.compareTo(debt) > 0) {
            throw new CalcException("the amount written off (" + writtenOff + ") exceeds the debt (" + debt + ")");
        }
        if (debt != null && remaining != null && remaining.compareTo(debt) > 0) {
            throw new CalcException("the remaining amount (" + remaining + ") exceeds the debt (" + debt + ")");
        }
    }

    /** The currency of the figures that state one (an error when they differ, or differ in year); null when none does. */
    private static Currency commonCurrency(Amount... amounts) {
        Currency c = null;
        for (Amount a : amounts) {
            if (a != null && a.currency().isPresent()) {
                c = a.currency().get();
                break;
            }
        }
        Amount seen = null;
        for (Amount a : amounts) {
            if (a == null) {
                continue;
            }
            Amount x = c != null && a.currency().isEmpty() ? a.withCurrency(c) : a;
            if (seen != null) {
                seen.commonCurrency(x, "compare");
            }
            seen = x;
        }
        return c;
    }

    private static Amount withCurrency(Amount a, Currency c) {
        return a == null || c == null ? a : a.withCurrency(c);
    }

    private static Object withBasis(Object v, Amount... basisFrom) {
        if (v instanceof Amount a) {
            for (Amount b : basisFrom) {
                if (b != null && b.priceBasis().isPresent()) {
                    return a.atBasis(b.priceBasis().get());
                }
            }
        }
        return v;
    }

    /** The range of an amount (a percent is never checked: it is always an input), to 8 digits. */
    private static String show(Interval r) {
        return "[" + r.lo().round(new MathContext(8)).stripTrailingZeros().toPlainString() + ", "
                + r.hi().round(new MathContext(8)).stripTrailingZeros().toPlainString() + "]";
    }

    private static BigDecimal div(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new CalcException("cannot complete the write-off: it would divide by zero");
        }
        return figures.model.Decimals.divide(a, b);
    }

    private static Interval one() {
        return Interval.exact(BigDecimal.ONE);
    }

    /** Exact values and ranges of the two figures that are not inputs; ranges avoid using an input twice. */
    private static void derive(List<Figure> in, Map<Figure, Object> s, Map<Figure, Object> exact,
                               Map<Figure, Interval> range, List<String> steps) {
        Figure a = in.get(0), b = in.get(1);
        Amount debt = (Amount) s.get(Figure.DEBT);
        Percent pct = (Percent) s.get(Figure.PERCENT);
        Amount wo = (Amount) s.get(Figure.WRITTEN_OFF);
        Amount rem = (Amount) s.get(Figure.REMAINING);
        Interval d = debt == null ? null : debt.stated();
        Interval p = pct == null ? null : pct.statedRatio();
        Interval w = wo == null ? null : wo.stated();
        Interval r = rem == null ? null : rem.stated();
        range.put(Figure.DEBT, d);
        range.put(Figure.PERCENT, p);
        range.put(Figure.WRITTEN_OFF, w);
        range.put(Figure.REMAINING, r);
        if (a == Figure.DEBT && b == Figure.PERCENT) {
            Amount written = debt.times(pct);
            exact.put(Figure.WRITTEN_OFF, written);
            exact.put(Figure.REMAINING, debt.minus(written));
            range.put(Figure.WRITTEN_OFF, d.times(p));
            range.put(Figure.REMAINING, d.times(one().minus(p)));
            steps.add("written_off = debt × percent = " + text(debt) + " × " + pct.shown() + " = " + text(written));
            steps.add("remaining = debt − written_off = " + text(debt) + " − " + text(written) + " = " + text(debt.minus(written)));
        } else if (a == Figure.DEBT && b == Figure.WRITTEN_OFF) {
            BigDecimal ratio = div(wo.value(), debt.value());
            exact.put(Figure.PERCENT, Percent.fromRatio(ratio));
            exact.put(Figure.REMAINING, debt.minus(wo));
            range.put(Figure.PERCENT, w.dividedBy(d));
            range.put(Figure.REMAINING, d.minus(w));
            steps.add("percent = written_off ÷ debt = " + text(wo) + " ÷ " + text(debt) + " = " + Percent.fromRatio(ratio).shown());
            steps.add("remaining = debt − written_off = " + text(debt) + " − " + text(wo) + " = " + text(debt.minus(wo)));
        } else if (a == Figure.DEBT && b == Figure.REMAINING) {
            Amount written = debt.minus(rem);
            BigDecimal ratio = div(written.value(), debt.value());
            exact.put(Figure.WRITTEN_OFF, written);
            exact.put(Figure.PERCENT, Percent.fromRatio(ratio));
            range.put(Figure.WRITTEN_OFF, d.minus(r));
            range.put(Figure.PERCENT, one().minus(r.dividedBy(d)));
            steps.add("written_off = debt − remaining = " + text(debt) + " − " + text(rem) + " = " + text(written));
            steps.add("percent = written_off ÷ debt = " + text(written) + " ÷ " + text(debt) + " = " + Percent.fromRatio(ratio).shown());
        } else if (a == Figure.PERCENT && b == Figure.WRITTEN_OFF) {
            BigDecimal total = div(wo.value(), pct.ratio());
            Amount dAmt = wo.withValue(total);
            exact.put(Figure.DEBT, dAmt);
            exact.put(Figure.REMAINING, dAmt.minus(wo));
            range.put(Figure.DEBT, w.dividedBy(p));
            range.put(Figure.REMAINING, w.times(one().dividedBy(p).minus(one())));
            steps.add("debt = written_off ÷ percent = " + text(wo) + " ÷ " + pct.shown() + " = " + text(dAmt));
            steps.add("remaining = debt − written_off = " + text(dAmt.minus(wo)));
        } else if (a == Figure.PERCENT && b == Figure.REMAINING) {
            BigDecimal kept = BigDecimal.ONE.subtract(pct.ratio());
            Amount dAmt = rem.withValue(div(rem.value(), kept));
            exact.put(Figure.DEBT, dAmt);
            exact.put(Figure.WRITTEN_OFF, dAmt.minus(rem));
            Interval keptRange = one().minus(p);
            range.put(Figure.DEBT, r.dividedBy(keptRange));
            range.put(Figure.WRITTEN_OFF, r.times(new Interval(div(p.lo(), BigDecimal.ONE.subtract(p.lo())),
                    div(p.hi(), BigDecimal.ONE.subtract(p.hi())))));
            steps.add("debt = remaining ÷ (1 − percent) = " + text(rem) + " ÷ " + kept.toPlainString() + " = " + text(dAmt));
            steps.add("written_off = debt − remaining = " + text(dAmt.minus(rem)));
        } else {
            Amount dAmt = wo.plus(rem);
            BigDecimal ratio = div(wo.value(), dAmt.value());
            exact.put(Figure.DEBT, dAmt);
            exact.put(Figure.PERCENT, Percent.fromRatio(ratio));
            range.put(Figure.DEBT, w.plus(r));
            range.put(Figure.PERCENT, new Interval(div(w.lo(), w.lo().add(r.hi())), div(w.hi(), w.hi().add(r.lo()))));
            steps.add("debt = written_off + remaining = " + text(wo) + " + " + text(rem) + " = " + text(dAmt));
            steps.add("percent = written_off ÷ debt = " + text(wo) + " ÷ " + text(dAmt) + " = " + Percent.fromRatio(ratio).shown());
        }
    }

    /** An amount in a step: every digit it has, no trailing zeros ({@code 1k USD}, not the read-back form {@code 1.000k USD}). */
    private static String text(Amount a) {
        return figures.model.AmountText.exact(a);
    }
}
