package figures.render;

import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Scale;
import java.math.BigDecimal;

/** Number formatting for people: digit groups, scaled money ({@code 9.782 bn USD}). */
public final class HumanNumbers {
    private HumanNumbers() {
    }

    /** Money scaled by magnitude (k is not used: thousands read fine grouped). */
    public static String amount(Amount a, int digits) {
        BigDecimal v = a.value();
        int magnitude = v.signum() == 0 ? 0 : v.precision() - v.scale() - 1;
        Scale s = magnitude >= 6 ? Scale.forExponent(magnitude) : null;
        BigDecimal shown = s == null ? v : v.scaleByPowerOfTen(-s.exponent());
        StringBuilder b = new StringBuilder(group(Decimals.roundSignificant(shown, digits)));
        if (s != null) {
            b.append(' ').append(s.symbol());
        }
        a.currency().ifPresent(c -> b.append(' ').append(c.code()));
        a.priceBasis().ifPresent(p -> b.append('@').append(p));
        return b.toString();
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
