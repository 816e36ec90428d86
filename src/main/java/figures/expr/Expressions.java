package figures.expr;

import java.util.List;

/**
 * The expression language used by {@code figures eval} and {@code figures check}:
 * {@code 73% of 13.4bn USD}, {@code 13.4bn USD * (1 - 73%)}, {@code growth(95m USD, 138m USD)},
 * {@code exports(RU, SY, 2002)}, {@code writeoffs(SY, RU, 2005).remaining},
 * {@code 120m SUR@1966 in USD@2024}. Errors are {@link ExprException}s with the column of the
 * token at fault.
 */
public final class Expressions {
    /** The value of one expression and the steps behind it. */
    public record Result(String expression, Value value, List<String> steps) {
    }

    private Expressions() {
    }

    /** Parses and evaluates one expression. */
    public static Result evaluate(String text, Environment env) {
        Node tree = Parser.parse(text);
        Trace trace = Trace.collecting();
        Value v = new Evaluator(text, env, trace).top(tree);
        if (v instanceof Quantity q) {
            try {
                figures.model.Decimals.checkResult(q.value());
            } catch (figures.model.CalcException e) {
                // here rather than when the result is shown, so that check names the claim's file:line
                throw new ExprException(text, 0, e.getMessage());
            }
        }
        if (v instanceof Quantity q && !q.isExact()) {
            trace.add(text.strip() + ": with the precision of the figures as stated, the value lies in " + q.showRange());
        }
        return new Result(text.strip(), v, trace.steps());
    }

    /** Checks that an expression is well-formed without evaluating it (a parse error is an {@link ExprException}). */
    public static void parse(String text) {
        Parser.parse(text);
    }
}
