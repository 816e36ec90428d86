package figures.extract;

import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut into numbers, words and signs, each with its offsets in the original
 * text. Words are compared in a folded spelling: ASCII lower case; Arabic hamza forms of alef,
 * alef maqsura and ta marbuta folded; vowel marks, tatweel and bidi marks dropped; Arabic-Indic
 * digits, {@code ٫} (decimal) and {@code ٬} (thousands) as ASCII. Numbers are read here: {@code 1,500}
 * and {@code 1 500} (groups of three), {@code 9.8}, {@code ١٣٫٤}.
 */
final class Tokens {
    enum Kind { NUMBER, WORD, SIGN }

    /**
     * One token: its folded text, its offsets in the original text, for a number its value, and
     * whether a paragraph break (an empty line) comes before it.
     */
    record Token(Kind kind, String text, int start, int end, BigDecimal number, boolean grouped, boolean paragraphBefore, String note) {
        Token(Kind kind, String text, int start, int end, BigDecimal number, boolean grouped, boolean paragraphBefore) {
            this(kind, text, start, end, number, grouped, paragraphBefore, null);
        }

        boolean is(String s) {
            return text.equals(s);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        /** An integer written without separators or decimals, such as a year. */
        boolean plainInteger() {
            return kind == Kind.NUMBER && !grouped && number.scale() == 0;
        }
    }

    private Tokens() {
    }

    /** The folded form of one character, or 0 to drop it. */
    static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        switch (c) {
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u066A', '\uFF05', '\uFE6A':
                return '%';
            case '\u0623', '\u0625', '\u0622', '\u0671':
                return '\u0627';
            case '\u0629':
                return '\u0647';
            case '\u0649':
                return '\u064A';
            case '\u00A0', '\u2007', '\u2009', '\u202F':
                return ' ';
            case '\u2013', '\u2014', '\u2212':
                return '-';
            case '\u0640', '\u0670', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF':
                return 0;
            default:
                break;
        }
        if ((c >= '\u064B' && c <= '\u065F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return 0;
        }
        return c < 0x80 ? Character.toLowerCase(c) : c;
    }

