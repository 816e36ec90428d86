package figures.extract;

import figures.model.EnumWords;
import java.util.List;

/**
 * A candidate claim found in an article, as a claims-file row: {@code claim} and {@code expected}
 * are expressions {@code figures check} evaluates ({@code 73% of 13.4bn USD@2005},
 * {@code 9.8bn USD@2005}), {@code tolerance} is empty for the stated-precision rule. {@code start}
 * and {@code end} are the offsets of the words it is read from; {@code why} says how it was read.
 */
public record Claim(String id, Kind kind, String claim, String expected, String tolerance, Confidence confidence, int start, int end,
                    String why, List<Figure> figures) {

    /** The forms of claim extraction knows. */
    public enum Kind {
        PERCENT_OF, REMAINING, CHANGE, TOTAL, RATIO, CAGR;

        /** {@code percent-of}, {@code remaining}, ... */
        @Override
        public String toString() {
            return EnumWords.hyphenated(this);
        }
    }

    /**
     * How sure the extraction is: {@code high} when every figure of the claim stands in one
     * sentence in a form it knows; {@code medium} when a figure was taken from another sentence, a
     * currency was implied, or a cue word of the form is missing ("X %, i.e. Z … Y" without "of").
     */
    public enum Confidence {
        HIGH, MEDIUM;

        @Override
        public String toString() {
            return EnumWords.lower(this);
        }
    }
}
