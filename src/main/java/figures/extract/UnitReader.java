package figures.extract;

import figures.extract.Tokens.Token;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a number that say what it counts: currency names, codes, symbols and minor units,
 * percent words, units of quantities that are not money, and the countries an article names whose currency a
 * sign could also mean ("$" in a story about Australia).
 */
abstract class UnitReader extends NumberReader {
    /** Currency code → the article's words naming a country that uses it. */
    final Map<String, String> countries = new java.util.HashMap<>();

    UnitReader(String original) {
        super(original);
    }

    /** Whether the word at token j is a noun a number counts ({@link FigureReader}). */
    abstract boolean nextIsNoun(int j);

    /** What follows a number: its scale, percent sign, currency or unit, up to token {@code end}. */
    static final class Reading {
        /** The value, its scale applied. */
        BigDecimal value;
        int exponent = -1;
        boolean words;
        boolean percent;
        String currency;
        String ambiguous;
        String unit;
        String note;
        /** The sign or word the currency was read from, when it may name another currency too ($, dollars, ¥). */
        String sign;
        int end;
    }

    /** A currency written before token i: a symbol ($, C$, HK$, ₹) or a code in capitals (USD 75 million); {code, first token}. */
    String[] currencyBefore(int i) {
        for (int n = 3; n >= 1; n--) {
            int from = i - n;
            if (from < 0 || !sameSentence(from, i)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            boolean spaced = false;
            for (int k = from; k < i; k++) {
                b.append(tokens.get(k).text());
                spaced |= k > from && !touching(k - 1, k);
            }
            String sym = b.toString();
            String code = L.symbols.get(sym);
            if (code != null && !(n > 1 && spaced && tokens.get(i - 1).isWord())) {
                if (L.closeSymbols.contains(sym) && (spaced || !upper(tokens.get(from)))) {
                    continue; // "a $5 bill": the article, not A$
                }
                return new String[] {code, Integer.toString(from)};
            }
        }
        Token t = i > 0 ? tokens.get(i - 1) : null;
        if (t != null && t.isWord() && sameSentence(i - 1, i)) {
            if (isCode(t) && !L.wordCodes.contains(t.text())) {
                return new String[] {t.text().toUpperCase(java.util.Locale.ROOT), Integer.toString(i - 1)};
            }
            if (scaledCode(t) != null) {
                return new String[] {scaledCode(t), Integer.toString(i - 1)};
            }
        }
        return null;
    }

    /** "MUSD", "MEUR": a letter scale written onto a code in capitals; "6:USD", or null. */
    String scaledCode(Token t) {
        String w = t.text();
        if (w.length() != 4 || !upper(t) || t.end() - t.start() != 4) {
            return null;
        }
        Integer e = L.letterScales.get(w.substring(0, 1));
        String code = w.substring(1).toUpperCase(java.util.Locale.ROOT);
        return e != null && Currency.isCurrency(code) ? e + ":" + code : null;
    }

    void setCurrency(Reading r, String code) {
        if (code.startsWith("?") && !code.startsWith("?ruble") && !code.startsWith("?russian")) {
            r.ambiguous = code.substring(1);
        } else {
            r.currency = code;
        }
    }

    /** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the minor part after a whole amount. */
    int minorPart(int j, Reading r) {
        if (r.exponent > 0 || r.value.scale() > 0 || r.currency == null || r.currency.startsWith("?")) {
            return j;
        }
        int k = j;
        if (joinWord(k) || word(k, "and")) {
            k++;
        }
        Num n = k < tokens.size() ? readNumber(k) : null;
        if (n == null || n.exponent() > 0 || n.value().scale() > 0 || n.value().signum() <= 0 || n.value().compareTo(BigDecimal.valueOf(100)) >= 0
                || !sameSentence(j - 1, n.end() - 1)) {
            return j;
        }
        String[] m = minorAt(n.end());
        int end;
        if (m == null && touching(n.end() - 1, n.end()) && n.end() < tokens.size() && tokens.get(n.end()).isWord()) {
            return j; // "10 turkish lira 11a": a code, not cents
        }
        if (m != null) {
            end = n.end() + 1;
        } else if (n.end() >= tokens.size() || (!nextIsNoun(n.end()) && currencyAt(n.end()) == null && percentWords(n.end()) == 0
                && unitWords(n.end()) == null && !tokens.get(n.end()).isNumber())) {
            end = n.end();
        } else {
            return j;
        }
        r.value = r.value.add(n.value().movePointLeft(2));
        return end;
    }

    /** The currency a minor unit is a hundredth of: a code, or its unit's meaning alone. */
    static String minorCurrency(String of) {
        if (of.length() == 3 && of.equals(of.toUpperCase(java.util.Locale.ROOT))) {
            return of;
        }
        for (Map.Entry<String, String> e : L.unitOf.entrySet()) {
            if (e.getValue().equals(of)) {
                return L.unitDefault.get(e.getKey());
            }
        }
        return null;
    }

    String[] minorAt(int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return null;
        }
        for (String stem : Words.stems(tokens.get(j).text())) {
            String of = L.minor.get(stem);
            if (of != null) {
                if (stem.equals("p") && !touching(j - 1, j)) {
                    return null; // "50p", not "50 p"
                }
                return new String[] {of};
            }
        }
        return null;
    }

