package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared sums: threads adding at once give the exact sums, counts and first positions of adding one by one. */
class GroupSumsTest {
    private record Add(String key, int period, int unit, long unscaled, int scale, long pos) {
    }

    private record Expected(BigDecimal sum, int rows, long pos) {
    }

    @Test
    void threadsSummingAtOnceGiveTheExactSumsOfOneByOne() throws Exception {
        sumsOfOneByOne(random -> "k" + random.nextInt(3000) + "\0" + random.nextInt(3) + "\0");
    }

    /**
     * The threaded sums again, with keys longer than the 16 bytes a group keeps beside its
     * position, alike in those 16 and differing after, or in length only (that such keys are told
     * apart by their bytes and not only by their hash: {@link #keysOfOneHashAreToldApartByTheirBytes}).
     */
    @Test
    void longKeysAlikeInTheirFirstSixteenBytesSumAsOneByOne() throws Exception {
        sumsOfOneByOne(random -> switch (random.nextInt(4)) {
            case 0 -> "0123456789abcdef" + random.nextInt(1000) + "\0x\0";
            case 1 -> "0123456789abcde\0" + random.nextInt(1000) + "\0";
            case 2 -> "0123456789abcdef\0" + "z".repeat(random.nextInt(30)) + "\0";
            default -> "01234567\0" + random.nextInt(100) + "\0";
        });
    }

    /** Every key under one hash: a group is found by its bytes alone, in its first 16 and past them. */
    @Test
    void keysOfOneHashAreToldApartByTheirBytes() {
        GroupSums.Stripe st = new GroupSums.Stripe();
        List<String> keys = new ArrayList<>();
        for (String head : new String[] {"", "0123456", "01234567", "0123456789abcde", "0123456789abcdef", "0123456789abcdefg"}) {
            for (String tail : new String[] {"", "a", "b", "ab", "ba", "a".repeat(20), "a".repeat(19) + "b"}) {
                String k = head + tail + "\0";
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        Map<String, Integer> first = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (String k : keys) {
                byte[] b = k.getBytes(StandardCharsets.UTF_8);
                int g = st.group(b, b.length, 7, round);
                assertEquals(first.computeIfAbsent(k, x -> g), g, k);
            }
        }
        assertEquals(keys.size(), st.groups());
        for (String k : keys) {
            assertEquals(k.substring(0, k.length() - 1), st.key(first.get(k), 1)[0]);
        }
    }

    private void sumsOfOneByOne(java.util.function.Function<Random, String> keys) throws Exception {
        Random random = new Random(12);
        List<Add> adds = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long u = switch (random.nextInt(4)) {
                case 0 -> Long.MAX_VALUE - random.nextInt(1000); // overflows a long when summed
                case 1 -> -random.nextInt(1_000_000);
                default -> random.nextInt(1_000_000_000);
            };
            adds.add(new Add(keys.apply(random), random.nextInt(5), random.nextInt(2), u,
                    random.nextInt(5) - 1, i));
        }
        Map<String, Expected> want = new HashMap<>();
        for (Add a : adds) {
            String slot = a.key() + "|" + a.period() + "|" + a.unit();
            Expected e = want.get(slot);
            BigDecimal v = BigDecimal.valueOf(a.unscaled(), a.scale());
            want.put(slot, e == null ? new Expected(v, 1, a.pos()) : new Expected(e.sum().add(v), e.rows() + 1, Math.min(e.pos(), a.pos())));
        }

        GroupSums sums = new GroupSums();
        int threads = 4;
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            Thread th = new Thread(() -> {
                // each thread takes every 4th add, from the end, so that first positions arrive late
                for (int i = adds.size() - 1 - from; i >= 0; i -= threads) {
                    Add a = adds.get(i);
                    byte[] k = a.key().getBytes(StandardCharsets.UTF_8);
                    int hash = GroupSums.hash(k, k.length);
                    GroupSums.Stripe st = sums.stripe(hash);
                    synchronized (st) {
                        int g = st.group(k, k.length, hash, a.pos());
                        st.add(st.slot(g, a.period(), a.unit(), a.pos()), a.unscaled(), a.scale(), 1);
                    }
                }
            });
            th.start();
            running.add(th);
        }
        for (Thread th : running) {
            th.join();
        }

        Map<String, Expected> got = new HashMap<>();
        long[] ordered = sums.ordered();
        long lastPos = -1;
        for (long id : ordered) {
            GroupSums.Stripe st = sums.stripeAt((int) (id >>> 32));
            int g = (int) id;
            assertEquals(true, st.groupPos(g) > lastPos, "groups in order of first position");
            lastPos = st.groupPos(g);
        }
        sums.index(false);
        for (int n = 0; n < GroupSums.STRIPES; n++) {
            GroupSums.Stripe st = sums.stripeAt(n);
            for (int g = 0; g < st.groups(); g++) {
                String key = String.join("\0", st.key(g, 2)) + "\0";
                for (int s : st.slotsOf(g)) {
                    got.put(key + "|" + st.period(s) + "|" + st.unit(s), new Expected(st.value(s), st.rows(s), st.pos(s)));
                }
            }
        }
        assertEquals(want.size(), got.size());
        for (Map.Entry<String, Expected> e : want.entrySet()) {
            Expected g = got.get(e.getKey());
            assertEquals(0, e.getValue().sum().compareTo(g.sum()), e.getKey());
            assertEquals(e.getValue().rows(), g.rows(), e.getKey());
            assertEquals(e.getValue().pos(), g.pos(), e.getKey());
        }
        assertEquals(want.keySet().stream().map(s -> s.substring(0, s.indexOf('|'))).distinct().count(), ordered.length);
    }
}
