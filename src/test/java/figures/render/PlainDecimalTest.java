package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PlainDecimal writes exactly what BigDecimal#toPlainString writes, on the fast path and beside it. */
class PlainDecimalTest {
    @ParameterizedTest
    @CsvSource({
        "0.1106908537107528062538259006291894",
        "-0.1106908537107528062538259006291894",
        "1234567890123456789",
        "-1234567890123456789",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "1000000000000000000000000000000000",
        "0.000000000000000000000000000000000001",
        "-0.0000000000000000000000000000000000010",
        "85070591730234615865843651857942052863",
        "85070591730234615865843651857942052864",
        "170141183460469231731687303715884105727",
        "1E+30",
        "1.000000000000000000000000000000000E+40",
        "-2.5E-3",
        "0E-40",
        "3.618",
    })
    void theSameTextAsToPlainString(String value) {
        BigDecimal d = new BigDecimal(value);
        assertEquals(d.toPlainString(), PlainDecimal.of(d));
    }

    @Test
    void randomValuesOfEveryLengthAndScale() {
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(140), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal d = new BigDecimal(unscaled, random.nextInt(90) - 20);
            assertEquals(d.toPlainString(), PlainDecimal.of(d), () -> d.unscaledValue() + " scale " + d.scale());
        }
    }

    @Test
    void powersOfTwoAndTenAtTheEdgesOfTheHalves() {
        for (int bits = 60; bits <= 130; bits++) {
            for (int delta = -1; delta <= 1; delta++) {
                BigInteger u = BigInteger.ONE.shiftLeft(bits).add(BigInteger.valueOf(delta));
                for (BigInteger v : new BigInteger[] {u, u.negate(), BigInteger.TEN.pow(bits / 4).add(BigInteger.valueOf(delta))}) {
                    for (int scale : new int[] {-3, 0, 1, 9, 18, 19, 34, 40}) {
                        BigDecimal d = new BigDecimal(v, scale);
                        assertEquals(d.toPlainString(), PlainDecimal.of(d), () -> v + " scale " + scale);
                    }
                }
            }
        }
    }
}