    int percentWords(int j) {
        if (sign(j, "%")) {
            return 1;
        }
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                if (L.percent.contains(phrase)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** {code, tokens used} for a currency at j (a code starting with ? is an ambiguity, its note after it). */
    String[] currencyAt(int j) {
        if (j >= tokens.size()) {
            return null;
        }
        if (!tokens.get(j).isWord() && !tokens.get(j).isNumber()) {
            for (int n = 3; n >= 1; n--) {
                if (j + n > tokens.size()) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                boolean close = true;
                for (int k = j; k < j + n; k++) {
                    b.append(tokens.get(k).text());
                    close &= k == j || touching(k - 1, k);
                }
                String code = L.symbols.get(b.toString());
                if (code != null && (n == 1 || close)) {
                    return new String[] {code, Integer.toString(n), text(j, j + n)};
                }
            }
            return null;
        }
        if (!tokens.get(j).isWord()) {
            return null;
        }
        for (int n = Math.min(L.longest, 6); n >= 1; n--) { // وحدة من حقوق السحب الخاصة: five words
            for (String phrase : phrases(j, n)) {
                String code = L.currencies.get(phrase);
                if (code != null) {
                    return new String[] {code, Integer.toString(n), text(j, j + n)};
                }
            }
        }
        // "usd$ 15", "aud$": a code written onto a dollar sign
        if (j + 1 < tokens.size() && sign(j + 1, "$") && touching(j, j + 1) && L.symbols.containsKey(tokens.get(j).text() + "$")) {
            return new String[] {L.symbols.get(tokens.get(j).text() + "$"), "2"};
        }
        if (isCode(tokens.get(j)) || (tokens.get(j).text().length() == 3 && Currency.isCurrency(tokens.get(j).text())
                && touching(j - 1, j) && j > 0 && tokens.get(j - 1).isNumber())) {
            return new String[] {tokens.get(j).text().toUpperCase(java.util.Locale.ROOT), "1"};
        }
        return null;
    }

    /** A three-letter currency code, written in capitals in the article. */
    boolean isCode(Token t) {
        return t.text().length() == 3 && Currency.isCurrency(t.text()) && t.end() - t.start() == 3 && upper(t);
    }

    boolean upper(Token t) {
        return original.substring(t.start(), t.end()).chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '.');
    }

    String[] unitWords(int j) {
        for (int n = 3; n >= 1; n--) {
            for (String phrase : phrases(j, n)) {
                String unit = L.units.get(phrase);
                if (unit != null) {
                    int used = n;
                    if (unit.equals("km") && (sign(j + n, "²") || (numberAt(j + n) != null && tokens.get(j + n).is("2")
                            && tokens.get(j + n).start() == tokens.get(j + n - 1).end()))) {
                        unit = "km²";
                        used++;
                    }
                    return new String[] {unit, Integer.toString(used)};
                }
            }
        }
        return null;
    }

    /**
     * The countries an article names whose currency a sign or word it uses could also mean ("$" in a
     * story about Australia), with the words naming them; read once, in one pass.
     */
    void countriesNamed() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isWord() || !Words.in(L.countryWords, tokens.get(i).text())) {
                continue;
            }
            for (int n = 3; n >= 1; n--) {
                for (String p : phrases(i, n)) {
                    String code = L.countries.get(p);
                    if (code != null) {
                        countries.putIfAbsent(code, text(i, i + n));
                    }
                }
            }
        }
    }

    /**
     * An ambiguous unit ("ريال", "rupees", "Rs") read as the currency of the one country the article names among those
     * whose currency bears that name (ريال in a story naming Saudi Arabia only: SAR), with a note saying so; left
     * ambiguous when the article names none of them, or two.
     */
    void currencyOfCountry(Reading r) {
        String unit = L.ambiguousUnits.getOrDefault(r.ambiguous, L.unitCodes.containsKey(r.ambiguous) ? r.ambiguous : null);
        if (unit == null) {
            return;
        }
        String code = null;
        for (String c : L.unitCodes.getOrDefault(unit, Set.of())) {
            if (countries.containsKey(c)) {
                if (code != null) {
                    return; // two countries of that currency named: which one is a guess
                }
                code = c;
            }
        }
        if (code == null) {
            return;
        }
        String said = "'" + (r.sign != null ? r.sign : unit) + "' read as " + code + ": the one country using a " + unit
                + " the article names is " + countries.get(code);
        r.currency = code;
        r.ambiguous = null;
        r.note = r.note == null ? said : r.note + "; " + said;
    }

    /** The note an amount's currency needs when its sign or word may name a currency of a country the article names. */
    String signNote(String sign, String code) {
        if (sign == null || code == null) {
            return null;
        }
        String key = sign.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        Set<String> others = L.ambiguousSigns.get(key);
        if (others == null) {
            String folded = Lexicon.fold(sign);
            others = L.ambiguousSigns.get(L.unitOf.getOrDefault(folded, L.minor.getOrDefault(folded, folded)));
            for (String stem : Words.stems(folded)) {
                if (others == null && L.unitOf.containsKey(stem)) {
                    others = L.ambiguousSigns.get(L.unitOf.get(stem));
                }
            }
        }
        if (others == null) {
            return null;
        }
        for (String other : others) {
            String named = countries.get(other);
            if (named != null && !other.equals(code)) {
                return "'" + sign + "' read as " + code + ", though the article names " + named + " (" + other
                        + "): write the code or " + other + " to say which";
            }
        }
        return null;
    }
}
