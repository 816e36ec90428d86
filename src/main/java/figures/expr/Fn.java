package figures.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * One function of the language: name, typed parameters, optional trailing values, one-line
 * summary and body. A {@code precise} function is evaluated again at the ends of its inputs'
 * stated ranges so that the result carries their precision; lookups bring the precision of their
 * table cells instead. The families of functions (one class each) build these.
 */
public record Fn(String name, List<Param> parameters, Param.Rest rest, boolean precise, String summary, Body body) {
    /** What a function does with its bound arguments. */
    @FunctionalInterface
    public interface Body {
        Value apply(Args a);
    }

    public Fn {
        parameters = List.copyOf(parameters);
    }

    static Fn of(String name, boolean precise, String summary, Body body, Param... parameters) {
        return new Fn(name, List.of(parameters), null, precise, summary, body);
    }

    static Fn withRest(String name, Param.Rest rest, boolean precise, String summary, Body body, Param... parameters) {
        return new Fn(name, List.of(parameters), rest, precise, summary, body);
    }

    /** The parameters' names, in order (named-only ones included). */
    List<String> params() {
        return parameters.stream().map(Param::name).toList();
    }

    List<String> optional() {
        return parameters.stream().filter(Param::isOptional).map(Param::name).toList();
    }

    List<String> namedOnly() {
        return parameters.stream().filter(p -> p.kind() == Param.Kind.NAMED_ONLY).map(Param::name).toList();
    }

    List<String> terms() {
        return parameters.stream().filter(Param::term).map(Param::name).toList();
    }

    boolean variadic() {
        return rest != null;
    }

    int minVariadic() {
        return rest == null ? 0 : rest.min();
    }

    int index(String param) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(param)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code pmt(rate, nper, pv, [fv], [type])}. */
    public String usage() {
        List<String> parts = new ArrayList<>();
        for (Param p : parameters) {
            if (p.kind() == Param.Kind.REQUIRED) {
                parts.add(p.name());
            } else if (p.kind() == Param.Kind.OPTIONAL) {
                parts.add("[" + p.name() + "]");
            }
        }
        if (rest != null) {
            parts.add(rest.name() + "...");
        }
        for (Param p : parameters) {
            if (p.kind() == Param.Kind.NAMED_ONLY) {
                parts.add("[" + p.name() + "=…]");
            }
        }
        return name + "(" + String.join(", ", parts) + ")";
    }
}
