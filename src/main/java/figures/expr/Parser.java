package figures.expr;

import figures.expr.Node.Arg;
import figures.expr.Node.Op;
import figures.expr.Token.Kind;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.Interval;
import figures.model.Period;
import figures.model.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written recursive-descent parser. Precedence, lowest first:
 * <pre>
 *   expression := additive ('in' target)*                 conversion binds loosest
 *   additive   := term (('+' | '-') term)*
 *   term       := unary (('*' | '/' | 'of') unary)*
 *   unary      := '-' unary | '+' unary | power
 *   power      := postfix (('^' | '**') unary)?              right-associative; -2^2 is -(2^2)
 *   postfix    := primary ('.' field)*
 *   primary    := literal | name '(' args ')' | name | '(' expression ')'
 * </pre>
 * Literals keep their stated precision: {@code 9.8bn} stands for [9.75, 9.85] bn, {@code 73%}
 * for [72.5, 73.5] %; a plain integer such as {@code 10} or {@code 2002} is exact.
 */
final class Parser {
    /** Deeper nesting of parentheses, signs or calls is refused rather than risking the stack. */
    static final int MAX_DEPTH = 100;

    private final String text;
    private int depth;
    private final List<Token> tokens;
    private int p;

    private Parser(String text) {
        this.text = text;
        this.tokens = Lexer.tokens(text);
    }

    static Node parse(String text) {
        Parser parser = new Parser(text);
        if (parser.peek().is(Kind.EOF)) {
            throw new ExprException(text, 0, "empty expression (expected e.g. 73% of 13.4bn USD)");
        }
        Node n = parser.expression();
        Token t = parser.peek();
        if (!t.is(Kind.EOF)) {
            throw parser.unexpected(t, n);
        }
        return n;
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(p++);
    }

    private ExprException error(Token t, String reason) {
        return new ExprException(text, t.start(), reason);
    }

    private ExprException unexpected(Token t, Node before) {
        if (t.is(Kind.RPAREN)) {
            return error(t, "unexpected ')' (no '(' is open)");
        }
        // p > 0: an expression has been read before any unexpected token
        if (t.is(Kind.COMMA) && tokens.get(p - 1).is(Kind.NUMBER) && tokens.get(p - 1).end() == t.start()) {
            return error(t, "unexpected ',' (commas are ambiguous in numbers: write 1095 or 1_095 for a thousand and ninety-five, 1.095 for a decimal)");
        }
        if (before instanceof Node.Convert && (t.is(Kind.PLUS) || t.is(Kind.MINUS) || t.is(Kind.STAR) || t.is(Kind.SLASH) || t.isWord("of"))) {
            return error(t, "unexpected " + t.describe() + " after a conversion: put the conversion in parentheses, e.g. (120m SUR@1966 in USD) + 1m USD");
        }
        return error(t, "unexpected " + t.describe() + " (expected an operator: + - * / ^ of in)");
    }

