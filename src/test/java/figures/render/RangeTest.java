package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RangeTest {
    private static Range amounts(String lo, String hi) {
        return new Range(Amount.parse(lo), Amount.parse(hi));
    }

    @Test
    void bothEndsOnOneScaleRoundedOutward() {
        // 13.4bn × (1 − 73%) with the inputs' precision: [3.53775, 3.69875] bn
        assertEquals("3.537–3.699 bn USD", HumanNumbers.range(amounts("3.53775bn USD", "3.69875bn USD"), 4));
        // rounded outward: the shown range contains the computed one, even when half-up would shrink it
        assertEquals("9.99–10.01 bn USD", HumanNumbers.range(amounts("9.9999bn USD", "10.0001bn USD"), 4));
    }

    @Test
    void zerosSharedAtTheEndAreLeftOutButBothEndsKeepOnePlace() {
        assertEquals("42–44 m USD", HumanNumbers.range(amounts("42m USD", "44m USD"), 4));
        assertEquals("11.19–12.00%", HumanNumbers.range(new Range(Percent.parse("11.1905"), Percent.parse("11.9999")), 4));
    }

    @Test
    void oneValueWhenBothEndsShowTheSame() {
        assertEquals("3.618 bn USD", HumanNumbers.range(amounts("3.618bn USD", "3.618bn USD"), 4));
    }

    @Test
    void negativeEndsAreJoinedWithTo() {
        assertEquals("-2 to 3", HumanNumbers.range(new Range(new BigDecimal("-2"), new BigDecimal("3")), 4));
    }

    @Test
    void machineFormatsWriteTwoExactColumns() {
        ResultTable t = ResultTable.builder("t", Column.of("figure"), Column.money("computed", "currency"), Column.range("inputs_allow"))
                .row("remaining", Amount.parse("3.618bn USD"), amounts("3.53775bn USD", "3.69875bn USD"))
                .row("debt", Amount.parse("13.4bn USD"), null)
                .build();
        String csv = new Renderer(new Renderer.Options(Format.CSV, 4, false, false)).render(t);
        assertEquals("figure,computed,currency,inputs_allow_low,inputs_allow_high\n"
                + "remaining,3618000000,USD,3537750000,3698750000\ndebt,13400000000,USD,,\n", csv);
        String table = new Renderer(Renderer.Options.defaults()).render(t);
        assertTrue(table.contains("3.537–3.699 bn USD"), table);
    }

    @Test
    void aRangeIsTwoValuesOfOneKind() {
        assertThrows(IllegalArgumentException.class, () -> new Range(Amount.parse("1 USD"), Percent.parse("1%")));
    }
}
