package figures.calc;

import figures.model.CalcException;
import figures.model.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One spreadsheet finance function written as in a spreadsheet cell, evaluated with {@link Finance}:
 * {@code PMT(8%/12, 10, 10000)}, {@code IRR({-70000, 12000, 15000}, -0.1)}. Arguments are numbers,
 * optionally with {@code %}, joined by {@code *} or {@code /}; {@code ,} or {@code ;} separate them;
 * {@code {...}} groups the values of NPV and IRR. This is deliberately small: {@code figures eval}
 * is the expression language.
 */
public final class LoanFunctionCall {
    /** The functions and their arguments, for messages. */
    public static final List<String> SIGNATURES = List.of(
            "PMT(rate, nper, pv, [fv], [type])", "IPMT(rate, per, nper, pv, [fv], [type])",
            "PPMT(rate, per, nper, pv, [fv], [type])", "PV(rate, nper, pmt, [fv], [type])",
            "FV(rate, nper, pmt, [pv], [type])", "NPER(rate, pmt, pv, [fv], [type])",
            "RATE(nper, pmt, pv, [fv], [type], [guess])", "RRI(nper, pv, fv)",
            "NPV(rate, value1, value2, ...)", "IRR(values, [guess])");

    private final String text;
    private int pos;

    private LoanFunctionCall(String text) {
        this.text = text;
    }

    /** Evaluates {@code NAME(args)}; every mistake is a {@link CalcException} naming it. */
    public static BigDecimal evaluate(String text) {
        return new LoanFunctionCall(text).call();
    }

