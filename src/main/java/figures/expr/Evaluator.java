package figures.expr;

import figures.model.CalcException;
import figures.model.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the syntax tree. Every failure becomes an {@link ExprException} pointing at the node at
 * fault (an operator, a call, an argument). Steps for --explain go to the trace.
 */
final class Evaluator {
    /** Above this many inputs with a stated range, precision is carried one input at a time (linearised). */
    private static final int MAX_CORNER_INPUTS = 6;

    private final String text;
    private final Environment env;
    private final Trace trace;

    Evaluator(String text, Environment env, Trace trace) {
        this.text = text;
        this.env = env;
        this.trace = trace;
    }

    private String source(Node n) {
        return text.substring(n.start(), n.end()).strip();
    }

    private ExprException at(int offset, String reason) {
        return new ExprException(text, offset, reason);
    }

    Value eval(Node n) {
        if (n instanceof Node.Literal l) {
            // an amount in a year its currency did not exist is refused as convert refuses it (500m TRY@2003)
            if (l.value() instanceof Quantity q && q.isAmount() && q.currency() != null && q.basis() != null) {
                java.util.Optional<String> why;
                try {
                    why = env.beforeLife(q.currency(), q.basis().first());
                } catch (CalcException e) {
                    throw at(l.start(), e.getMessage());
                }
                if (why.isPresent()) {
                    throw at(l.start(), "'" + source(l) + "': " + why.get());
                }
            }
            return l.value();
        }
        if (n instanceof Node.Group g) {
            return eval(g.inner());
        }
        if (n instanceof Node.Negate neg) {
            Quantity q = quantity(neg.operand(), "negate");
            return q.with(q.value().negate(), new Interval(q.range().hi().negate(), q.range().lo().negate()));
        }
        if (n instanceof Node.Binary b) {
            Quantity l = quantity(b.left(), b.op().verb);
            Quantity r = quantity(b.right(), b.op().verb);
            Quantity result;
            try {
                result = Arithmetic.apply(b.op(), l, r);
            } catch (ExprException e) {
                throw e;
            } catch (CalcException e) {
                throw at(b.at(), e.getMessage());
            }
            trace.add(source(b) + " = " + result.describe());
            return result;
        }
        if (n instanceof Node.Convert c) {
            Node.Call call = new Node.Call(c.start(), c.end(), "convert",
                    List.of(new Node.Arg(null, c.value().start(), c.value()), new Node.Arg(null, c.target().start(), c.target())));
            return call(call, c.at());
        }
        if (n instanceof Node.Call c) {
            return call(c, c.start());
        }
        if (n instanceof Node.Field f) {
            Value v = eval(f.record());
            if (!(v instanceof Value.Record r)) {
                throw at(f.at(), "." + f.field() + ": only a record has fields, and " + source(f.record()) + " is " + v.kind());
            }
            Value field = r.fields().get(f.field());
            if (field == null) {
                throw at(f.at(), r.describe() + " has no field '" + f.field() + "' (fields: " + r.fieldList() + ")");
            }
            return field;
        }
        throw new IllegalStateException("unknown node " + n);
    }

    /** A node that must give a quantity, with an error that says what it gave instead. */
    private Quantity quantity(Node n, String verb) {
        return quantity(eval(n), n, verb);
    }

    /** The value of a whole expression: a quantity or a record of them. */
    Value top(Node n) {
        Value v = eval(n);
        return v instanceof Value.Record ? v : quantity(v, n, "use");
    }

    private Quantity quantity(Value v, Node n, String verb) {
        if (v instanceof Quantity q) {
            return q;
        }
        if (v instanceof Value.Name name) {
            throw at(n.start(), "unknown name '" + name.text() + "' (a value is a number, amount or percent; functions: " + Functions.names() + ")");
        }
        if (v instanceof Value.Record r) {
            throw at(n.start(), source(n) + " is a record: pick one of its fields (" + r.fieldList() + ")");
        }
        if (v instanceof Value.Span s) {
            throw at(n.start(), "'" + s.describe() + "' is a span of years, not a number; to subtract years, write them with spaces ("
                    + s.period().first() + " - " + s.period().last() + ")");
        }
        throw at(n.start(), (verb.equals("use") ? v.describe() + " is " + v.kind() : "cannot " + verb + " " + v.kind() + " (" + v.describe() + ")")
                + "; it can only follow 'in' or be an argument of convert()");
    }

