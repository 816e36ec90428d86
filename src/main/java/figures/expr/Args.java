package figures.expr;

import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of one call, bound to the function's parameters, with typed getters whose errors
 * point at the argument's column. Quantities keep their dimension: money arguments may be amounts
 * (all in one currency) or plain numbers, rates are percents or plain fractions.
 */
final class Args {
    private final Fn fn;
    private final String text;
    private final int callStart;
    private final Value[] slots;
    private final int[] positions;
    private final Environment env;
    private final Trace trace;

    Args(Fn fn, String text, int callStart, Value[] slots, int[] positions, Environment env, Trace trace) {
        this.fn = fn;
        this.text = text;
        this.callStart = callStart;
        this.slots = slots;
        this.positions = positions;
        this.env = env;
        this.trace = trace;
    }

    /** The same call with one slot replaced and the steps silenced (for carrying precision through). */
    Args with(int slot, Value v) {
        Value[] copy = Arrays.copyOf(slots, slots.length);
        copy[slot] = v;
        return new Args(fn, text, callStart, copy, positions, env, Trace.silent());
    }

    int size() {
        return slots.length;
    }

    Value slot(int i) {
        return slots[i];
    }

    String text() {
        return text;
    }

    int callStart() {
        return callStart;
    }

    Environment env() {
        return env;
    }

    Trace trace() {
        return trace;
    }

    ExprException error(String param, String reason) {
        int i = fn.index(param);
        int at = i >= 0 && slots[i] != null ? positions[i] : callStart;
        return new ExprException(text, at, fn.name() + "(): " + reason);
    }

    private ExprException errorAt(int slot, String reason) {
        return new ExprException(text, positions[slot], fn.name() + "(): " + reason);
    }

    boolean has(String param) {
        int i = fn.index(param);
        return slots[i] != null;
    }

    Value value(String param) {
        Value v = slots[fn.index(param)];
        if (v == null) {
            throw new ExprException(text, callStart, fn.name() + "(): the argument '" + param + "' is missing (usage: " + fn.usage() + ")");
        }
        return v;
    }

    Quantity quantity(String param) {
        return asQuantity(value(param), fn.index(param), param);
    }

    private Quantity asQuantity(Value v, int slot, String what) {
        if (v instanceof Quantity q) {
            return q;
        }
        if (v instanceof Value.Record r) {
            throw errorAt(slot, what + " is " + r.describe() + ", a record: pick one of its fields (" + r.fieldList() + ")");
        }
        throw errorAt(slot, what + " must be a number, percent or amount, not " + v.kind() + " (" + v.describe() + ")");
    }

    /** A rate: a percent ({@code 8%}) or a plain fraction ({@code 0.08}), as a fraction. */
    BigDecimal rate(String param) {
        Quantity q = quantity(param);
        if (q.isAmount()) {
            throw error(param, param + " must be a percent or a plain number, not the amount " + q.describe());
        }
        return q.value();
    }

    BigDecimal rateOr(String param, BigDecimal otherwise) {
        return has(param) ? rate(param) : otherwise;
    }

    /** A whole number such as a count of periods: a plain number without a fractional part. */
    int integer(String param) {
        Quantity q = quantity(param);
        if (q.dim() != Quantity.Dim.NUMBER) {
            throw error(param, param + " must be a whole number, not " + q.kind() + " (" + q.describe() + ")");
        }
        try {
            return q.value().intValueExact();
        } catch (ArithmeticException e) {
            throw error(param, param + " must be a whole number, got " + q.describe());
        }
    }

    /** A number of years, such as a maturity or a grace period: a plain number, whole or not. */
    BigDecimal years(String param) {
        Quantity q = quantity(param);
        if (q.dim() != Quantity.Dim.NUMBER) {
            throw error(param, param + " must be a number of years, not " + q.kind() + " (" + q.describe() + ")");
        }
        return q.value();
    }

    int integerOr(String param, int otherwise) {
        return has(param) ? integer(param) : otherwise;
    }

    /** A money argument: an amount or a plain number. */
    Quantity money(String param) {
        Quantity q = quantity(param);
        if (q.dim() == Quantity.Dim.PERCENT) {
            throw error(param, param + " must be an amount or a plain number, not the percent " + q.describe());
        }
        return q;
    }

