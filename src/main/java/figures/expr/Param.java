package figures.expr;

/**
 * One parameter of a function of the language. A {@link Kind#NAMED_ONLY} parameter is optional and
 * only given by name ({@code irr({…}, guess=10%)}); a {@code term} is a contract term (a maturity in
 * years) taken as exact, not as a stated figure whose precision the result carries.
 */
public record Param(String name, Kind kind, boolean term) {
    /** How an argument is given. */
    public enum Kind {
        REQUIRED, OPTIONAL, NAMED_ONLY
    }

    static Param required(String name) {
        return new Param(name, Kind.REQUIRED, false);
    }

    static Param optional(String name) {
        return new Param(name, Kind.OPTIONAL, false);
    }

    static Param namedOnly(String name) {
        return new Param(name, Kind.NAMED_ONLY, false);
    }

    /** A required contract term. */
    static Param term(String name) {
        return new Param(name, Kind.REQUIRED, true);
    }

    /** An optional contract term. */
    static Param optionalTerm(String name) {
        return new Param(name, Kind.OPTIONAL, true);
    }

    boolean isOptional() {
        return kind != Kind.REQUIRED;
    }

    /** The trailing values of a function such as npv: their name and how many at least. */
    public record Rest(String name, int min) {
    }
}
