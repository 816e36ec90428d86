package figures.model;

/** A file or stream that cannot be read or written (exit 4). */
public class IoFailure extends FiguresException {
    public IoFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return IO;
    }
}
