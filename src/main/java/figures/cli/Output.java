package figures.cli;

import figures.model.IoFailure;
import figures.render.Renderer;
import figures.render.ResultTable;
import figures.table.TempFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a command's result where the user asked: stdout, or -o FILE atomically (a temp file in
 * the same folder, renamed over the target only once complete, so a failed run never leaves a
 * half-written file). Returns the exit code: 1 when a figure was found inconsistent.
 */
final class Output {
    private Output() {
    }

    static int emit(GlobalOptions g, Context ctx, PrintWriter out, ResultTable... results) {
        Renderer renderer = new Renderer(g.renderOptions(ctx));
        boolean inconsistent = false;
        for (ResultTable r : results) {
            inconsistent |= r.inconsistent();
        }
        if (g.output() == null) {
            // straight to stdout as it renders: a big csv is never held as one String
            renderAll(renderer, out, results);
            out.flush();
        } else {
            writeAtomically(ctx.cwd().resolve(g.output()), "-o " + g.output(), stream -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                try {
                    renderAll(renderer, w, results);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                w.flush();
            });
        }
        notes(g, results);
        return inconsistent ? 1 : 0;
    }

    /**
     * The notes go to stderr, after the result, in every format (json also keeps them in the
     * document): a pipeline reading stdout gets data only. {@code -q} leaves them out.
     */
    private static void notes(GlobalOptions g, ResultTable... results) {
        if (g.quiet()) {
            return;
        }
        PrintWriter err = g.err();
        for (ResultTable r : results) {
            Renderer.notes(r, err);
        }
        err.flush();
    }

    private static void renderAll(Renderer renderer, Appendable out, ResultTable... results) {
        renderer.render(java.util.List.of(results), out);
    }

    static void writeAtomically(Path target, String shown, String text) {
        writeAtomically(target, "-o " + shown, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to target via a temp file in the same folder; {@code what} names the option in errors. */
    static void writeAtomically(Path target, String what, byte[] bytes) {
        writeAtomically(target, what, stream -> stream.write(bytes));
    }

    /** What goes into the temp file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temp file is private (0600): give the result the old file's permissions, or rw-r--r-- for a new one. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Writes {@code body} where {@code target} names; {@code what} names the option in errors. A
     * regular file or a new path is written atomically: a temp file in the same folder, renamed over
     * it only once complete, so a failed run leaves the old file as it was (the temp file is removed
     * on every failure and on SIGINT/SIGTERM). A symbolic link is followed and its target replaced
     * that way. Anything else (a device such as /dev/null, a FIFO, /dev/stdout) is written straight
     * into, as a shell's {@code >} would; a rename would replace it with a regular file.
     */
    static void writeAtomically(Path target, String what, Body body) {
        String given = what.substring(what.indexOf(' ') + 1);
        if (given.isBlank()) {
            throw new figures.model.UsageException(what.substring(0, what.indexOf(' ')) + ": the file name is empty; name a file");
        }
        target = followLinks(target.toAbsolutePath(), what);
        if (Files.isDirectory(target)) {
            throw new IoFailure(what + ": is a folder; name a file", null);
        }
        if (straight(target)) {
            try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                body.writeTo(stream);
            } catch (FileSystemException e) {
                throw new IoFailure(what + ": cannot write: " + (e.getReason() == null ? e.getMessage() : e.getReason()), e);
            } catch (IOException e) {
                throw new IoFailure(what + ": cannot write: " + e.getMessage(), e);
            }
            return;
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            // name the folder as the user wrote it
            Path folder = Path.of(given).getParent();
            throw new IoFailure(what + ": no such folder '" + (folder == null ? dir : folder) + "'", null);
        }
        Path tmp = null;
        try {
            tmp = TempFiles.register(Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp"));
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                body.writeTo(stream);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new IoFailure(what + ": cannot write: " + (e.getReason() == null ? e.getMessage() : e.getReason()), e);
        } catch (IOException e) {
            throw new IoFailure(what + ": cannot write: " + e.getMessage(), e);
        } finally {
            // renamed (nothing left to remove) or failed: either way the temp file is gone after this
            TempFiles.remove(tmp);
        }
    }

    /**
     * Whether {@code target} is written straight into rather than replaced: it exists and is not a
     * regular file (a character device, a FIFO, a socket), or it names an open file descriptor
     * (/dev/stdout, /dev/fd/N, /proc/self/fd/N), which stands for a file that must keep its place:
     * the shell opened it, and it is written at its end.
     */
    static boolean straight(Path target) {
        return Files.exists(target) && (descriptor(target) || !Files.isRegularFile(target) && !Files.isDirectory(target));
    }

    private static final java.util.regex.Pattern DESCRIPTOR =
            java.util.regex.Pattern.compile("/dev/(stdout|stderr|fd/\\d+)|/proc/(self|thread-self|\\d+)/fd/\\d+");

    /** Whether {@code path} names an open file descriptor rather than a file. */
    static boolean descriptor(Path path) {
        return DESCRIPTOR.matcher(path.toString()).matches();
    }

    /**
     * The path a symbolic link finally names (a link to a link is followed, a dangling link gives
     * the path it would create); a name of an open file descriptor is left as given (/dev/stdout
     * links to /proc/self/fd/1, which names no file when it is a pipe).
     */
    static Path followLinks(Path path, String what) {
        for (int hops = 0; hops < 40; hops++) {
            if (descriptor(path) || !Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                Path next = Files.readSymbolicLink(path);
                path = (path.getParent() == null ? next : path.getParent().resolve(next)).normalize();
            } catch (IOException e) {
                throw new IoFailure(what + ": cannot read the link: " + e.getMessage(), e);
            }
        }
        throw new IoFailure(what + ": too many levels of symbolic links", null);
    }
}
