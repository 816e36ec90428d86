package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one amount grammar of the series reader, read from text (the strict path) and from bytes
 * (the bulk path): on generated inputs, both accept the same cells, and what they accept is
 * exactly (value and scale) what {@link Amount#parse} gives.
 */
class PlainAmountTest {
    /** Digits and signs most of the time, so that many inputs are amounts; then anything near one, and non-ASCII look-alikes. */
    private static final String ALPHABET = "0123456789.+-kmbtnKMBTN e_,%$\u212a\uff11\u0661\u00a0\u200b\u00b7";

    @Test
    void textAndBytesAgreeWithEachOtherAndWithAmountParse() {
        PlainAmount text = new PlainAmount();
        PlainAmount bytes = new PlainAmount();
        Random random = new Random(7);
        int accepted = 0;
        for (int i = 0; i < 300_000; i++) {
            String s = generated(random);
            byte[] b = ("<" + s + ">").getBytes(StandardCharsets.UTF_8); // a cell inside a block: read between its edges
            boolean byText = text.read(s);
            boolean byBytes = bytes.read(b, 1, b.length - 1);
            assertEquals(byText, byBytes, "text and bytes paths differ on '" + s + "'");
            if (!byText) {
                continue;
            }
            accepted++;
            assertEquals(text.unscaled(), bytes.unscaled(), s);
            assertEquals(text.scale(), bytes.scale(), s);
            BigDecimal want;
            try {
                want = Amount.parse(s).value();
            } catch (CalcException e) {
                throw new AssertionError("read as plain but Amount.parse rejects '" + s + "'", e);
            }
            assertEquals(want, BigDecimal.valueOf(text.unscaled(), text.scale()), "value and scale of '" + s + "'");
        }
        assertTrue(accepted > 20_000, "few inputs were plain amounts: " + accepted);
    }

    private static String generated(Random random) {
        StringBuilder b = new StringBuilder();
        int len = random.nextInt(12);
        for (int k = 0; k < len; k++) {
            b.append(ALPHABET.charAt(random.nextInt(random.nextInt(4) > 0 ? 10 : ALPHABET.length())));
        }
        if (random.nextInt(5) == 0) {
            b.append(new String[] {"k", "m", "mn", "b", "bn", "tn", "K", "MN", "Bn", "tN"}[random.nextInt(10)]);
        }
        return b.toString();
    }

    @Test
    void theFormsOfTheGrammar() {
        PlainAmount p = new PlainAmount();
        for (String plain : List.of("95m", "1.4bn", "123.45", "-7", "+0.5", ".5", "12K", "3mn", "2tn", "2B", "999999999999999999")) {
            assertTrue(p.read(plain), plain);
        }
        assertTrue(p.read("1.4bn"));
        assertEquals(14, p.unscaled());
        assertEquals(-8, p.scale());
        for (String other : List.of("13.", "95m USD", "1e9", "1_000", "", "-", "12 m", "5%", "1.2.3", "1234567890123456789",
                "5\u212a", "\uff11", "2bnn", "1kn")) {
            assertFalse(p.read(other), other);
        }
    }
}
