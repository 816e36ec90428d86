package figures.model;

/** What a row says about a figure: given as input, derived from inputs, or checked against them. */
public enum Verdict {
    INPUT("input"), DERIVED("derived"), CONSISTENT("consistent"), INCONSISTENT("inconsistent"), UNCHECKED("unchecked");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
