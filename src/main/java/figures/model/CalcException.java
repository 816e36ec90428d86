package figures.model;

/**
 * A calculation that cannot be done with the values given: mismatched currencies or price bases,
 * a root that does not exist, a division by zero. Exit 2 when it comes from arguments; readers
 * rewrap it as an {@link InputException} with the file and line when it comes from a table.
 */
public class CalcException extends FiguresException {
    public CalcException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return USAGE;
    }
}
