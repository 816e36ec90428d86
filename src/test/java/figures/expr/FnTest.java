package figures.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed function definitions: what the evaluator and the help read from them. */
class FnTest {
    @Test
    void usageShowsOptionalRestAndNamedOnlyParameters() {
        assertEquals("pmt(rate, nper, pv, [fv], [type])", Functions.get("pmt").usage());
        assertEquals("irr(values..., [guess=…])", Functions.get("irr").usage());
        assertEquals("npv(rate, values...)", Functions.get("npv").usage());
        assertEquals("convert(value, target, [rate=…], [method=…])", Functions.get("convert").usage());
    }

    @Test
    void contractTermsAreTheMaturitiesAndYears() {
        assertEquals(List.of("years"), Functions.get("cagr").terms());
        assertEquals(List.of("maturity", "grace"), Functions.get("grant_element").terms());
        assertEquals(List.of(), Functions.get("pmt").terms());
    }

    @Test
    void optionalAndNamedOnlyAreKeptApart() {
        Fn irr = Functions.get("irr");
        assertEquals(List.of("guess"), irr.optional());
        assertEquals(List.of("guess"), irr.namedOnly());
        assertEquals(2, irr.minVariadic());
        Fn rate = Functions.get("rate");
        assertEquals(List.of("fv", "type", "guess"), rate.optional());
        assertTrue(rate.namedOnly().isEmpty());
        assertFalse(rate.variadic());
        assertEquals(0, rate.minVariadic());
        assertEquals(-1, rate.index("values"));
        assertEquals(5, rate.index("guess"));
    }

    @Test
    void namesAreLookedUpCaseInsensitively() {
        assertEquals("cagr", Functions.get("CAGR").name());
        assertNull(Functions.get("cagr2"));
        assertEquals(Functions.all().size(), Functions.names().split(", ").length);
    }

    @Test
    void everyFunctionHasASummaryAndDistinctParameterNames() {
        for (Fn f : Functions.all()) {
            assertFalse(f.summary().isBlank(), f.name());
            assertEquals(f.params().size(), f.params().stream().distinct().count(), f.name());
        }
    }
}