    private Value call(Node.Call c, int at) {
        Fn fn = Functions.get(c.name());
        if (fn == null) {
            throw at(c.start(), "unknown function '" + c.name() + "' (functions: " + Functions.names() + ")");
        }
        int fixed = fn.params().size();
        List<Value> rest = new ArrayList<>();
        List<Integer> restPos = new ArrayList<>();
        Value[] slots = new Value[fixed];
        int[] pos = new int[fixed];
        int nextPositional = 0;
        boolean afterGroup = false;
        for (Node.Arg arg : c.args()) {
            if (arg.grouped() && !fn.variadic()) {
                throw at(arg.start(), "a group {...} of values is for functions that take values, such as npv and irr (usage: " + fn.usage() + ")");
            }
            if (arg.grouped()) {
                afterGroup = true;
            } else if (afterGroup && arg.name() == null && !fn.namedOnly().isEmpty() && slots[fn.index(fn.namedOnly().get(0))] == null) {
                // a spreadsheet's IRR({v0, v1, ...}, guess): after the group comes the named-only argument
                int i = fn.index(fn.namedOnly().get(0));
                slots[i] = eval(arg.value());
                pos[i] = arg.start();
                continue;
            }
            if (arg.name() != null) {
                int i = fn.index(arg.name());
                if (i < 0) {
                    throw at(arg.start(), fn.name() + "() has no argument '" + arg.name() + "' (usage: " + fn.usage() + ")");
                }
                if (slots[i] != null) {
                    throw at(arg.start(), fn.name() + "(): the argument '" + arg.name() + "' is given twice");
                }
                slots[i] = eval(arg.value());
                pos[i] = arg.start();
                continue;
            }
            while (nextPositional < fixed && (slots[nextPositional] != null || fn.namedOnly().contains(fn.params().get(nextPositional)))) {
                nextPositional++;
            }
            if (nextPositional < fixed) {
                slots[nextPositional] = eval(arg.value());
                pos[nextPositional] = arg.start();
                nextPositional++;
            } else if (fn.variadic()) {
                rest.add(eval(arg.value()));
                restPos.add(arg.start());
            } else {
                throw at(arg.start(), fn.name() + "() takes at most " + fixed + " argument" + (fixed == 1 ? "" : "s") + " (usage: " + fn.usage() + ")");
            }
        }
        for (int i = 0; i < fixed; i++) {
            if (slots[i] == null && !fn.optional().contains(fn.params().get(i))) {
                throw at(c.start(), fn.name() + "(): the argument '" + fn.params().get(i) + "' is missing (usage: " + fn.usage() + ")");
            }
        }
        if (fn.variadic() && rest.size() < fn.minVariadic()) {
            throw at(c.start(), fn.name() + "() needs at least " + fn.minVariadic() + " value" + (fn.minVariadic() == 1 ? "" : "s")
                    + " (usage: " + fn.usage() + ")");
        }
        Value[] all = new Value[fixed + rest.size()];
        int[] allPos = new int[fixed + rest.size()];
        System.arraycopy(slots, 0, all, 0, fixed);
        System.arraycopy(pos, 0, allPos, 0, fixed);
        for (int i = 0; i < rest.size(); i++) {
            all[fixed + i] = rest.get(i);
            allPos[fixed + i] = restPos.get(i);
        }
        Args args = new Args(fn, text, at, all, allPos, env, trace);
        Value result = invoke(fn, args, at);
        if (fn.precise()) {
            result = carryPrecision(fn, args, result, at);
        }
        if (result instanceof Quantity q) {
            trace.add(source(c) + " = " + q.describe());
        } else if (result instanceof Value.Record r) {
            result = new Value.Record(source(c), r.fields(), r.where());
        }
        return result;
    }

