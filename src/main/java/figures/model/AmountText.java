package figures.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one way an amount becomes text: the number by its magnitude with a scale word ({@code k m bn
 * tn}), then {@code " CUR"} and {@code "@basis"}. {@link Amount#toString} (read back by {@link
 * Amount#parse}), the steps of an explanation and render's {@code HumanNumbers} (digit groups for
 * people) all choose the scale word and its digits here; see ARCHITECTURE.md ("One text form of
 * an amount") for why this lives in {@code model} and not in {@code render}.
 */
public final class AmountText {
    /** A value as it is written: the number in units of its scale word, and that word (null: none). */
    public record Scaled(BigDecimal number, Scale scale) {
        /** The scale word as written after the number: {@code bn}, or empty. */
        public String symbol() {
            return scale == null ? "" : scale.symbol();
        }
    }

    private AmountText() {
    }

    /**
     * The value in units of the largest scale word not above its magnitude, from {@code smallest}
     * up: 9 782 000 000 is 9.782 bn; 950 000 with {@link Scale#MILLION} as the smallest stays
     * 950000. Exact: only the power of ten moves.
     */
    public static Scaled scaled(BigDecimal v, Scale smallest) {
        int magnitude = Decimals.magnitude(v);
        Scale s = magnitude >= smallest.exponent() ? Scale.forExponent(magnitude) : null;
        return new Scaled(s == null ? v : v.scaleByPowerOfTen(-s.exponent()), s);
    }

    /**
     * The text form that {@link Amount#parse} reads back equal, scale and all: {@code 9.782bn},
     * {@code 13.40bn} (the trailing zero states the precision); exponent form where the scale word
     * cannot carry the value's scale ({@code 1.2e13}).
     */
    public static String number(BigDecimal v) {
        Scaled s = scaled(v, Scale.THOUSAND);
        if (s.number().scale() < 0) {
            return v.toString().replace("E+", "e").replace("E", "e");
        }
        return s.number().toPlainString() + s.symbol();
    }

    /**
     * An amount shown in a step of an explanation: rounded to {@code digits} significant digits,
     * a scale word from {@link Scale#MILLION} up, no trailing zeros: {@code 120m SUR@1966}.
     */
    public static String shown(Amount a, int digits) {
        Scaled s = scaled(a.value().round(new MathContext(digits)), Scale.MILLION);
        return Decimals.plain(s.number()) + s.symbol() + unit(a);
    }

    /**
     * An intermediate amount of an explanation with every digit it has and no trailing zeros, a
     * scale word from {@link Scale#THOUSAND} up: {@code 1.14674bn USD@1989}.
     */
    public static String exact(Amount a) {
        Scaled s = scaled(a.value().stripTrailingZeros(), Scale.THOUSAND);
        return s.number().stripTrailingZeros().toPlainString() + s.symbol() + unit(a);
    }

    /** ISO 4217 minor units by code, read once, when first asked for, from the bundled table (data/reference/minor-units.csv, its source in data/reference/README.md). */
    private static final class MinorUnits {
        static final java.util.Map<String, Integer> BY_CODE = readMinorUnits(AmountText.class.getResourceAsStream("/data/reference/minor-units.csv"));
    }

    /** The table {@code currency,minor_unit} (a header line, then one currency a line) as a map. */
    static java.util.Map<String, Integer> readMinorUnits(java.io.InputStream in) {
        if (in == null) {
            throw new IllegalStateException("the bundled table data/reference/minor-units.csv is missing from the build");
        }
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            r.readLine(); // currency,minor_unit
            for (String line; (line = r.readLine()) != null; ) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    m.put(line.substring(0, comma), Integer.parseInt(line.substring(comma + 1).strip()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    /**
     * How many decimals the money of {@code a}'s currency has (ISO 4217 minor unit: 2 for USD, 0 for
     * JPY, 3 for KWD); 2 for an amount without a currency (cents, the minor unit of most currencies:
     * a loan of 250000 shows its payment as 1 266.71); null for a currency ISO gives none (XDR) or a
     * withdrawn one (SUR): those show significant digits only.
     */
    public static Integer minorUnit(Amount a) {
        if (a.currency().isEmpty()) {
            return 2;
        }
        return MinorUnits.BY_CODE.get(a.currency().get().code());
    }

    /** What follows the number: {@code " USD@2024"}, {@code " USD"}, {@code "@2024"} or nothing. */
    public static String unit(Amount a) {
        StringBuilder b = new StringBuilder();
        a.currency().ifPresent(c -> b.append(' ').append(c.code()));
        a.priceBasis().ifPresent(p -> b.append('@').append(p));
        return b.toString();
    }
}
