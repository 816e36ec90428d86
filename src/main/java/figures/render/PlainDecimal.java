package figures.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@link BigDecimal#toPlainString}, the same text, written faster for an unscaled value of 19 to 38
 * digits (a rate or a quotient rounded to 34 significant digits: two of them on every row of
 * growth over a table). Its digits come from the value's two 64-bit halves, nine at a time by
 * {@code long} division, not from {@link BigInteger#toString}'s divisions of {@code BigInteger}s.
 */
final class PlainDecimal {
    private static final long E9 = 1_000_000_000L;
    private static final long LOW32 = 0xFFFF_FFFFL;

    private PlainDecimal() {
    }

    static String of(BigDecimal d) {
        if (d.precision() <= 18) {
            return d.toPlainString(); // a long: already quick
        }
        BigInteger u = d.unscaledValue();
        if (u.bitLength() > 126) {
            return d.toPlainString();
        }
        long lo = u.longValue();
        long hi = u.shiftRight(64).longValue();
        boolean negative = u.signum() < 0;
        if (negative) { // the magnitude of a 128-bit two's complement
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        // the digits of hi·2^64 + lo, from the right, nine at a time: (r·2^32 + a) / 10^9 fits a long as r < 10^9
        byte[] digits = new byte[40];
        int at = digits.length;
        long a3 = hi >>> 32;
        long a2 = hi & LOW32;
        long a1 = lo >>> 32;
        long a0 = lo & LOW32;
        while ((a3 | a2 | a1) != 0) {
            long q3 = a3 / E9;
            long t = (a3 - q3 * E9) << 32 | a2;
            long q2 = t / E9;
            t = (t - q2 * E9) << 32 | a1;
            long q1 = t / E9;
            t = (t - q1 * E9) << 32 | a0;
            long q0 = t / E9;
            long r = t - q0 * E9;
            for (int k = 0; k < 9; k++) {
                digits[--at] = (byte) ('0' + r % 10);
                r /= 10;
            }
            a3 = q3;
            a2 = q2;
            a1 = q1;
            a0 = q0;
        }
        while (a0 != 0) {
            digits[--at] = (byte) ('0' + a0 % 10);
            a0 /= 10;
        }
        while (digits[at] == '0') { // the padding of the leading nine
            at++;
        }
        int length = digits.length - at;
        int scale = d.scale();
        int point = length - scale; // digits before the point
        int size = (negative ? 1 : 0) + (scale <= 0 ? length - scale : point > 0 ? length + 1 : 2 - point + length);
        byte[] out = new byte[size];
        int o = 0;
        if (negative) {
            out[o++] = '-';
        }
        if (scale <= 0) {
            System.arraycopy(digits, at, out, o, length);
            for (int i = o + length; i < size; i++) {
                out[i] = '0';
            }
        } else if (point > 0) {
            System.arraycopy(digits, at, out, o, point);
            out[o + point] = '.';
            System.arraycopy(digits, at + point, out, o + point + 1, scale);
        } else {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 0; i < -point; i++) {
                out[o++] = '0';
            }
            System.arraycopy(digits, at, out, o, length);
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
