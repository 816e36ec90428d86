package figures.table;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The group table of one read of a series table, shared by all its reader threads: per group (by
 * the bytes of its key cells) and per period and unit, the exact sum, the number of rows and the
 * position of the first row; per group its first position and up to
 * {@value #MAX_SOURCES} sources.
 *
 * <p>Everything lives in flat arrays of a few {@link Stripe}s, not in an object per group or per
 * sum: a million groups of ten years are ten million sums, and objects would cost twice the memory
 * and most of the garbage collector's time. The groups are split among the stripes by the hash of
 * their key, and each stripe is guarded by its own lock, so the reader threads sum into one table
 * (no per-thread copies, no merge at the end) and rarely wait for each other.
 *
 * <p>A sum is an unscaled {@code long} at a scale while it fits, then a {@code BigDecimal}.
 * Periods and units are {@link Codes}; a position is where a record starts ({@link BlockScanner#pos}, or a line).
 */
final class GroupSums {
    /** Stripes: a power of two; the top bits of a key's hash choose one. */
    static final int STRIPES = 64;
    /** Sources kept per group. */
    static final int MAX_SOURCES = 3;
    private static final int STRIPE_SHIFT = 32 - Integer.numberOfTrailingZeros(STRIPES);
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final Stripe[] stripes = new Stripe[STRIPES];

    /** {@code a·10^-as + b·10^-bs} as an unscaled long at scale max(as, bs), exactly; ArithmeticException when it does not fit. */
    static long sumAt(long a, int as, long b, int bs) {
        if (as == bs) {
            return Math.addExact(a, b);
        }
        return bs > as ? Math.addExact(Math.multiplyExact(a, pow10(bs - as)), b) : Math.addExact(a, Math.multiplyExact(b, pow10(as - bs)));
    }

    /** 10^n as a long; ArithmeticException when it does not fit. */
    static long pow10(int n) {
        if (n < 0 || n >= POW10.length) {
            throw new ArithmeticException("scale");
        }
        return POW10[n];
    }

    GroupSums() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** The stripe of a key's hash ({@link #hash}). */
    Stripe stripe(int hash) {
        return stripes[hash >>> STRIPE_SHIFT];
    }

    /** A hash of the key bytes, mixed (keys differ in a few letters; linear probing and the stripes need them spread). */
    static int hash(byte[] k, int len) {
        long h = 0x9E3779B97F4A7C15L ^ len;
        for (int i = 0; i < len; i++) {
            h = (h ^ k[i]) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Stripe number {@code n} (0 to {@link #STRIPES} - 1). */
    Stripe stripeAt(int n) {
        return stripes[n];
    }

    /** Groups in all stripes. */
    int groups() {
        int n = 0;
        for (Stripe s : stripes) {
            n += s.groups;
        }
        return n;
    }

    /** Whether any group has a source. */
    boolean sourced() {
        for (Stripe s : stripes) {
            if (s.sources != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * After reading: {@link Stripe#index}es every stripe (on all cores when {@code parallel}) and
     * returns the number of cells, distinct periods of a group summed over the groups.
     */
    long index(boolean parallel) {
        java.util.stream.Stream<Stripe> all = Arrays.stream(stripes);
        return (parallel ? all.parallel() : all).mapToLong(st -> {
            st.index();
            long n = 0;
            for (int g = 0; g < st.groups; g++) {
                n += st.periods(g);
            }
            return n;
        }).sum();
    }

    /**
     * The groups and sums of a share of the keys. Callers hold the stripe's lock
     * ({@code synchronized (stripe)}) around every call while reader threads run; afterwards
     * (the threads joined) it is read without.
     */
    static final class Stripe {
        // Each record touches few cache lines: what is looked at together is stored together.

        // ---- groups: key bytes (NUL-joined cells) in one pool, found by open addressing
        private int groups;
        /** Pairs: group + 1 (0: empty), the key's hash. */
        private int[] groupTable = new int[32];
        /**
         * Per group, four, in one cache line's half: {@code keyStart << 32 | keyEnd} in
         * {@link #keyPool}, the position of its first row, and the
         * key's first 16 bytes ({@link #head}), so a key of up to 16 bytes is matched here without
         * a look into the pool.
         */
        private long[] groupInfo = new long[16];
        private byte[] keyPool = new byte[128];
        /** Per group, {@value #MAX_SOURCES} each: sources and the position where each was first seen; null until one is. */
        private String[] sources;
        private long[] sourcePos;

        // ---- sums: one slot per group, period and unit, found by open addressing
        int slots;
        /**
         * Slot + 1 in the low bits (those of the table's mask; 0: empty), the high bits of the
         * slot's hash above them: a probe past another slot's entry is told apart here, without a
         * look at that slot's key (a million groups' sums are a new slot on nearly every row).
         */
        private int[] slotTable = new int[16];
        /** Per slot, three: group, period code, unit code. */
        private int[] slotKey = new int[24];
        /** Per slot, three: unscaled sum, position of the first row, {@code rows << 32 | scale}. */
        private long[] slotData = new long[24];
        /** Per slot, once its sum has outgrown a long; null until one has. */
        private BigDecimal[] big;

        // ---- after reading: each group's slots ({@link #index})
        private int[] firstSlot;

        /** The group of a key ({@code k[0, len)}, hash {@code hash}), added when new; its first position lowered to {@code pos}. */
        int group(byte[] k, int len, int hash, long pos) {
            int mask = (groupTable.length >> 1) - 1;
            int at = hash & mask;
            long head0 = head(k, 0, len);
            long head1 = head(k, 8, len);
            for (int e; (e = groupTable[2 * at] - 1) >= 0; at = (at + 1) & mask) {
                if (groupTable[2 * at + 1] == hash) {
                    int r = 4 * e;
                    long info = groupInfo[r];
                    int from = (int) (info >>> 32);
                    int to = (int) info;
                    if (to - from == len && groupInfo[r + 2] == head0 && groupInfo[r + 3] == head1
                            && (len <= 16 || Arrays.equals(keyPool, from + 16, to, k, 16, len))) {
                        if (pos < groupInfo[r + 1]) {
                            groupInfo[r + 1] = pos;
                        }
                        return e;
                    }
                }
            }
            int g = groups;
            if (4 * g == groupInfo.length) {
                groupInfo = Arrays.copyOf(groupInfo, 8 * g);
                if (sources != null) {
                    sources = Arrays.copyOf(sources, MAX_SOURCES * 2 * g);
                    sourcePos = Arrays.copyOf(sourcePos, MAX_SOURCES * 2 * g);
                }
            }
            int from = g == 0 ? 0 : (int) groupInfo[4 * (g - 1)];
            if (from + len > keyPool.length) {
                keyPool = Arrays.copyOf(keyPool, Math.max(from + len, 2 * keyPool.length));
            }
            System.arraycopy(k, 0, keyPool, from, len);
            groupInfo[4 * g] = (long) from << 32 | (from + len);
            groupInfo[4 * g + 1] = pos;
            groupInfo[4 * g + 2] = head0;
            groupInfo[4 * g + 3] = head1;
            groups = g + 1;
            groupTable[2 * at] = g + 1;
            groupTable[2 * at + 1] = hash;
            if (4 * groups > groupTable.length) { // over half full: twice the size
                int[] old = groupTable;
                groupTable = new int[2 * old.length];
                int m = (groupTable.length >> 1) - 1;
                for (int i = 0; i < old.length; i += 2) {
                    if (old[i] != 0) {
                        int a = old[i + 1] & m;
                        while (groupTable[2 * a] != 0) {
                            a = (a + 1) & m;
                        }
                        groupTable[2 * a] = old[i];
                        groupTable[2 * a + 1] = old[i + 1];
                    }
                }
            }
            return g;
        }

        /**
         * Reads the table entry where a key of this hash is looked for first, without the stripe's
         * lock: a hint that brings it into the cache (a racing resize makes it a read of the old
         * table, which is harmless). Returns what it read.
         */
        int touch(int hash) {
            int[] t = groupTable;
            return t == null ? 0 : t[2 * (hash & ((t.length >> 1) - 1))];
        }

        /** Up to eight bytes of {@code k[from, len)}, little-endian, 0 past its end. */
        private static long head(byte[] k, int from, int len) {
            long h = 0;
            for (int i = Math.min(len, from + 8) - 1; i >= from; i--) {
                h = h << 8 | (k[i] & 0xff);
            }
            return h;
        }

        /** Groups in this stripe. */
        int groups() {
            return groups;
        }

        /** The position of a group's first row. */
        long groupPos(int g) {
            return groupInfo[4 * g + 1];
        }

        /** A group's key cells, decoded. */
        String[] key(int g, int cells) {
            String[] key = new String[cells];
            int from = (int) (groupInfo[4 * g] >>> 32);
            for (int i = 0; i < cells; i++) {
                int to = from;
                while (keyPool[to] != 0) {
                    to++;
                }
                key[i] = new String(keyPool, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
                from = to + 1;
            }
            return key;
        }

        private static int slotHash(int group, int period, int unit) {
            long h = ((long) group << 32 | (period & 0xFFFF_FFFFL)) * 0x9E3779B97F4A7C15L + unit * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            return (int) (h ^ (h >>> 32));
        }

        /** The slot of a group, period and unit, added when new; its first position lowered to {@code pos}. */
        int slot(int group, int period, int unit, long pos) {
            int mask = slotTable.length - 1;
            int hash = slotHash(group, period, unit);
            int tag = hash & ~mask;
            int at = hash & mask;
            for (int v = slotTable[at]; v != 0; at = (at + 1) & mask, v = slotTable[at]) {
                int e = (v & mask) - 1;
                if ((v & ~mask) == tag && slotKey[3 * e] == group && slotKey[3 * e + 1] == period && slotKey[3 * e + 2] == unit) {
                    if (pos < slotData[3 * e + 1]) {
                        slotData[3 * e + 1] = pos;
                    }
                    return e;
                }
            }
            int s = slots;
            if (3 * s == slotKey.length) {
                int n = s + Math.max(8, s / 2); // by half again: less room left unused at the end than doubling
                slotKey = Arrays.copyOf(slotKey, 3 * n);
                slotData = Arrays.copyOf(slotData, 3 * n);
                if (big != null) {
                    big = Arrays.copyOf(big, n);
                }
            }
            slotKey[3 * s] = group;
            slotKey[3 * s + 1] = period;
            slotKey[3 * s + 2] = unit;
            slotData[3 * s] = 0;
            slotData[3 * s + 1] = pos;
            slotData[3 * s + 2] = 0;
            slots = s + 1;
            slotTable[at] = tag | (s + 1); // s + 1 <= length / 2 + 1: within the mask
            if (2 * slots > slotTable.length) {
                slotTable = new int[2 * slotTable.length];
                int m = slotTable.length - 1;
                for (int e = 0; e < slots; e++) {
                    int h = slotHash(slotKey[3 * e], slotKey[3 * e + 1], slotKey[3 * e + 2]);
                    int a = h & m;
                    while (slotTable[a] != 0) {
                        a = (a + 1) & m;
                    }
                    slotTable[a] = (h & ~m) | (e + 1);
                }
            }
            return s;
        }

        /** Adds {@code u·10^-s}, the sum of {@code n} rows, to slot {@code i}, exactly. */
        void add(int i, long u, int s, int n) {
            int at = 3 * i;
            long tag = slotData[at + 2];
            int before = (int) (tag >>> 32);
            if (before > Integer.MAX_VALUE - n) {
                throw new IllegalStateException("more than " + Integer.MAX_VALUE + " rows in one group and period");
            }
            long counted = (long) (before + n) << 32;
            if (before == 0) {
                slotData[at] = u;
                slotData[at + 2] = counted | (s & 0xFFFF_FFFFL);
                return;
            }
            int scale = (int) tag;
            slotData[at + 2] = counted | (scale & 0xFFFF_FFFFL);
            if (big != null && big[i] != null) {
                big[i] = big[i].add(BigDecimal.valueOf(u, s));
                return;
            }
            long unscaled = slotData[at];
            try {
                slotData[at] = sumAt(unscaled, scale, u, s);
                if (s > scale) {
                    slotData[at + 2] = counted | (s & 0xFFFF_FFFFL);
                }
            } catch (ArithmeticException overflow) {
                bigs()[i] = BigDecimal.valueOf(unscaled, scale).add(BigDecimal.valueOf(u, s));
            }
        }

        /** Adds {@code v} to slot {@code i}, exactly. */
        void add(int i, BigDecimal v) {
            if (v.precision() <= 18) {
                add(i, v.unscaledValue().longValue(), v.scale(), 1);
            } else {
                int before = rows(i);
                BigDecimal total = before == 0 ? v : value(i).add(v);
                slotData[3 * i + 2] = (long) (before + 1) << 32 | (slotData[3 * i + 2] & 0xFFFF_FFFFL);
                bigs()[i] = total;
            }
        }

        private BigDecimal[] bigs() {
            if (big == null) {
                big = new BigDecimal[slotKey.length / 3];
            }
            return big;
        }

        BigDecimal value(int i) {
            if (big != null && big[i] != null) {
                return big[i];
            }
            return rows(i) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(slotData[3 * i], (int) slotData[3 * i + 2]);
        }

        int rows(int i) {
            return (int) (slotData[3 * i + 2] >>> 32);
        }

        long pos(int i) {
            return slotData[3 * i + 1];
        }

        int period(int i) {
            return slotKey[3 * i + 1];
        }

        int unit(int i) {
            return slotKey[3 * i + 2];
        }

        /** Keeps a group's first {@value #MAX_SOURCES} distinct sources in file order (whichever thread saw them). */
        void source(int g, String s, long pos) {
            if (s.isEmpty()) {
                return;
            }
            int n = MAX_SOURCES;
            if (sources == null) {
                sources = new String[n * groupInfo.length / 4];
                sourcePos = new long[n * groupInfo.length / 4];
            }
            int base = n * g;
            int latest = -1;
            for (int i = base; i < base + n; i++) {
                if (sources[i] == null) {
                    sources[i] = s;
                    sourcePos[i] = pos;
                    return;
                }
                if (sources[i].equals(s)) {
                    sourcePos[i] = Math.min(sourcePos[i], pos);
                    return;
                }
                if (latest < 0 || sourcePos[i] > sourcePos[latest]) {
                    latest = i;
                }
            }
            if (pos < sourcePos[latest]) {
                sources[latest] = s;
                sourcePos[latest] = pos;
            }
        }

        /** A group's sources in file order. */
        java.util.List<String> sources(int g) {
            if (sources == null) {
                return java.util.List.of();
            }
            int n = MAX_SOURCES;
            String[] found = new String[n];
            long[] at = new long[n];
            int k = 0;
            for (int i = n * g; i < n * g + n; i++) {
                if (sources[i] != null) {
                    int j = k++;
                    while (j > 0 && at[j - 1] > sourcePos[i]) { // insertion sort: at most three
                        found[j] = found[j - 1];
                        at[j] = at[j - 1];
                        j--;
                    }
                    found[j] = sources[i];
                    at[j] = sourcePos[i];
                }
            }
            return java.util.List.of(Arrays.copyOf(found, k));
        }

        /**
         * After reading: puts each group's slots next to each other (in the order they were
         * added), for {@link #slotsOf}. A slot's sums were written where the table was when the
         * slot was added, a million slots apart for a group seen once a year; side by side, a
         * group's slots are read from one or two cache lines instead of one each. Slot numbers
         * change here; the arrays shrink to fit.
         */
        void index() {
            firstSlot = new int[groups + 1];
            for (int s = 0; s < slots; s++) {
                firstSlot[slotKey[3 * s] + 1]++;
            }
            for (int g = 0; g < groups; g++) {
                firstSlot[g + 1] += firstSlot[g];
            }
            int[] next = Arrays.copyOf(firstSlot, groups);
            int[] key = new int[3 * slots];
            long[] data = new long[3 * slots];
            BigDecimal[] bigs = big == null ? null : new BigDecimal[slots];
            for (int s = 0; s < slots; s++) {
                int slot = next[slotKey[3 * s]]++;
                int to = 3 * slot;
                int from = 3 * s; // three of each, stored one by one (a copy call each would cost more than the stores)
                key[to] = slotKey[from];
                key[to + 1] = slotKey[from + 1];
                key[to + 2] = slotKey[from + 2];
                data[to] = slotData[from];
                data[to + 1] = slotData[from + 1];
                data[to + 2] = slotData[from + 2];
                if (bigs != null) {
                    bigs[slot] = big[s];
                }
            }
            slotKey = key;
            slotData = data;
            big = bigs;
            slotTable = null; // no more lookups
            groupTable = null;
        }

        /** A group's slots, after {@link #index}. */
        int[] slotsOf(int g) {
            int from = firstSlot[g];
            int[] slots = new int[firstSlot[g + 1] - from];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = from + i;
            }
            return slots;
        }

        /** How many distinct periods a group's slots cover (a period in two units has two slots), after {@link #index}. */
        int periods(int g) {
            int from = firstSlot[g];
            int to = firstSlot[g + 1];
            if (to - from > 16) {
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                for (int i = from; i < to; i++) {
                    seen.add(period(i));
                }
                return seen.size();
            }
            int count = 0;
            for (int i = from; i < to; i++) {
                boolean first = true;
                for (int j = from; j < i && first; j++) {
                    first = period(j) != period(i);
                }
                count += first ? 1 : 0;
            }
            return count;
        }
    }

    /**
     * The groups of all stripes in order of first position: {@code stripe << 32 | group} each.
     * Positions are unique (a row belongs to one group), so the order is total.
     */
    long[] ordered() {
        int n = groups();
        long[] ids = new long[n];
        long[] keys = new long[n];
        int k = 0;
        for (int s = 0; s < STRIPES; s++) {
            Stripe st = stripes[s];
            for (int g = 0; g < st.groups; g++) {
                ids[k] = (long) s << 32 | g;
                keys[k++] = st.groupPos(g);
            }
        }
        sort(keys, ids, new long[n], new long[n], 0, n);
        return ids;
    }

    /** Sorts {@code ids[from, to)} by {@code keys}, a merge sort on the primitive arrays (tmp arrays of the same length). */
    private static void sort(long[] keys, long[] ids, long[] tk, long[] ti, int from, int to) {
        if (to - from < 24) {
            for (int i = from + 1; i < to; i++) {
                long k = keys[i];
                long id = ids[i];
                int j = i;
                for (; j > from && keys[j - 1] > k; j--) {
                    keys[j] = keys[j - 1];
                    ids[j] = ids[j - 1];
                }
                keys[j] = k;
                ids[j] = id;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(keys, ids, tk, ti, from, mid);
        sort(keys, ids, tk, ti, mid, to);
        if (keys[mid - 1] <= keys[mid]) {
            return;
        }
        System.arraycopy(keys, from, tk, from, to - from);
        System.arraycopy(ids, from, ti, from, to - from);
        for (int i = from, a = from, b = mid; i < to; i++) {
            if (b >= to || (a < mid && tk[a] <= tk[b])) {
                keys[i] = tk[a];
                ids[i] = ti[a++];
            } else {
                keys[i] = tk[b];
                ids[i] = ti[b++];
            }
        }
    }
}
