package figures.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes about many items (groups of a big table), kept short: the first few named, then how many
 * more. Either one note per item, or one note naming the items: "A has one observation", "A, B: 2
 * groups have one observation".
 */
public final class ShortNotes {
    static final int SHOWN = 5;
    private final String one;
    private final String many;
    private final List<String> items = new ArrayList<>();
    private int count;

    private ShortNotes(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** One note per item, the first {@value #SHOWN}, then "… and N more like these". */
    public static ShortNotes each() {
        return new ShortNotes("", "");
    }

    /** One note naming the items: {@code "A " + one}, or {@code "A, B and 3 more: 5 " + many}. */
    public static ShortNotes naming(String one, String many) {
        return new ShortNotes(one, many);
    }

    public void add(String item) {
        if (items.size() < SHOWN) {
            items.add(item);
        }
        count++;
    }

    /** Adds another's items after these, as if each had been added here: the merge of notes gathered in parts. */
    public void add(ShortNotes other) {
        for (String item : other.items) {
            if (items.size() < SHOWN) {
                items.add(item);
            }
        }
        count += other.count;
    }

    public void emit(ResultTable.Builder t) {
        if (count == 0) {
            return;
        }
        if (one.isEmpty()) {
            items.forEach(t::note);
            if (count > items.size()) {
                t.note("… and " + (count - items.size()) + " more like these");
            }
        } else if (count == 1) {
            t.note(items.get(0) + " " + one);
        } else {
            t.note(String.join(", ", items) + (count > items.size() ? " and " + (count - items.size()) + " more" : "")
                    + ": " + count + " " + many);
        }
    }
}
