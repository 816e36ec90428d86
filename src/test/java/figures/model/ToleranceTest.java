package figures.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    @Test
    void parsesTheThreeKinds() {
        Tolerance rel = Tolerance.parse("±0.5%");
        assertEquals(Tolerance.Kind.RELATIVE, rel.kind());
        assertEquals(0, new BigDecimal("0.005").compareTo(rel.width()));
        Tolerance abs = Tolerance.parse("+-0.01bn USD");
        assertEquals(Tolerance.Kind.ABSOLUTE, abs.kind());
        assertEquals(0, new BigDecimal("10000000").compareTo(abs.width()));
        assertEquals("USD", abs.currency().code());
        Tolerance pp = Tolerance.parse("0.1pp");
        assertEquals(Tolerance.Kind.POINTS, pp.kind());
        assertEquals(0, new BigDecimal("0.001").compareTo(pp.width()));
        assertEquals(Tolerance.Kind.ABSOLUTE, Tolerance.parse("±0").kind());
    }

    @Test
    void aroundTheClaimedValue() {
        Interval r = Tolerance.parse("±0.5%").around(new BigDecimal("100"));
        assertEquals(0, new BigDecimal("99.5").compareTo(r.lo()));
        assertEquals(0, new BigDecimal("100.5").compareTo(r.hi()));
    }

    @Test
    void rejectsWhatIsNotATolerance() {
        for (String bad : new String[] {"", "±", "-1%", "abc", "±1bn USD@2002", "±x pp"}) {
            CalcException e = assertThrows(CalcException.class, () -> Tolerance.parse(bad), bad);
            assertEquals(true, e.getMessage().contains("is not a tolerance"), e.getMessage());
        }
    }
}
