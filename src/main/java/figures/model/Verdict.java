package figures.model;

/** What a row says about a figure: given as input, derived from inputs, or checked against them. */
public enum Verdict {
    INPUT, DERIVED, CONSISTENT, INCONSISTENT, UNCHECKED;

    /** {@code input}, {@code derived}, ... as output writes it. */
    @Override
    public String toString() {
        return EnumWords.lower(this);
    }
}
