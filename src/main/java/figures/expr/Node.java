package figures.expr;

import java.util.List;

/** The syntax tree of an expression; every node knows where it stands in the text (0-based, end exclusive). */
sealed interface Node {
    int start();

    int end();

    /** A literal: number, percent, amount, conversion target, span of years or name. */
    record Literal(int start, int end, Value value) implements Node {
    }

    /** {@code (x)}: kept so that the text of an enclosing node includes the parentheses. */
    record Group(int start, int end, Node inner) implements Node {
    }

    /** {@code -x}. */
    record Negate(int start, int end, Node operand) implements Node {
    }

    /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}, {@code a of b}; {@code at} is the operator's offset. */
    record Binary(int start, int end, Op op, int at, Node left, Node right) implements Node {
    }

    /** {@code value in target}: a conversion. */
    record Convert(int start, int end, int at, Node value, Node target) implements Node {
    }

    /** {@code name(args)}. */
    record Call(int start, int end, String name, List<Arg> args) implements Node {
    }

    /** One argument of a call, positional (name null) or named ({@code fv=0}). */
    /** One argument; {@code grouped} when it is a value of a spreadsheet group {@code {v1, v2, ...}}. */
    record Arg(String name, int start, Node value, boolean grouped) {
        Arg(String name, int start, Node value) {
            this(name, start, value, false);
        }
    }

    /** {@code record.field}; {@code at} is the field name's offset. */
    record Field(int start, int end, int at, Node record, String field) implements Node {
    }

    /** The binary operators. */
    enum Op {
        ADD("+", "add"), SUBTRACT("-", "subtract"), MULTIPLY("×", "multiply"), DIVIDE("÷", "divide"), OF("of", "take"), POWER("^", "raise");

        final String symbol;
        final String verb;

        Op(String symbol, String verb) {
            this.symbol = symbol;
            this.verb = verb;
        }
    }
}
