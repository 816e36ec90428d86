package figures.calc;

import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;

/**
 * An exact quotient of two decimals. A conversion multiplies and divides by published rates and
 * index values (÷ 0.90, × 313.689 / 32.4); carrying the quotient exactly means the result is
 * rounded once, at the end, and only when it does not terminate (to 34 significant digits).
 */
public final class ConversionFraction {
    public static final ConversionFraction ZERO = new ConversionFraction(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private ConversionFraction(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static ConversionFraction of(BigDecimal value) {
        return new ConversionFraction(value, BigDecimal.ONE);
    }

    /** {@code numerator / denominator}, exactly. */
    public static ConversionFraction of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new CalcException("cannot divide " + numerator.toPlainString() + " by zero");
        }
        return reduce(numerator, denominator);
    }

    private static ConversionFraction reduce(BigDecimal n, BigDecimal d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (d.compareTo(BigDecimal.ONE) != 0) {
            try {
                return new ConversionFraction(n.divide(d), BigDecimal.ONE);
            } catch (ArithmeticException nonTerminating) {
                // keep it as a quotient
            }
        }
        return new ConversionFraction(n, d);
    }

    public ConversionFraction times(BigDecimal factor) {
        return reduce(numerator.multiply(factor), denominator);
    }

    public ConversionFraction dividedBy(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new CalcException("cannot divide by zero");
        }
        return reduce(numerator, denominator.multiply(divisor));
    }

    public ConversionFraction dividedBy(ConversionFraction f) {
        if (f.signum() == 0) {
            throw new CalcException("cannot divide by zero");
        }
        return reduce(numerator.multiply(f.denominator), denominator.multiply(f.numerator));
    }

    public ConversionFraction plus(ConversionFraction f) {
        if (denominator.compareTo(f.denominator) == 0) {
            return reduce(numerator.add(f.numerator), denominator);
        }
        return reduce(numerator.multiply(f.denominator).add(f.numerator.multiply(denominator)), denominator.multiply(f.denominator));
    }

    public ConversionFraction minus(ConversionFraction f) {
        return plus(f.negate());
    }

    public ConversionFraction negate() {
        return new ConversionFraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    /** Whether the quotient is a terminating decimal. */
    public boolean isExact() {
        return denominator.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * The value: exact when it terminates, else rounded half-even to 34 significant digits; without
     * trailing zeros (a computed value has no stated precision to keep) and never in E-notation.
     */
    public BigDecimal value() {
        return DecimalMath.plain(isExact() ? numerator : numerator.divide(denominator, Decimals.RESULT));
    }

    @Override
    public String toString() {
        return isExact() ? numerator.toPlainString() : numerator.toPlainString() + "/" + denominator.toPlainString();
    }
}
