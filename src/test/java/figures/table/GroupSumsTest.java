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
        Random random = new Random(12);
        List<Add> adds = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long u = switch (random.nextInt(4)) {
                case 0 -> Long.MAX_VALUE - random.nextInt(1000); // overflows a long when summed
                case 1 -> -random.nextInt(1_000_000);
                default -> random.nextInt(1_000_000_000);
            };
            adds.add(new Add("k" + random.nextInt(3000) + "\0" + random.nextInt(3) + "\0", random.nextInt(5), random.nextInt(2), u,
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
            GroupSums.Stripe st = sums.stripes[(int) (id >>> 32)];
            int g = (int) id;
            assertEquals(true, st.groupPos(g) > lastPos, "groups in order of first position");
            lastPos = st.groupPos(g);
        }
        for (GroupSums.Stripe st : sums.stripes) {
            st.index();
            for (int g = 0; g < st.groups; g++) {
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
