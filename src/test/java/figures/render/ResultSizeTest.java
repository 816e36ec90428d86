package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Results too large or too small to write out are errors, not megabytes of digits. */
class ResultSizeTest {
    private static ResultTable.Builder table() {
        return ResultTable.builder("t", Column.of("value").withUnit("unit"));
    }

    @Test
    void resultsWithin1ePlusMinus100AreShown() {
        ResultTable t = table().row(new BigDecimal("9.99e100")).row(new BigDecimal("-1e-100")).row(BigDecimal.ZERO.setScale(150))
                .row(Amount.of(new BigDecimal("1e100"), Currency.USD)).row(Percent.of(new BigDecimal("1e-100"))).row("1e999999").build();
        assertEquals(6, t.rows().size());
        String csv = new Renderer(new Renderer.Options(Format.CSV, 4, false, false)).render(t);
        // written out in full, exactly: 101 digits, 100 decimals, 150 zeros, a percent of 1e-100 %
        assertEquals(java.util.List.of("value,unit", "999" + "0".repeat(98) + ",", "-0." + "0".repeat(99) + "1,", "0." + "0".repeat(150) + ",",
                "1" + "0".repeat(100) + ",", "0." + "0".repeat(99) + "1,%", "1e999999,"), csv.lines().toList());
    }

    @Test
    void largerOrSmallerResultsAreAnErrorThatSaysHowLarge() {
        CalcException big = assertThrows(CalcException.class, () -> table().row(new BigDecimal("1.30867e41392686")));
        assertEquals("a result is out of range: about 1.309e+41392686 (results are shown within 1e±100; check the inputs)", big.getMessage());
        assertThrows(CalcException.class, () -> table().row(Amount.of(new BigDecimal("1e101"), Currency.USD)));
        assertThrows(CalcException.class, () -> table().row(Percent.of(new BigDecimal("-2e-101"))));
        assertThrows(CalcException.class, () -> table().row(new BigDecimal("1.5").setScale(201)));
    }

    @Test
    void aNoteRepeatedOnManyRowsIsKeptOnce() {
        ResultTable.Builder b = table();
        for (int i = 0; i < 3; i++) {
            b.note("same").note("other " + (i % 2));
        }
        assertEquals(java.util.List.of("same", "other 0", "other 1"), b.build().notes());
    }
}
