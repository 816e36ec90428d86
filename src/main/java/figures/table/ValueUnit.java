package figures.table;

import figures.model.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency and scale a value column's header states, as statistics tables write them:
 * {@code value (USD m)}, {@code value (millions of USD)}, {@code value_usd_mn}, {@code gdp (bn EUR)}.
 * Every word of the unit must be a currency code or a scale word, else the header states none.
 *
 * @param base     the column's name without its unit ({@code value})
 * @param currency the currency stated, or null
 * @param exponent the power of ten of the scale stated (6 for millions), 0 for none
 * @param scale    the scale word as written, or null
 */
record ValueUnit(String base, Currency currency, int exponent, String scale) {
    private static final Pattern PARENTHESES = Pattern.compile("(.+?)\\s*[(\\[]([^)\\]]+)[)\\]]");
    private static final Pattern UNDERSCORES = Pattern.compile("([a-z0-9]+)_([a-z_]+)");
    static final Map<String, Integer> SCALES = Map.ofEntries(Map.entry("k", 3), Map.entry("th", 3), Map.entry("thousand", 3),
            Map.entry("thousands", 3), Map.entry("m", 6), Map.entry("mn", 6), Map.entry("mio", 6), Map.entry("mln", 6),
            Map.entry("million", 6), Map.entry("millions", 6), Map.entry("b", 9), Map.entry("bn", 9), Map.entry("bln", 9),
            Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("tn", 12), Map.entry("trillion", 12),
            Map.entry("trillions", 12));

    /** The unit a header name states, or null when it states none. */
    static ValueUnit of(String name) {
        Matcher m = PARENTHESES.matcher(name);
        String base;
        String unit;
        if (m.matches()) {
            base = m.group(1).strip();
            unit = m.group(2);
        } else {
            m = UNDERSCORES.matcher(name);
            if (!m.matches()) {
                return null;
            }
            base = m.group(1);
            unit = m.group(2);
        }
        Currency currency = null;
        int exponent = 0;
        String scale = null;
        for (String word : unit.toLowerCase(Locale.ROOT).split("[\\s_,]+")) {
            if (word.isEmpty() || word.equals("of") || word.equals("in")) {
                continue;
            }
            Integer e = SCALES.get(word);
            if (e != null && scale == null) {
                exponent = e;
                scale = word;
            } else if (word.length() == 3 && currency == null && Currency.lookup(word) != null) {
                currency = Currency.lookup(word);
            } else {
                return null;
            }
        }
        return currency == null && scale == null ? null : new ValueUnit(base, currency, exponent, scale);
    }

    /** The unit in words: {@code USD millions}. */
    String describe() {
        return describe(currency, scale);
    }

    static String describe(Currency currency, String scale) {
        String s = scale == null ? "" : switch (SCALES.get(scale)) {
            case 3 -> "thousands";
            case 6 -> "millions";
            case 9 -> "billions";
            default -> "trillions";
        };
        return currency == null ? s : s.isEmpty() ? currency.toString() : currency + " " + s;
    }
}