    /** An Arabic-Indic or Eastern Arabic-Indic (Persian) digit. */
    static boolean eastern(char c) {
        return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** How many Arabic-Indic digits follow from i. */
    private static int easternRun(String s, int i) {
        int j = i;
        while (j < s.length() && eastern(s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    static boolean arabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
    }

    static boolean latinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The tokens of a text, in order. */
    static List<Token> of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] at = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char f = fold(original.charAt(i));
            if (original.charAt(i) == '\u060C' && i > 0 && eastern(original.charAt(i - 1)) && easternRun(original, i + 1) >= 1
                    && easternRun(original, i + 1) <= 2) {
                f = '.'; // ٣،٥ and ١٢،٧٥: the Arabic comma written between Arabic-Indic digits as their decimal separator (not ٢٠١٩،٢٠٢٠)
            } else if (original.charAt(i) == '\u060C' && i > 0 && isDigit(original.charAt(i - 1)) && i + 1 < original.length()
                    && isDigit(original.charAt(i + 1))) {
                f = ','; // 1،2 مليار: the Arabic comma between digits, read as a comma is (a decimal comma before one or two digits)
            }
            if (f != 0) {
                at[folded.length()] = i;
                folded.append(f);
            }
        }
        at[folded.length()] = original.length();
        String s = folded.toString();
        List<Token> out = new ArrayList<>();
        int i = 0;
        int lineBreaks = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                boolean crlf = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
                lineBreaks += (c == '\n' || c == '\r') && !crlf ? 1 : 0;
                i++;
                continue;
            }
            int j;
            Kind kind;
            BigDecimal number = null;
            boolean grouped = false;
            String note = null;
            if (url(s, i)) {
                // an address is one sign: its digits and %-escapes are no figures
                j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Kind.SIGN, "<url>", at[i], j < s.length() ? at[j] : original.length(), null, false, lineBreaks >= 2));
                lineBreaks = 0;
                i = j;
                continue;
            }
            boolean signed = c == '-' && i + 1 < s.length() && isDigit(s.charAt(i + 1)) && (i == 0 || !(isDigit(s.charAt(i - 1))
                    || latinLetter(s.charAt(i - 1)) || arabicLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-'));
            if (isDigit(c) || signed) {
                j = number(s, signed ? i + 1 : i);
                String literal = s.substring(i, j);
                String decimal = decimalComma(literal);
                if (decimal != null) {
                    note = "'" + original.substring(at[i], at[j - 1] + 1) + "' read as " + decimal + ": a decimal comma ("
                            + (literal.indexOf('.') >= 0 ? "'.' groups thousands, ',' before the decimals" : "one or two digits after a comma are no thousands group")
                            + ")";
                    literal = decimal;
                }
                grouped = decimal == null && (literal.indexOf(',') >= 0 || literal.indexOf(' ') >= 0);
                number = literal(literal, at[i]);
                kind = Kind.NUMBER;
            } else if (arabicLetter(c)) {
                j = i;
                while (j < s.length() && arabicLetter(s.charAt(j))) {
                    j++;
                }
                kind = Kind.WORD;
            } else if (latinLetter(c)) {
                j = i;
                while (j < s.length() && (latinLetter(s.charAt(j)) || (s.charAt(j) == '.' && j + 1 < s.length() && latinLetter(s.charAt(j + 1))
                        && j - i == 1))) {
                    j++;
                }
                // "i.e." and "u.s." keep their dots: one word
                if (j < s.length() && s.charAt(j) == '.' && s.substring(i, j).indexOf('.') >= 0) {
                    j++;
                }
                kind = Kind.WORD;
            } else {
                j = i + 1;
                kind = Kind.SIGN;
            }
            // the end takes in marks dropped after the last character (a word's final tanween)
            out.add(new Token(kind, s.substring(i, j), at[i], j < s.length() ? at[j] : original.length(), number, grouped, lineBreaks >= 2, note));
            lineBreaks = 0;
            i = j;
        }
        return out;
    }

    /** A literal with a decimal comma ({@code 1,2}, {@code 12,75}, {@code 1.234,5}) in the point form, or null when it has none. */
    private static String decimalComma(String literal) {
        java.util.regex.Matcher m = DECIMAL_COMMA.matcher(literal);
        if (!m.matches()) {
            return null;
        }
        return (literal.startsWith("-") ? "-" : "") + m.group(1).replace(".", "") + "." + m.group(2);
    }

    /** A decimal comma: digits (or thousands grouped by dots, 1.234) then a comma and the decimals. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?(\\d+(?=,\\d{1,2}$)|\\d{1,3}(?:\\.\\d{3})+),(\\d+)");

    /** A number the text states that figures cannot read: where it starts, and why. */
    static final class BadNumber extends RuntimeException {
        private final int offset;

        BadNumber(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    /** Whether a web address starts at i: http://, https:// or www. after a space or the start. */
    private static boolean url(String s, int i) {
        return (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')
                && (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The value of a numeric literal as {@code Amount.parse} reads it ({@link Decimals#parse}: a sign,
     * underscores between digits, an exponent, the precision kept), after the article's own thousands
     * groups ({@code 1,500}, {@code 1 500}) are taken out. Too long or out of range: a {@link BadNumber}.
     */
    private static BigDecimal literal(String literal, int offset) {
        try {
            return Decimals.parse(literal.replace(",", "").replace(" ", ""));
        } catch (CalcException e) {
            throw new BadNumber(offset, e.getMessage());
        }
    }

    /**
     * The end of the number starting at {@code i}: digits (underscores between them), groups of three
     * after ',' or a space, decimals after '.', an exponent ({@code 9.8e9}). A decimal comma
     * ({@code 1.234,5}, {@code 1,5}) is refused, as the tables refuse it: which separator is which is a guess.
     */
    private static int number(String s, int i) {
        java.util.regex.Matcher indian = INDIAN_GROUPS.matcher(s).region(i, s.length());
        if (indian.lookingAt()) {
            return indian.end(); // 1,20,000 and 48,21,000: lakh and crore grouped as India writes them
        }
        int j = digits(s, i);
        if (j - i <= 3) {
            char sep = 0;
            int k = j;
            while (k + 4 <= s.length() && (s.charAt(k) == ',' || s.charAt(k) == ' ') && (sep == 0 || s.charAt(k) == sep)
                    && digits(s, k + 1) == k + 4 && (k + 4 == s.length() || s.charAt(k + 4) != '_')) {
                sep = s.charAt(k);
                k += 4;
            }
            j = k;
        }
        java.util.regex.Matcher european = EUROPEAN.matcher(s).region(i, s.length());
        if (european.lookingAt()) {
            return european.end(); // 1.234,5 and 1.234.567,89: dots grouping thousands, a decimal comma
        }
        boolean grouped = j > digits(s, i);
        boolean point = false;
        if (j + 1 < s.length() && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            point = true;
            j = digits(s, j + 1);
        }
        if (!grouped && !point && j + 1 < s.length() && s.charAt(j) == ',' && isDigit(s.charAt(j + 1)) && digits(s, j + 1) - j - 1 <= 2) {
            j = digits(s, j + 1); // 1,2 and 12,75: one or two digits after a comma are no thousands group but decimals
        }
        // any other comma ends the number: 2019,2020 is a list
        if (j + 1 < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            int e = digits(s, k);
            if (e > k && (e == s.length() || !latinLetter(s.charAt(e)))) {
                j = e;
            }
        }
        return j;
    }

    /** Dots grouping thousands and a decimal comma. */
    private static final java.util.regex.Pattern EUROPEAN = java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d{3})+,\\d+(?![\\d,]|\\.\\d)");

    /** Indian grouping: one or two digits, groups of two, a last group of three (12,34,56,789), and decimals. */
    private static final java.util.regex.Pattern INDIAN_GROUPS = java.util.regex.Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])(?:\\.\\d+)?");

    /** Digits from i, with single underscores between them ({@code 1_500_000}). */
    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && (isDigit(s.charAt(j)) || (s.charAt(j) == '_' && j > i && j + 1 < s.length() && isDigit(s.charAt(j + 1))))) {
            j++;
        }
        return j;
    }
}