    private static Value invoke(Fn fn, Args args, int at, String text) {
        try {
            return fn.body().apply(args);
        } catch (ExprException e) {
            throw e;
        } catch (CalcException e) {
            String m = e.getMessage();
            throw new ExprException(text, at, m.startsWith(fn.name().toUpperCase(java.util.Locale.ROOT) + ":") || m.startsWith(fn.name() + "()")
                    ? m : fn.name() + "(): " + m);
        }
    }

    private Value invoke(Fn fn, Args args, int at) {
        return invoke(fn, args, at, text);
    }

    /**
     * Evaluates the function again with each input that has a stated range at the ends of its
     * range (every combination for up to six such inputs, else one at a time, summing the
     * deviations) and gives the result the range the answers span.
     */
    private Value carryPrecision(Fn fn, Args args, Value exact, int at) {
        List<Integer> varying = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            boolean term = i < fn.params().size() && fn.terms().contains(fn.params().get(i));
            if (args.slot(i) instanceof Quantity q && !q.isExact() && !term) {
                varying.add(i);
            }
        }
        List<BigDecimal> base = flatten(exact);
        if (varying.isEmpty() || base.isEmpty()) {
            return exact;
        }
        int n = base.size();
        BigDecimal[] lo = base.toArray(BigDecimal[]::new);
        BigDecimal[] hi = base.toArray(BigDecimal[]::new);
        try {
            if (varying.size() <= MAX_CORNER_INPUTS) {
                for (int mask = 0, corners = 1 << varying.size(); mask != corners; mask++) {
                    Args corner = args;
                    for (int k = 0; k < varying.size(); k++) {
                        int slot = varying.get(k);
                        Quantity q = (Quantity) args.slot(slot);
                        corner = corner.with(slot, q.exactly((mask & (1 << k)) == 0 ? q.range().lo() : q.range().hi()));
                    }
                    List<BigDecimal> r = flatten(invoke(fn, corner, at));
                    for (int j = 0; j < n; j++) {
                        lo[j] = lo[j].min(r.get(j));
                        hi[j] = hi[j].max(r.get(j));
                    }
                }
            } else {
                for (int slot : varying) {
                    Quantity q = (Quantity) args.slot(slot);
                    List<BigDecimal> down = flatten(invoke(fn, args.with(slot, q.exactly(q.range().lo())), at));
                    List<BigDecimal> up = flatten(invoke(fn, args.with(slot, q.exactly(q.range().hi())), at));
                    for (int j = 0; j < n; j++) {
                        BigDecimal d1 = down.get(j).subtract(base.get(j));
                        BigDecimal d2 = up.get(j).subtract(base.get(j));
                        lo[j] = lo[j].add(d1.min(d2).min(BigDecimal.ZERO));
                        hi[j] = hi[j].add(d1.max(d2).max(BigDecimal.ZERO));
                    }
                }
            }
        } catch (CalcException e) {
            trace.add(fn.name() + "(): the stated precision of its inputs could not be carried through ("
                    + (e instanceof ExprException x ? x.reason() : e.getMessage()) + "); its result is taken as exact");
            return exact;
        }
        return unflatten(exact, lo, hi, new int[] {0});
    }

    private static List<BigDecimal> flatten(Value v) {
        List<BigDecimal> out = new ArrayList<>();
        if (v instanceof Quantity q) {
            out.add(q.value());
        } else if (v instanceof Value.Record r) {
            for (Value f : r.fields().values()) {
                out.addAll(flatten(f));
            }
        }
        return out;
    }

    private static Value unflatten(Value v, BigDecimal[] lo, BigDecimal[] hi, int[] next) {
        if (v instanceof Quantity q) {
            int j = next[0]++;
            return q.with(q.value(), new Interval(lo[j], hi[j]));
        }
        if (v instanceof Value.Record r) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : r.fields().entrySet()) {
                fields.put(e.getKey(), unflatten(e.getValue(), lo, hi, next));
            }
            return new Value.Record(r.what(), fields, r.where());
        }
        return v;
    }
}
