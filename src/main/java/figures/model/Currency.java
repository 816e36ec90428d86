package figures.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ISO 4217 currency, including historical codes: {@code SUR} (Soviet ruble, to 1991),
 * {@code RUR} (Russian ruble 1992–1997), {@code RUB} (from 1998). Symbols {@code $ £ €} are
 * accepted on input and mean USD, GBP and EUR.
 */
public final class Currency implements Comparable<Currency> {
    private static final Set<String> CODES = knownCodes();
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "US$", "USD", "£", "GBP", "€", "EUR");

    public static final Currency USD = new Currency("USD");

    private final String code;

    private Currency(String code) {
        this.code = code;
    }

    /** The currency with this ISO code (case-insensitive); a {@link CalcException} if it is unknown. */
    public static Currency of(String code) {
        Currency c = lookup(code);
        if (c == null) {
            throw new CalcException("unknown currency code '" + Decimals.abbreviate(code) + "' (expected an ISO 4217 code such as USD, GBP, EUR, RUB, SUR, SYP)");
        }
        return c;
    }

    /** The currency for an ISO code or a symbol, or null when the text names none. */
    public static Currency lookup(String text) {
        String t = text.strip();
        String bySymbol = SYMBOLS.get(t.toUpperCase(Locale.ROOT));
        if (bySymbol != null) {
            return new Currency(bySymbol);
        }
        String upper = t.toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? (upper.equals("USD") ? USD : new Currency(upper)) : null;
    }

    /** Whether the text is a currency code or symbol. */
    public static boolean isCurrency(String text) {
        return lookup(text) != null;
    }

    public String code() {
        return code;
    }

    private static Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        // historical codes the JDK may lack: Soviet ruble, Russian ruble before 1998
        codes.add("SUR");
        codes.add("RUR");
        // pseudo-codes that are not money
        codes.remove("XXX");
        codes.remove("XTS");
        return Set.copyOf(codes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Currency c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public int compareTo(Currency o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
