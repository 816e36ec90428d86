package figures.model;


/**
 * A value the reference data does not have (exit 3). Nothing is interpolated or extrapolated: the
 * message says what was asked for and what the table does have (the problem), then how to go on
 * (the remedy), which names the option that supplies the value ({@code --rate "R SUR per USD"}).
 */
public final class MissingReference extends InputException {
    private final String problem;
    private final String option;

    public MissingReference(String problem, String remedy, String option) {
        super(problem + "; " + remedy);
        this.problem = problem;
        this.option = option;
    }

    /** What is missing and what exists, without the remedy. */
    public String problem() {
        return problem;
    }

    /** The option (with a placeholder value) that supplies the missing value, e.g. {@code --rate "R SUR per USD"}. */
    public String option() {
        return option;
    }
}
