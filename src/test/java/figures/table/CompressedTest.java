package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compressed table reads as the plain one, from a file or a stream, sequentially and on the bulk path. */
class CompressedTest {
    @TempDir
    Path dir;

    private static final SeriesReader.Spec SPEC = new SeriesReader.Spec(List.of("country"), "yr", "usd");

    @FunctionalInterface
    interface Wrap {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static String table() {
        StringBuilder b = new StringBuilder("country,yr,usd\n");
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            b.append("C").append(r.nextInt(50)).append(',').append(2000 + r.nextInt(20)).append(',').append(r.nextInt(100000)).append('.')
                    .append(r.nextInt(100)).append('\n');
        }
        return b.toString();
    }

    private static byte[] compress(byte[] plain, Wrap how) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream c = how.wrap(out)) {
            c.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] zip(byte[] plain, String... members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String m : members) {
                z.putNextEntry(new ZipEntry(m));
                z.write(plain);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String summary(SeriesReader.Result r) {
        StringBuilder b = new StringBuilder(r.rows() + " rows\n");
        for (SeriesReader.Group g : r.groups()) {
            b.append(g.key()).append(' ');
            for (SeriesReader.Cell c : g.cells()) {
                b.append(c.period()).append('=').append(r.amount(g, c).value().toPlainString()).append('@').append(c.line()).append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void everyFormReadsAsThePlainTable() throws IOException {
        byte[] plain = table().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("t.csv"), plain);
        String want = summary(SeriesReader.read(TableSource.file("t.csv", dir, System.in), SPEC, new SeriesReader.Options(1, 1 << 20, 0)));
        Files.write(dir.resolve("t.csv.gz"), compress(plain, GZIPOutputStream::new));
        Files.write(dir.resolve("t.csv.xz"), compress(plain, XZCompressorOutputStream::new));
        Files.write(dir.resolve("t.csv.bz2"), compress(plain, BZip2CompressorOutputStream::new));
        Files.write(dir.resolve("t.csv.zst"), compress(plain, io.airlift.compress.zstd.ZstdOutputStream::new));
        Files.write(dir.resolve("t.zip"), zip(plain, "t.csv"));
        Files.write(dir.resolve("two.zip"), zip(plain, "a.csv", "b.csv"));
        // a name says nothing: the first bytes do
        Files.write(dir.resolve("gzipped.csv"), compress(plain, GZIPOutputStream::new));
        for (String name : List.of("t.csv.gz", "t.csv.xz", "t.csv.bz2", "t.csv.zst", "t.zip", "two.zip:b.csv", "gzipped.csv")) {
            for (SeriesReader.Options o : List.of(new SeriesReader.Options(1, 1 << 20, 0), new SeriesReader.Options(2, 4096, 0))) {
                TableSource file = TableSource.file(name, dir, System.in);
                assertEquals(want, summary(SeriesReader.read(file, SPEC, o)), name + " " + o);
                byte[] bytes = Files.readAllBytes(dir.resolve(name.replaceFirst(":.*", "")));
                if (!name.contains(":")) {
                    TableSource stdin = TableSource.file("-", dir, new java.io.ByteArrayInputStream(bytes));
                    assertEquals(want, summary(SeriesReader.read(stdin, SPEC, o)), name + " on stdin " + o);
                }
            }
        }
    }

    /** One run of figures as a user's shell would start it: {stdout, stderr, exit code}. */
    private String[] run(byte[] stdin, boolean piped, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = figures.cli.Cli.run(new figures.cli.Context(dir, new java.io.ByteArrayInputStream(stdin), java.util.Map.of(), false,
                false, piped), new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        return new String[] {out.toString(), err.toString(), Integer.toString(exit)};
    }

    /**
     * Issue 32: the same growth over the plain file, a .csv.gz, a .zip, a .zst, stdin named -
     * (plain and gzipped) and stdin piped without - gives byte-identical output, on the strict
     * reader and on the bulk path in small blocks alike.
     */
    @Test
    void theSameGrowthIsByteIdenticalFromAFileACompressedFileAndStdin() throws IOException {
        byte[] plain = table().getBytes(StandardCharsets.UTF_8);
        byte[] gz = compress(plain, GZIPOutputStream::new);
        Files.write(dir.resolve("t.csv"), plain);
        Files.write(dir.resolve("t.csv.gz"), gz);
        Files.write(dir.resolve("t.zip"), zip(plain, "t.csv"));
        Files.write(dir.resolve("t.csv.zst"), compress(plain, io.airlift.compress.zstd.ZstdOutputStream::new));
        String before = System.getProperty("figures.read");
        try {
            for (String read : new String[] {null, "2,4096,0"}) {
                if (read == null) {
                    System.clearProperty("figures.read");
                } else {
                    System.setProperty("figures.read", read);
                }
                String[] want = run(new byte[0], false, "growth", "t.csv", "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv");
                assertEquals("0", want[2], want[1]);
                assertTrue(want[0].lines().count() > 50, want[0]);
                String how = read == null ? "" : " read as " + read;
                for (String f : List.of("t.csv.gz", "t.zip", "t.csv.zst")) {
                    assertEquals(List.of(want), List.of(run(new byte[0], false, "growth", f, "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv")), f + how);
                }
                assertEquals(List.of(want), List.of(run(plain, true, "growth", "-", "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv")), "stdin -" + how);
                assertEquals(List.of(want), List.of(run(gz, true, "growth", "-", "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv")), "gz on stdin -" + how);
                assertEquals(List.of(want), List.of(run(plain, true, "growth", "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv")), "piped, no -" + how);
                assertEquals(List.of(want), List.of(run(gz, true, "growth", "--by", "country", "--period", "yr", "--value", "usd", "--format", "csv")), "gz piped, no -" + how);
            }
        } finally {
            if (before == null) {
                System.clearProperty("figures.read");
            } else {
                System.setProperty("figures.read", before);
            }
        }
    }

    @Test
    void aZipOfTwoTablesMustNameOne() throws IOException {
        Files.write(dir.resolve("two.zip"), zip("country,yr,usd\nA,2000,1\n".getBytes(StandardCharsets.UTF_8), "a.csv", "b.csv"));
        InputException e = assertThrows(InputException.class,
                () -> SeriesReader.read(TableSource.file("two.zip", dir, System.in), SPEC, new SeriesReader.Options(1, 1 << 20, 0)));
        assertEquals("two.zip: the zip archive holds more than one table (a.csv, b.csv); name the one to read, e.g. two.zip:a.csv",
                e.getMessage());
        InputException none = assertThrows(InputException.class,
                () -> SeriesReader.read(TableSource.file("two.zip:c.csv", dir, System.in), SPEC));
        assertTrue(none.getMessage().contains("has no member 'c.csv' (it holds a.csv, b.csv)"), none.getMessage());
    }

    @Test
    void aCorruptGzipIsBadInput() throws IOException {
        byte[] gz = compress(table().getBytes(StandardCharsets.UTF_8), GZIPOutputStream::new);
        Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        InputException e = assertThrows(InputException.class,
                () -> SeriesReader.read(TableSource.file("cut.csv.gz", dir, System.in), SPEC, new SeriesReader.Options(1, 1 << 20, 0)));
        assertTrue(e.getMessage().startsWith("cut.csv.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("decompress"), e.getMessage());
    }
}