    private Node expression() {
        enter();
        Node left = additive();
        while (peek().isWord("in")) {
            Token in = next();
            Node target = postfix();
            left = new Node.Convert(left.start(), target.end(), in.start(), left, target);
        }
        depth--;
        return left;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), "the expression is nested too deeply (more than " + MAX_DEPTH + " levels of parentheses, signs or calls)");
        }
    }

    private Node additive() {
        Node left = term();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Token op = next();
            Node right = term();
            left = new Node.Binary(left.start(), right.end(), op.is(Kind.PLUS) ? Op.ADD : Op.SUBTRACT, op.start(), left, right);
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (peek().is(Kind.STAR) || peek().is(Kind.SLASH) || peek().isWord("of")) {
            Token op = next();
            Op o = op.is(Kind.STAR) ? Op.MULTIPLY : op.is(Kind.SLASH) ? Op.DIVIDE : Op.OF;
            Node right = unary();
            left = new Node.Binary(left.start(), right.end(), o, op.start(), left, right);
        }
        return left;
    }

    private Node unary() {
        Token t = peek();
        if (t.is(Kind.MINUS) || t.is(Kind.PLUS)) {
            next();
            enter();
            Node operand = unary();
            depth--;
            return t.is(Kind.PLUS) ? operand : new Node.Negate(t.start(), operand.end(), operand);
        }
        return power();
    }

    private Node power() {
        Node base = postfix();
        if (!peek().is(Kind.CARET)) {
            return base;
        }
        Token op = next();
        enter();
        Node exponent = unary();
        depth--;
        return new Node.Binary(base.start(), exponent.end(), Op.POWER, op.start(), base, exponent);
    }

    private Node postfix() {
        Node n = primary();
        while (peek().is(Kind.DOT)) {
            next();
            Token field = peek();
            if (!field.is(Kind.WORD)) {
                throw error(field, "expected a field name after '.', got " + field.describe());
            }
            next();
            n = new Node.Field(n.start(), field.end(), field.start(), n, field.text().toLowerCase(java.util.Locale.ROOT));
        }
        return n;
    }

    private Node primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                return number(null, t.start());
            case SPAN: {
                next();
                return new Node.Literal(t.start(), t.end(), new Value.Span(period(t)));
            }
            case SYMBOL: {
                next();
                Currency c = Currency.lookup(t.text());
                if (!peek().is(Kind.NUMBER)) {
                    throw error(peek(), "expected a number after '" + t.text() + "', got " + peek().describe());
                }
                return number(c, t.start());
            }
            case STRING:
                next();
                return new Node.Literal(t.start(), t.end(), new Value.Name(t.text()));
            case AT: {
                next();
                Token year = next();
                return new Node.Literal(t.start(), year.end(), new Value.Target(null, period(year)));
            }
            case LPAREN: {
                next();
                Node inner = expression();
                if (!peek().is(Kind.RPAREN)) {
                    Token bad = peek();
                    throw bad.is(Kind.EOF)
                            ? error(t, "'(' is never closed (missing ')')")
                            : unexpected(bad, inner);
                }
                Token close = next();
                return new Node.Group(t.start(), close.end(), inner);
            }
            case WORD:
                return word(t);
            default:
                throw error(t, t.is(Kind.EOF)
                        ? "the expression ends too early (expected a value after " + tokens.get(p - 1).describe() + ")" // parse() refuses an empty one
                        : "expected a value (a number, amount, percent, name or function call), got " + t.describe());
        }
    }

    private Node word(Token t) {
        if (peek(1).is(Kind.LPAREN)) {
            return call(t);
        }
        if (t.isWord("in") || t.isWord("of")) {
            throw error(t, "expected a value before '" + t.text() + "'");
        }
        next();
        Currency c = currencyWord(t);
        if (c != null) {
            if (peek().is(Kind.NUMBER)) {
                return number(c, t.start());
            }
            Period basis = null;
            int end = t.end();
            if (peek().is(Kind.AT)) {
                next();
                Token year = next();
                basis = period(year);
                end = year.end();
            }
            return new Node.Literal(t.start(), end, new Value.Target(c, basis));
        }
        return new Node.Literal(t.start(), t.end(), new Value.Name(t.text()));
    }

    private static Currency currencyWord(Token t) {
        if (!t.is(Kind.WORD) || t.text().length() != 3 || Scale.fromWord(t.text()) != null) {
            return null;
        }
        return Currency.lookup(t.text());
    }

    private Node call(Token name) {
        next();
        Token open = next();
        List<Arg> args = new ArrayList<>();
        if (peek().is(Kind.RPAREN)) {
            Token close = next();
            return new Node.Call(name.start(), close.end(), name.text().toLowerCase(java.util.Locale.ROOT), args);
        }
        while (true) {
            Token first = peek();
            String argName = null;
            if (first.is(Kind.WORD) && peek(1).is(Kind.EQUALS)) {
                argName = first.text().toLowerCase(java.util.Locale.ROOT);
                next();
                next();
            }
            if (argName == null && first.is(Kind.LBRACE)) {
                group(name, args);
            } else {
                args.add(new Arg(argName, first.start(), expression()));
            }
            Token sep = peek();
            if (sep.is(Kind.COMMA)) {
                next();
                continue;
            }
            if (sep.is(Kind.RPAREN)) {
                next();
                return new Node.Call(name.start(), sep.end(), name.text().toLowerCase(java.util.Locale.ROOT), args);
            }
            if (sep.is(Kind.EOF)) {
                throw error(open, "'" + name.text() + "(' is never closed (missing ')')");
            }
            throw error(sep, "unexpected " + sep.describe() + " in the arguments of " + name.text() + "() (expected ',' or ')')");
        }
    }

    /** A spreadsheet group of values, {@code {v1, v2, ...}}: each becomes a value of the call (npv's and irr's cash flows). */
    private void group(Token name, List<Arg> args) {
        Token open = next();
        while (true) {
            Token first = peek();
            args.add(new Arg(null, first.start(), expression(), true));
            Token sep = next();
            if (sep.is(Kind.RBRACE)) {
                return;
            }
            if (!sep.is(Kind.COMMA)) {
                throw error(sep.is(Kind.EOF) ? open : sep, sep.is(Kind.EOF) ? "'{' is never closed (missing '}')"
                        : "unexpected " + sep.describe() + " in a group of values of " + name.text() + "() (expected ',' or '}')");
            }
        }
    }

    /** A number with its optional scale, percent sign, currency and price basis. */
    private Node number(Currency prefix, int start) {
        Token num = next();
        BigDecimal v;
        try {
            v = Decimals.parse(num.text());
        } catch (CalcException e) {
            throw error(num, e.getMessage());
        }
        int end = num.end();
        Scale scale = null;
        if (peek().is(Kind.WORD) && Scale.fromWord(peek().text()) != null && !peek(1).is(Kind.LPAREN)) {
            Token s = next();
            scale = Scale.fromWord(s.text());
            end = s.end();
            try {
                v = Decimals.checkRange(v.scaleByPowerOfTen(scale.exponent()), text.substring(start, end));
            } catch (CalcException e) {
                throw error(num, e.getMessage());
            }
        }
        if (peek().is(Kind.PERCENT)) {
            Token pct = next();
            if (scale != null || prefix != null) {
                throw error(pct, "a percent cannot have a scale or a currency");
            }
            Interval r = Interval.stated(v).scaleByPowerOfTen(-2);
            return new Node.Literal(start, pct.end(), Quantity.percent(v.scaleByPowerOfTen(-2), r));
        }
        Currency currency = prefix;
        Token after = peek();
        Currency suffix = after.is(Kind.SYMBOL) ? Currency.lookup(after.text())
                : !peek(1).is(Kind.LPAREN) ? currencyWord(after) : null;
        if (suffix != null) {
            if (prefix != null) {
                throw error(after, "the amount names a currency twice");
            }
            next();
            currency = suffix;
            end = after.end();
        }
        Period basis = null;
        if (peek().is(Kind.AT)) {
            next();
            Token year = next();
            basis = period(year);
            end = year.end();
        }
        boolean exact = scale == null && currency == null && basis == null && num.text().chars().allMatch(c -> c == '_' || (c >= '0' && c <= '9'));
        Interval range = exact ? Interval.exact(v) : Interval.stated(v);
        if (currency == null && scale == null && basis == null) {
            return new Node.Literal(start, end, Quantity.number(v, range));
        }
        return new Node.Literal(start, end, Quantity.amount(v, range, currency, basis));
    }

    private Period period(Token t) {
        try {
            return Period.parse(t.text());
        } catch (CalcException e) {
            throw error(t, e.getMessage());
        }
    }
}