    private BigDecimal call() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw error("expected a function name such as PMT");
        }
        skipSpace();
        expect('(');
        List<List<BigDecimal>> args = new ArrayList<>();
        skipSpace();
        if (peek() != ')') {
            do {
                args.add(argument());
                skipSpace();
            } while (accept(',') || accept(';'));
        }
        expect(')');
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.substring(pos) + "' after the closing parenthesis");
        }
        return apply(name, args);
    }

    private BigDecimal apply(String name, List<List<BigDecimal>> args) {
        return switch (name) {
            case "PMT" -> {
                arity(name, args, 3, 5);
                yield Finance.pmt(num(args, 0), whole(name, "nper", args, 1), num(args, 2), opt(args, 3), type(name, args, 4));
            }
            case "IPMT", "PPMT" -> {
                arity(name, args, 4, 6);
                BigDecimal rate = num(args, 0);
                int per = whole(name, "per", args, 1);
                int nper = whole(name, "nper", args, 2);
                yield name.equals("IPMT")
                        ? Finance.ipmt(rate, per, nper, num(args, 3), opt(args, 4), type(name, args, 5))
                        : Finance.ppmt(rate, per, nper, num(args, 3), opt(args, 4), type(name, args, 5));
            }
            case "PV" -> {
                arity(name, args, 3, 5);
                yield Finance.pv(num(args, 0), whole(name, "nper", args, 1), num(args, 2), opt(args, 3), type(name, args, 4));
            }
            case "FV" -> {
                arity(name, args, 3, 5);
                yield Finance.fv(num(args, 0), whole(name, "nper", args, 1), num(args, 2), opt(args, 3), type(name, args, 4));
            }
            case "NPER" -> {
                arity(name, args, 3, 5);
                yield Finance.nper(num(args, 0), num(args, 1), num(args, 2), opt(args, 3), type(name, args, 4));
            }
            case "RATE" -> {
                arity(name, args, 3, 6);
                yield Finance.rate(whole(name, "nper", args, 0), num(args, 1), num(args, 2), opt(args, 3), type(name, args, 4),
                        args.size() > 5 ? num(args, 5) : null);
            }
            case "RRI" -> {
                arity(name, args, 3, 3);
                yield Finance.rri(whole(name, "nper", args, 0), num(args, 1), num(args, 2));
            }
            case "NPV" -> {
                if (args.size() < 2) {
                    throw new CalcException("NPV takes a rate and at least one value: NPV(rate, value1, value2, ...)");
                }
                List<BigDecimal> values = new ArrayList<>();
                args.subList(1, args.size()).forEach(values::addAll);
                yield Finance.npv(num(args, 0), values);
            }
            case "IRR" -> {
                if (args.isEmpty()) {
                    throw new CalcException("IRR takes the cash flows: IRR(v0, v1, ...) or IRR({v0, v1, ...}, [guess])");
                }
                boolean grouped = args.get(0).size() > 1;
                if (grouped && args.size() > 2) {
                    throw new CalcException("IRR takes one group of values and an optional guess: IRR({v0, v1, ...}, [guess])");
                }
                List<BigDecimal> values = new ArrayList<>();
                (grouped ? args.subList(0, 1) : args).forEach(values::addAll);
                yield Finance.irr(values, grouped && args.size() == 2 ? num(args, 1) : null);
            }
            default -> throw new CalcException("unknown finance function '" + name + "' (expected one of "
                    + String.join(", ", SIGNATURES) + ")");
        };
    }

    private static void arity(String name, List<List<BigDecimal>> args, int min, int max) {
        String signature = SIGNATURES.stream().filter(s -> s.startsWith(name + "(")).findFirst().orElse(name);
        if (args.size() < min || args.size() > max) {
            throw new CalcException(name + " takes " + (min == max ? "" + min : min + " to " + max) + " arguments, got "
                    + args.size() + ": " + signature);
        }
        for (List<BigDecimal> a : args) {
            if (a.size() != 1) {
                throw new CalcException(name + ": a group {...} of values is for NPV and IRR only: " + signature);
            }
        }
    }

    private static BigDecimal num(List<List<BigDecimal>> args, int i) {
        return args.get(i).get(0);
    }

    private static BigDecimal opt(List<List<BigDecimal>> args, int i) {
        return args.size() > i ? num(args, i) : BigDecimal.ZERO;
    }

    private static int whole(String name, String what, List<List<BigDecimal>> args, int i) {
        BigDecimal v = num(args, i);
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new CalcException(name + ": " + what + " must be a whole number, got " + LoanTerms.plain(v));
        }
    }

    private static int type(String name, List<List<BigDecimal>> args, int i) {
        return args.size() > i ? whole(name, "type", args, i) : 0;
    }

    /** One argument: a product/quotient of numbers, or a {@code {...}} group of them. */
    private List<BigDecimal> argument() {
        skipSpace();
        List<BigDecimal> values = new ArrayList<>();
        if (accept('{')) {
            do {
                values.add(product());
                skipSpace();
            } while (accept(',') || accept(';'));
            expect('}');
        } else {
            values.add(product());
        }
        return values;
    }

    private BigDecimal product() {
        BigDecimal v = number();
        skipSpace();
        while (peek() == '*' || peek() == '/') {
            char op = text.charAt(pos++);
            BigDecimal r = number();
            if (op == '*') {
                v = v.multiply(r, Decimals.MC);
            } else if (r.signum() == 0) {
                throw error("division by zero");
            } else {
                v = LoanSchedule.divide(v, r);
            }
            skipSpace();
        }
        return v;
    }

    private BigDecimal number() {
        skipSpace();
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (pos < text.length() && "0123456789._eE".indexOf(text.charAt(pos)) >= 0) {
            // an exponent sign belongs to the number: 1e-3
            if ((text.charAt(pos) == 'e' || text.charAt(pos) == 'E') && pos + 1 < text.length() && "+-".indexOf(text.charAt(pos + 1)) >= 0) {
                pos++;
            }
            pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.isEmpty() || literal.equals("-") || literal.equals("+")) {
            throw error("expected a number");
        }
        BigDecimal v;
        try {
            v = Decimals.parse(literal);
        } catch (CalcException e) {
            throw error(e.getMessage());
        }
        skipSpace();
        if (accept('%')) {
            v = v.scaleByPowerOfTen(-2);
        }
        return v;
    }

    private CalcException error(String what) {
        return new CalcException("'" + text + "': " + what + " at character " + (pos + 1)
                + " (expected e.g. PMT(8%/12, 10, 10000))");
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean accept(char c) {
        skipSpace();
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error(pos < text.length() ? "expected '" + c + "' but found '" + text.charAt(pos) + "'" : "expected '" + c + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
