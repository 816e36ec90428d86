package figures.expr;

import figures.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Numbers keep their literal text (so the parser can keep their
 * stated precision); {@code 1989-1990} written without spaces is one span-of-years token, and so
 * is the period after {@code @}.
 */
final class Lexer {
    /** Longer expressions are refused, which also bounds the depth of the syntax tree. */
    static final int MAX_TOKENS = 2000;

    private final String original;
    private final String s;
    private int i;

    private Lexer(String text) {
        this.original = text;
        // length-preserving: Arabic-Indic digits, the Arabic decimal separator, the minus sign
        this.s = figures.model.Decimals.normalise(text);
    }

    static List<Token> tokens(String text) {
        // Arabic scale and currency words (مليار دولار) become bn USD first; columns in errors then
        // count in that English form, which the message quotes
        String words = figures.model.Amount.arabicWordsToEnglish(text);
        return new Lexer(words).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new Token(Kind.EOF, "", s.length(), s.length()));
                return out;
            }
            Token t = next();
            out.add(t);
            if (out.size() > MAX_TOKENS) {
                throw new ExprException(original, t.start(), "the expression is too long (more than " + MAX_TOKENS + " tokens)");
            }
            if (t.is(Kind.AT)) {
                out.add(periodAfterAt(t));
            }
        }
    }

    private Token next() {
        int start = i;
        char c = s.charAt(i);
        if (isDigit(c) || (c == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String word = s.substring(start, i);
            if (word.equals("US") && i < s.length() && s.charAt(i) == '$') {
                i++;
                return new Token(Kind.SYMBOL, "US$", start, i);
            }
            return new Token(Kind.WORD, word, start, i);
        }
        if (c == '\'' || c == '"') {
            int close = s.indexOf(c, i + 1);
            if (close == -1) {
                throw new ExprException(original, start, "unclosed quote: " + c + " starts a name but never ends");
            }
            i = close + 1;
            return new Token(Kind.STRING, s.substring(start + 1, close), start, i);
        }
        i++;
        Kind k = switch (c) {
            case '$', '£', '€' -> Kind.SYMBOL;
            case '%', '\u066A' -> Kind.PERCENT;
            case '@' -> Kind.AT;
            case '+' -> Kind.PLUS;
            case '-', '–' -> Kind.MINUS;
            // a power as spreadsheets (^) and programming languages (**) write it
            case '^' -> Kind.CARET;
            case '*' -> {
                if (i < s.length() && s.charAt(i) == '*') {
                    i++;
                    yield Kind.CARET;
                }
                yield Kind.STAR;
            }
            case '×' -> Kind.STAR;
            case '/', '÷' -> Kind.SLASH;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            // a spreadsheet's argument separator in many locales: PMT(8%/12; 10; 10000)
            case ',', ';' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            case '=' -> Kind.EQUALS;
            default -> throw new ExprException(original, start, "unexpected character '" + new String(Character.toChars(s.codePointAt(start)))
                    + "' (expressions use numbers, amounts, + - * / ^ ( ), 'of', 'in' and functions)");
        };
        return new Token(k, s.substring(start, i), start, i);
    }

    private Token number(int start) {
        digits();
        if (i < s.length() && s.charAt(i) == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
            i++;
            digits();
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < s.length() && isDigit(s.charAt(j))) {
                i = j;
                digits();
            }
        }
        String text = s.substring(start, i);
        // 1989-1990 without spaces: a span of years, not a subtraction
        if (text.length() == 4 && text.chars().allMatch(Lexer::isDigit)
                && i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '–')) {
            int j = i + 1;
            int k = j;
            while (k < s.length() && isDigit(s.charAt(k))) {
                k++;
            }
            boolean endsClean = k >= s.length() || !(Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '.' || s.charAt(k) == '_');
            if (k - j == 4 && endsClean && Integer.parseInt(s.substring(j, k)) > Integer.parseInt(text)) {
                i = k;
                return new Token(Kind.SPAN, text + "-" + s.substring(j, k), start, i);
            }
        }
        return new Token(Kind.NUMBER, text, start, i);
    }

    /** After {@code @}: a year or a span of years, e.g. {@code 1966}, {@code 1989-1990}. */
    private Token periodAfterAt(Token at) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw new ExprException(original, at.start(), "'@' must be followed by a year or a span of years (e.g. USD@2024, 1.4bn GBP@1989-1990)");
        }
        int end = i;
        int j = i;
        if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '–' || s.charAt(j) == '/')) {
            j++;
            int k = j;
            while (k < s.length() && isDigit(s.charAt(k))) {
                k++;
            }
            if (k > j) {
                end = k;
                i = k;
            }
        }
        return new Token(Kind.SPAN, s.substring(start, end), start, end);
    }

    private void digits() {
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
