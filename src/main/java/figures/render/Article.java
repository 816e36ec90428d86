package figures.render;

import java.util.List;
import java.util.Map;

/**
 * An article that a table of claims was read from, as the html page shows it: the text as
 * written, every figure found in it ({@link Mark}: offsets into {@code text}, and the ids of the
 * rows it took part in), and where each claim stands (the offset of its first word, by row id).
 * The rows themselves (verdicts, stated and computed figures, steps) stay in the result table;
 * this is only what the table cannot hold: text and offsets.
 *
 * @param name what the page calls the article (the path given)
 * @param text the article's text; offsets index it
 * @param marks the figures found, in order of {@code start}, not overlapping
 * @param claimAt for each claim id, the offset its words start at; a row id missing here is a
 *     claim the page lists apart ("not found in the article")
 */
public record Article(String name, String text, List<Mark> marks, Map<String, Integer> claimAt) {
    public Article {
        marks = List.copyOf(marks);
        claimAt = Map.copyOf(claimAt);
        int end = 0;
        for (Mark m : marks) {
            if (m.start() < end || m.end() <= m.start() || m.end() > text.length()) {
                throw new IllegalArgumentException("mark " + m.start() + "-" + m.end() + " out of order or outside the text");
            }
            end = m.end();
        }
    }

    /**
     * One figure of the article, at {@code [start, end)}.
     *
     * @param stated the ids of the claims whose stated figure (the one the claim checks) this is
     * @param input the ids of the claims it is an input of (a figure the claim computes from)
     */
    public record Mark(int start, int end, List<String> stated, List<String> input) {
        public Mark {
            stated = List.copyOf(stated);
            input = List.copyOf(input);
        }

        /** Whether the figure took part in no claim (the page shows it muted). */
        public boolean unclaimed() {
            return stated.isEmpty() && input.isEmpty();
        }
    }
}
