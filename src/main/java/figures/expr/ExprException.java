package figures.expr;

import figures.model.CalcException;

/**
 * An expression that cannot be read or evaluated, pointing at the column (1-based) of the token
 * at fault: {@code column 13: cannot subtract 120m SUR from 13.4bn USD: ...}.
 */
public final class ExprException extends CalcException {
    private final String expression;
    private final int column;
    private final String reason;
    private final int exitCode;

    ExprException(String expression, int offset, String reason) {
        this(expression, offset, reason, USAGE);
    }

    /** An error with another exit code: 3 when reference data the expression needs is missing. */
    ExprException(String expression, int offset, String reason, int exitCode) {
        super("column " + (offset + 1) + ": " + reason);
        this.expression = expression;
        this.column = offset + 1;
        this.reason = reason;
        this.exitCode = exitCode;
    }

    private ExprException(String message, ExprException from) {
        super(message);
        this.expression = from.expression;
        this.column = from.column;
        this.reason = from.reason;
        this.exitCode = from.exitCode;
    }

    /** The same error with a hint appended to its message. */
    public ExprException withHint(String hint) {
        return hint.isEmpty() ? this : new ExprException(getMessage() + hint, this);
    }

    /** The same error with its message prefixed by where it happened ({@code <stdin>:5: }). */
    public ExprException at(String where) {
        return where.isEmpty() ? this : new ExprException(where + getMessage(), this);
    }

    @Override
    public int exitCode() {
        return exitCode;
    }

    /** The whole expression the error is in. */
    public String expression() {
        return expression;
    }

    /** The 1-based column of the token at fault. */
    public int column() {
        return column;
    }

    /** What is wrong, without the column. */
    public String reason() {
        return reason;
    }
}
