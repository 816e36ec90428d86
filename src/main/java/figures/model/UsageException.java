package figures.model;

/** A bad option or argument on the command line (exit 2). */
public class UsageException extends FiguresException {
    public UsageException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return USAGE;
    }
}
