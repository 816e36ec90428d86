package figures.render;

import figures.model.AmountText;
import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Percent;
import figures.model.Scale;
import java.math.BigDecimal;

/** Number formatting for people: digit groups, scaled money ({@code 9.782 bn USD}). */
public final class HumanNumbers {
    private HumanNumbers() {
    }

    /** Money scaled by magnitude (k is not used: thousands read fine grouped), below a million to at least its minor unit. */
    public static String amount(Amount a, int digits) {
        return amount(a, digits, true);
    }

    /** As people read it with these render options (--digits given: exactly that many significant digits). */
    public static String amount(Amount a, Renderer.Options o) {
        return amount(a, o.digits(), o.minorUnits());
    }

    /**
     * Money scaled by magnitude: {@code 9.782 bn USD} to {@code digits} significant digits; below a
     * million, with {@code minorUnits}, to the currency's minor unit, as an account shows it
     * ({@code -1 266.71 USD}, {@code 5.00 USD}, {@code 9.38 USD}, {@code 1 267 JPY}); a value smaller
     * than one minor unit keeps its significant digits ({@code 0.001234 USD}).
     */
    public static String amount(Amount a, int digits, boolean minorUnits) {
        AmountText.Scaled s = AmountText.scaled(a.value(), Scale.MILLION);
        BigDecimal n = Decimals.roundSignificant(s.number(), digits);
        Integer minor = s.scale() == null && minorUnits ? AmountText.minorUnit(a) : null;
        if (minor != null && inMinorUnits(a.value(), minor)) {
            n = a.value().setScale(minor, java.math.RoundingMode.HALF_UP);
        }
        String number = group(n);
        return (s.scale() == null ? number : number + ' ' + s.symbol()) + AmountText.unit(a);
    }

    /**
     * A range for people: both ends on the scale of the larger, to {@code digits} significant
     * digits of it, rounded outward (the low end down, the high end up) so that the range shown
     * contains the range computed: {@code 3.537–3.699 bn USD}, {@code 72.5–73.5%}; one value when
     * both ends show the same.
     */
    public static String range(Range r, int digits) {
        return range(r, digits, true);
    }

    /** As people read it with these render options. */
    public static String range(Range r, Renderer.Options o) {
        return range(r, o.digits(), o.minorUnits());
    }

    /** As above; below a million, money with {@code minorUnits} to at least its currency's minor unit ({@code 9.50–10.50 USD}). */
    public static String range(Range r, int digits, boolean minorUnits) {
        BigDecimal lo = value(r.low()), hi = value(r.high());
        BigDecimal big = lo.abs().max(hi.abs());
        int magnitude = Decimals.magnitude(big);
        Scale s = r.low() instanceof Amount && magnitude >= 6 ? Scale.forExponent(magnitude) : null;
        int shift = s == null ? 0 : s.exponent();
        // decimal places that give the larger end its significant digits
        int places = Math.max(0, digits - 1 - (magnitude - shift));
        Integer minor = s == null && minorUnits && r.low() instanceof Amount m ? AmountText.minorUnit(m) : null;
        if (minor != null && !inMinorUnits(big, minor)) {
            minor = null;
        }
        if (minor != null) {
            places = minor;
        }
        BigDecimal l = lo.scaleByPowerOfTen(-shift).setScale(places, java.math.RoundingMode.FLOOR);
        BigDecimal h = hi.scaleByPowerOfTen(-shift).setScale(places, java.math.RoundingMode.CEILING);
        // both ends to the same places (11.19–12.00%), less the zeros they share at the end (42–44 m)
        int shared = Math.max(plain(l).scale(), plain(h).scale());
        int kept = Math.max(Math.min(places, shared), minor == null ? 0 : minor);
        String low = group(l.setScale(kept));
        String high = group(h.setScale(kept));
        String numbers = low.equals(high) ? low : lo.signum() < 0 || hi.signum() < 0 ? low + " to " + high : low + "–" + high;
        StringBuilder b = new StringBuilder(numbers);
        if (r.low() instanceof Percent) {
            return b.append('%').toString();
        }
        if (s != null) {
            b.append(' ').append(s.symbol());
        }
        if (r.low() instanceof Amount a) {
            b.append(AmountText.unit(a));
        }
        return b.toString();
    }

    /** Whether money of this size is shown in minor units: zero, or at least one minor unit (0.01 for 2). */
    private static boolean inMinorUnits(BigDecimal v, int minor) {
        return v.signum() == 0 || v.abs().compareTo(BigDecimal.ONE.movePointLeft(minor)) >= 0;
    }

    private static BigDecimal value(Object v) {
        return v instanceof Amount a ? a.value() : v instanceof Percent p ? p.value() : (BigDecimal) v;
    }

    /** Without trailing zeros, and never in exponent form. */
    private static BigDecimal plain(BigDecimal v) {
        return Decimals.stripped(v);
    }

    /** Plain decimal with the integer part in groups of three separated by spaces. */
    public static String group(BigDecimal v) {
        String plain = v.toPlainString();
        boolean negative = plain.startsWith("-");
        String body = negative ? plain.substring(1) : plain;
        int dot = body.indexOf('.');
        String intPart = dot < 0 ? body : body.substring(0, dot);
        String rest = dot < 0 ? "" : body.substring(dot);
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                g.append(' ');
            }
            g.append(intPart.charAt(i));
        }
        return (negative ? "-" : "") + g + rest;
    }
}
