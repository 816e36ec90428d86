package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.Amount;
import figures.model.CalcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A table given in parts renders exactly as the same table given row by row, in every format. */
class ResultTablePartsTest {
    private static final int PARTS = 40;
    private static final int ROWS = 300;

    private static Column[] columns() {
        return new Column[] {Column.of("name"), Column.money("value", "currency"), Column.of("n")};
    }

    private static Object[] row(int i) {
        return new Object[] {"row, " + i, Amount.parse(i + ".25 USD"), (long) i};
    }

    /** The same rows as {@link #parted}, row by row, with the notes and steps it would add. */
    private static ResultTable whole() {
        ResultTable.Builder b = ResultTable.builder("t", columns()).note("head note");
        for (int i = 0; i < PARTS * ROWS; i++) {
            b.row(row(i));
        }
        for (int p = 0; p < PARTS; p++) {
            b.step("part " + p);
        }
        return b.note("rows: " + PARTS * ROWS).build();
    }

    /** Parts of {@value #ROWS} rows; each tells its row count and a step; {@code failing} parts throw. */
    private static ResultTable parted(boolean parallel, Set<Integer> failing, Set<String> threads, AtomicInteger computed) {
        return parted(parallel, failing, threads, computed, new CountDownLatch(0));
    }

    /**
     * {@code meet}: each part counts it down and waits (up to 10 s) until it is at zero, so with a
     * count of 2 the first part waits for a second thread to take another part: a parallel renderer
     * is seen to use two threads however the machine's load schedules them (a single thread would
     * wait out the 10 s and be seen alone).
     */
    private static ResultTable parted(boolean parallel, Set<Integer> failing, Set<String> threads, AtomicInteger computed,
                                      CountDownLatch meet) {
        return ResultTable.builder("t", columns()).note("head note").build(new ResultTable.Parts<Integer>() {
            @Override
            public int count() {
                return PARTS;
            }

            @Override
            public boolean parallel() {
                return parallel;
            }

            @Override
            public ResultTable.Part<Integer> compute(int p) {
                computed.incrementAndGet();
                threads.add(Thread.currentThread().getName());
                meet.countDown();
                try {
                    meet.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (failing.contains(p)) {
                    throw new CalcException("part " + p + " fails");
                }
                List<Object[]> rows = new ArrayList<>();
                for (int i = p * ROWS; i < (p + 1) * ROWS; i++) {
                    rows.add(row(i));
                }
                return new ResultTable.Part<>(rows, p);
            }

            @Override
            public void finish(List<Integer> told, ResultTable.Builder tail) {
                int rows = 0;
                for (int i = 0; i < told.size(); i++) {
                    assertEquals(i, told.get(i), "what the parts told comes in part order");
                    tail.step("part " + told.get(i));
                    rows += ROWS;
                }
                tail.note("rows: " + rows);
            }
        });
    }

    @Test
    void aTableInPartsRendersAsTheSameTableRowByRowInEveryFormat() {
        for (boolean parallel : new boolean[] {true, false}) {
            for (Format f : Format.values()) {
                Renderer r = new Renderer(new Renderer.Options(f, 4, true, false));
                ResultTable parts = parted(parallel, Set.of(), ConcurrentHashMap.newKeySet(), new AtomicInteger());
                assertTrue(parts.inParts());
                assertEquals(r.render(whole()), r.render(parts), f + (parallel ? " in parallel" : " in order"));
                assertEquals(whole().notes(), parts.notes(), "head notes, then those of finish");
                assertEquals(whole().steps(), parts.steps());
            }
        }
    }

    @Test
    void rowsAndNotesOfATableInPartsAreComputedWhenAskedFor() {
        AtomicInteger computed = new AtomicInteger();
        ResultTable parts = parted(false, Set.of(), ConcurrentHashMap.newKeySet(), computed);
        assertEquals(0, computed.get(), "nothing computed before it is needed");
        assertEquals(List.of("head note", "rows: " + PARTS * ROWS), parts.notes());
        assertEquals(PARTS, computed.get());
        assertEquals(whole().rows(), parts.rows());
        assertSame(parts.rows(), parts.rows(), "computed once");
        assertEquals(PARTS, computed.get());
    }

    @Test
    void partsRunOnSeveralThreadsWhenAllowedAndInOrderWhenNot() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        new Renderer(new Renderer.Options(Format.CSV, 4, false, false)).render(parted(false, Set.of(), threads, new AtomicInteger()));
        assertEquals(Set.of(Thread.currentThread().getName()), threads, "in order, on the caller's thread");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            Set<String> many = ConcurrentHashMap.newKeySet();
            new Renderer(new Renderer.Options(Format.CSV, 4, false, false)).render(parted(true, Set.of(), many, new AtomicInteger(), new CountDownLatch(2)));
            assertTrue(many.size() > 1, "parallel parts ran on " + many);
        }
    }

    @Test
    void theErrorIsTheFirstFailingPartsAndNothingIsWrittenBeforeIt() {
        for (boolean parallel : new boolean[] {true, false}) {
            for (Format f : List.of(Format.CSV, Format.TSV, Format.JSON)) {
                StringBuilder out = new StringBuilder();
                AtomicInteger computed = new AtomicInteger();
                ResultTable t = parted(parallel, Set.of(7, 31), ConcurrentHashMap.newKeySet(), computed);
                CalcException e = assertThrows(CalcException.class,
                        () -> new Renderer(new Renderer.Options(f, 4, false, false)).render(t, out));
                assertEquals("part 7 fails", e.getMessage(), f + ": the first failing part in part order");
                assertEquals("", out.toString(), f + ": nothing written");
                if (!parallel) {
                    assertEquals(8, computed.get(), "in order, the parts after a failure are not computed");
                }
            }
        }
    }

    @Test
    void rowsOfAPartAreCheckedAsBuilderRowsAre() {
        ResultTable t = ResultTable.builder("t", Column.of("a"), Column.of("b")).build(new ResultTable.Parts<Void>() {
            @Override
            public int count() {
                return 1;
            }

            @Override
            public boolean parallel() {
                return false;
            }

            @Override
            public ResultTable.Part<Void> compute(int i) {
                return new ResultTable.Part<>(List.<Object[]>of(new Object[] {"only one cell"}), null);
            }

            @Override
            public void finish(List<Void> told, ResultTable.Builder tail) {
            }
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, t::rows);
        assertTrue(e.getMessage().contains("row has 1 cells for 2 columns"), e.getMessage());
        assertFalse(ResultTable.builder("t", Column.of("a")).build().inParts());
    }
}