    BigDecimal moneyOr(String param, BigDecimal otherwise) {
        return has(param) ? money(param).value() : otherwise;
    }

    /** The variadic arguments (the cash flows of npv and irr), as money. */
    List<Quantity> rest() {
        List<Quantity> out = new ArrayList<>();
        for (int i = fn.params().size(); i < slots.length; i++) {
            Quantity q = asQuantity(slots[i], i, "each value");
            if (q.dim() == Quantity.Dim.PERCENT) {
                throw errorAt(i, "each value must be an amount or a plain number, not the percent " + q.describe());
            }
            out.add(q);
        }
        return out;
    }

    /** Every money argument given among {@code params} (the variadic ones are {@link #rest()}). */
    List<Quantity> allMoney(String... params) {
        List<Quantity> out = new ArrayList<>();
        for (String p : params) {
            if (has(p)) {
                out.add(money(p));
            }
        }
        return out;
    }

    /**
     * A money result: an amount in the currency the money arguments share when any is an amount,
     * else a plain number. Amounts in two currencies, or in prices of two years (or of a year and of
     * none), are an error.
     */
    Quantity moneyResult(BigDecimal v, List<Quantity> from) {
        Currency c = null;
        Period basis = null;
        boolean amount = false;
        Quantity first = null;
        Quantity dated = null;
        for (Quantity q : from) {
            if (!q.isAmount()) {
                continue;
            }
            amount = true;
            if (q.currency() != null) {
                if (c != null && !c.equals(q.currency())) {
                    throw new ExprException(text, callStart, fn.name() + "(): the amounts are in different currencies ("
                            + first.describe() + ", " + q.describe() + "); convert them to one first, e.g. (" + q.describe() + " in " + c + ")");
                }
                c = q.currency();
                first = first == null ? q : first;
            }
            if (dated == null) {
                dated = q;
                basis = q.basis();
            } else if (!java.util.Objects.equals(basis, q.basis())) {
                Quantity with = basis != null ? dated : q;
                Quantity without = basis != null ? q : dated;
                throw new ExprException(text, callStart, fn.name() + "(): " + (with.basis() != null && without.basis() != null
                        ? "the amounts are in prices of different years (" + dated.describe() + ", " + q.describe() + "); convert one first, e.g. ("
                                + q.describe() + " in " + (q.currency() != null ? q.currency() : Currency.USD) + "@" + dated.basis() + ")"
                        : with.describe() + " is in prices of " + with.basis() + " but " + without.describe()
                                + " has no year, and none is assumed; give its year (…@YEAR), or write @" + with.basis()
                                + " if it is in " + with.basis() + " prices too"));
            }
        }
        return amount ? Quantity.amount(v, figures.model.Interval.exact(v), c, basis) : Quantity.exactNumber(v);
    }

    /** Checks that the money arguments given share one currency (for functions whose result is not money). */
    void oneCurrency(List<Quantity> from) {
        moneyResult(BigDecimal.ZERO, from);
    }

    /** A name such as a country code: a bare word, a quoted string, or a currency-like word. */
    String name(String param) {
        Value v = value(param);
        if (v instanceof Value.Name n) {
            return n.text();
        }
        if (v instanceof Value.Target t && t.currency() != null && t.basis() == null) {
            // a three-letter code that happens to be a currency (ALL, TOP) is a name here
            return t.currency().code();
        }
        throw error(param, param + " must be a name such as RU or 'SY', not " + v.kind() + " (" + v.describe() + ")");
    }

    /** A year or a span of years: {@code 2002} or {@code 1989-1990}. */
    Period period(String param) {
        Value v = value(param);
        if (v instanceof Value.Span s) {
            return s.period();
        }
        if (v instanceof Quantity q && q.dim() == Quantity.Dim.NUMBER && q.isExact()) {
            try {
                return Period.of(q.value().intValueExact());
            } catch (ArithmeticException | figures.model.CalcException e) {
                throw error(param, param + " must be a year such as 2002 or a span such as 1989-1990, got " + q.describe());
            }
        }
        throw error(param, param + " must be a year such as 2002 or a span such as 1989-1990, not " + v.kind() + " (" + v.describe() + ")");
    }

    /** A single year. */
    int year(String param) {
        Period p = period(param);
        if (p.isSpan()) {
            throw error(param, param + " must be one year, not the span " + p);
        }
        return p.first();
    }
}
