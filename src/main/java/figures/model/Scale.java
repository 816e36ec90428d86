package figures.model;

import java.util.Locale;
import java.util.Map;

/** A named power of ten used in figures: {@code 13.4bn}, {@code 120 million}. */
public enum Scale {
    THOUSAND(3, "k"),
    MILLION(6, "m"),
    BILLION(9, "bn"),
    TRILLION(12, "tn");

    private static final Map<String, Scale> WORDS = Map.ofEntries(
            Map.entry("k", THOUSAND), Map.entry("thousand", THOUSAND),
            Map.entry("m", MILLION), Map.entry("mn", MILLION), Map.entry("million", MILLION),
            Map.entry("b", BILLION), Map.entry("bn", BILLION), Map.entry("billion", BILLION),
            Map.entry("tn", TRILLION), Map.entry("trillion", TRILLION));

    private final int exponent;
    private final String symbol;

    Scale(int exponent, String symbol) {
        this.exponent = exponent;
        this.symbol = symbol;
    }

    /** The power of ten: 9 for billion. */
    public int exponent() {
        return exponent;
    }

    /** The short form used when printing: {@code k m bn tn}. */
    public String symbol() {
        return symbol;
    }

    /** The scale named by a suffix or word (case-insensitive), or null. */
    public static Scale fromWord(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The largest scale not above a number of integer digits' magnitude, or null below a thousand. */
    public static Scale forExponent(int magnitude) {
        Scale best = null;
        for (Scale s : values()) {
            if (magnitude >= s.exponent) {
                best = s;
            }
        }
        return best;
    }
}
