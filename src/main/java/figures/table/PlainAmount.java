package figures.table;

/**
 * The number parser of the series reader: the one grammar of a <em>plain</em> amount, read the
 * same way from a cell's text (the strict path) and from its bytes in a block (the bulk path):
 * {@code [+-]digits[.digits]} with 1 to 18 digits and an optional k, m, mn, b, bn or tn suffix
 * (ASCII letters, either case). What it accepts it reads as {@link figures.model.Amount#parse}
 * would, into {@link #unscaled()} at {@link #scale()}; anything else (a currency, an exponent, a
 * separator, more digits) is left to {@code Amount.parse}, which reads or refuses it.
 * PlainAmountTest checks both paths against {@code Amount.parse} on generated inputs.
 *
 * <p>One instance per reader thread: it holds the last number read.
 */
final class PlainAmount {
    private final ByteChars view = new ByteChars();
    private long unscaled;
    private int scale;

    /** Whether {@code s} is a plain amount; if so it is in {@link #unscaled()} and {@link #scale()}. */
    boolean read(CharSequence s) {
        return read(s, 0, s.length());
    }

    /** Whether the bytes {@code b[from, to)} are a plain amount (a non-ASCII byte never is). */
    boolean read(byte[] b, int from, int to) {
        return read(view.of(b), from, to);
    }

    /** Multiplies the last amount read by 10^{@code exponent} (a column in millions: 6). */
    void shift(int exponent) {
        scale -= exponent;
    }

    /** The unscaled value of the last amount read. */
    long unscaled() {
        return unscaled;
    }

    /** The scale of the last amount read (negative for a suffix on a whole number: 95m is 95 at scale -6). */
    int scale() {
        return scale;
    }

    private boolean read(CharSequence s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long u = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            int c = s.charAt(i) - '0';
            if (c >= 0 && c <= 9) {
                u = u * 10 + c;
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' - '0' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
        }
        if (digits == 0 || digits > 18 || fraction == 0) {
            return false;
        }
        int exponent = 0;
        if (i < to) {
            exponent = suffix(s, i, to);
            if (exponent < 0) {
                return false;
            }
        }
        unscaled = negative ? -u : u;
        scale = Math.max(fraction, 0) - exponent;
        return true;
    }

    /** The power of ten of a scale suffix that is all of {@code s[from, to)}, or -1. */
    private static int suffix(CharSequence s, int from, int to) {
        int len = to - from;
        if (len == 1) {
            int c = lower(s.charAt(from));
            return c == 'k' ? 3 : c == 'm' ? 6 : c == 'b' ? 9 : -1;
        }
        if (len == 2 && lower(s.charAt(from + 1)) == 'n') {
            int c = lower(s.charAt(from));
            return c == 'm' ? 6 : c == 'b' ? 9 : c == 't' ? 12 : -1;
        }
        return -1;
    }

    /** An ASCII letter in lower case; anything else as it is (so never a letter of the suffixes). */
    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }

    /** Bytes seen as characters, one each (a byte of 0x80 or more is a character no rule accepts). */
    private static final class ByteChars implements CharSequence {
        private byte[] bytes;

        ByteChars of(byte[] b) {
            this.bytes = b;
            return this;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
