package figures.expr;

/**
 * What an expression evaluates to: a {@link Quantity} (plain number, percent or amount), a
 * {@link Target} of a conversion ({@code USD@2024}), a {@link Name} (a country code such as
 * {@code RU}), a {@link Span} of years, or a {@link Record} of named figures from a lookup.
 */
public sealed interface Value permits Quantity, Value.Target, Value.Name, Value.Span, Value.Record {

    /** The text form, as the value would be written in an expression. */
    String describe();

    /** What kind of value this is, for messages: "an amount", "a percent", "a name". */
    String kind();

    /** A conversion target: a currency and/or a price-basis year ({@code USD@2024}, {@code @2024}). */
    record Target(figures.model.Currency currency, figures.model.Period basis) implements Value {
        @Override
        public String describe() {
            return (currency == null ? "" : currency.code()) + (basis == null ? "" : "@" + basis);
        }

        @Override
        public String kind() {
            return "a conversion target";
        }
    }

    /** A bare name or a quoted string: a country or partner code in a lookup ({@code RU}, {@code 'SY'}). */
    record Name(String text) implements Value {
        @Override
        public String describe() {
            return text;
        }

        @Override
        public String kind() {
            return "a name";
        }
    }

    /** A span of years written {@code 1989-1990}. */
    record Span(figures.model.Period period) implements Value {
        @Override
        public String describe() {
            return period.toString();
        }

        @Override
        public String kind() {
            return "a span of years";
        }
    }

    /**
     * Named figures from a lookup or a calculation ({@code writeoffs(SY, RU, 2005)}); pick one with
     * {@code .field}. {@code where} says where they came from, for --explain.
     */
    record Record(String what, java.util.Map<String, Value> fields, String where) implements Value {
        public Record {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String describe() {
            return what;
        }

        @Override
        public String kind() {
            return "a record with the fields " + fieldList();
        }

        /** The field names as {@code .debt, .percent, ...}. */
        public String fieldList() {
            return String.join(", ", fields.keySet().stream().map(f -> "." + f).toList());
        }
    }
}
