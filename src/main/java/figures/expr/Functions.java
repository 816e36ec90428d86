package figures.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The functions of the language, by name: each family is one class that builds its typed
 * definitions ({@link Fn}, {@link Param}) and holds their bodies, which delegate to a calc API.
 * To add a function, add it to its family's {@code definitions()}; the help ({@code eval
 * --functions}) lists them in this order.
 */
public final class Functions {
    private static final Map<String, Fn> ALL = build();

    private Functions() {
    }

    /**
     * A new table of every function, by lower-case name, in the help's order. Built once for the
     * language ({@link #get}); a test builds its own, so that what the definitions build is checked
     * whenever they change, not only when the class is first loaded.
     */
    static Map<String, Fn> build() {
        List<Fn> all = new ArrayList<>(ArithmeticFunctions.definitions());
        all.add(DebtFunctions.writeoff());
        all.addAll(GrowthFunctions.definitions());
        all.addAll(FinanceFunctions.definitions());
        all.add(DebtFunctions.grantElement());
        all.add(ConversionFunctions.convert());
        all.addAll(LookupFunctions.definitions());
        Map<String, Fn> byName = new LinkedHashMap<>();
        for (Fn f : all) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException("two functions named " + f.name());
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    static Fn get(String name) {
        return ALL.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every function, in the order the help lists them. */
    public static Collection<Fn> all() {
        return ALL.values();
    }

    static String names() {
        return String.join(", ", ALL.keySet());
    }
}
