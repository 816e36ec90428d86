package figures.model;

import java.util.Locale;

/**
 * The word an enum constant is written as in output and input: its name in lower case, an
 * underscore as a hyphen ({@code PERCENT_OF} is {@code percent-of}) or kept ({@code PER_USD} is
 * {@code per_usd}). One rule instead of a word field and constructor in every such enum.
 */
public final class EnumWords {
    private EnumWords() {
    }

    /** {@code PERCENT_OF} as {@code percent-of}. */
    public static String hyphenated(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code PER_USD} as {@code per_usd}. */
    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
