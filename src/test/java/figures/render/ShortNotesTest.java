package figures.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNotesTest {
    private static List<String> notes(ShortNotes n, int items) {
        for (int i = 1; i <= items; i++) {
            n.add("G" + i);
        }
        ResultTable.Builder t = ResultTable.builder("t", Column.of("x"));
        n.emit(t);
        return t.build().notes();
    }

    @Test
    void eachItemIsANoteUpToFiveThenHowManyMore() {
        assertEquals(List.of(), notes(ShortNotes.each(), 0));
        assertEquals(List.of("G1", "G2"), notes(ShortNotes.each(), 2));
        assertEquals(List.of("G1", "G2", "G3", "G4", "G5", "… and 3 more like these"), notes(ShortNotes.each(), 8));
    }

    @Test
    void namingItemsIsOneNoteWithTheCount() {
        ShortNotes one = ShortNotes.naming("has one observation", "groups have one observation");
        assertEquals(List.of("G1 has one observation"), notes(one, 1));
        assertEquals(List.of("G1, G2: 2 groups have one observation"),
                notes(ShortNotes.naming("has one observation", "groups have one observation"), 2));
        assertEquals(List.of("G1, G2, G3, G4, G5 and 2 more: 7 groups have one observation"),
                notes(ShortNotes.naming("has one observation", "groups have one observation"), 7));
    }

    @Test
    void notesGatheredInPartsAndAddedUpAreTheNotesGatheredInOne() {
        for (int split = 0; split <= 9; split++) {
            ShortNotes whole = ShortNotes.naming("has one observation", "groups have one observation");
            ShortNotes first = ShortNotes.naming("has one observation", "groups have one observation");
            ShortNotes second = ShortNotes.naming("has one observation", "groups have one observation");
            for (int i = 1; i <= 9; i++) {
                whole.add("G" + i);
                (i <= split ? first : second).add("G" + i);
            }
            first.add(second);
            ResultTable.Builder a = ResultTable.builder("t", Column.of("x"));
            ResultTable.Builder b = ResultTable.builder("t", Column.of("x"));
            whole.emit(a);
            first.emit(b);
            assertEquals(a.build().notes(), b.build().notes(), "split after " + split);
        }
    }
}
