package figures.table;

import figures.model.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * An Excel workbook ({@code .xlsx}) read as the CSV table of one of its sheets, through
 * FastExcel's reader (org.dhatim:fastexcel-reader, with the Aalto XML parser): the sheet named
 * after the file ({@code book.xlsx:Data}), or its only visible sheet (two or more: an error naming
 * them). Each sheet row is one line, so {@code file:line} is the sheet's row number; every row has
 * as many cells as the widest. A cell is written as the sheet holds it: text as it is (a line break
 * in it made a space), a number as its stored digits, a date (a number with a date format) as
 * {@code 1971-01-01}, a formula as its last computed value, an error as its code ({@code #N/A}).
 */
final class Spreadsheet {
    private Spreadsheet() {
    }

    /**
     * Whether the first bytes of a zip archive ({@code head[0, n)}) are an Office Open XML
     * workbook's: a local file header named {@code [Content_Types].xml} or under {@code xl/} among
     * the entries they hold.
     */
    static boolean isWorkbook(byte[] head, int n) {
        int at = 0;
        while (at + 30 <= n && head[at] == 'P' && head[at + 1] == 'K' && head[at + 2] == 3 && head[at + 3] == 4) {
            int flags = u16(head, at + 6);
            long compressed = u32(head, at + 18);
            int nameLength = u16(head, at + 26);
            int extra = u16(head, at + 28);
            if (at + 30 + nameLength > n) {
                return false;
            }
            String name = new String(head, at + 30, nameLength, StandardCharsets.UTF_8);
            if (name.equals("[Content_Types].xml") || name.startsWith("xl/")) {
                return true;
            }
            if ((flags & 8) != 0) {
                return false; // sizes follow the data: the next header cannot be found from here
            }
            at += 30 + nameLength + extra + (int) Math.min(compressed, Integer.MAX_VALUE - at);
        }
        return false;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16);
    }

    /** The sheet's rows as CSV text (UTF-8); {@code sheet}: its name, or null for the only visible one. */
    static InputStream csv(String file, InputStream in, String sheet) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Sheet s = pick(file, book, sheet);
            List<Row> rows = s.read();
            int width = 0;
            for (Row r : rows) {
                width = Math.max(width, lastCell(r) + 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder line = new StringBuilder();
            int rowNumber = 0;
            for (Row r : rows) {
                for (; rowNumber < r.getRowNum() - 1; rowNumber++) {
                    out.write('\n'); // an empty row: a blank line, so that lines are the sheet's rows
                }
                line.setLength(0);
                for (int i = 0; i < width; i++) {
                    String t = i < r.getCellCount() && r.getCell(i) != null ? text(r.getCell(i)) : "";
                    if (i > 0) {
                        line.append(',');
                    }
                    if (!t.isEmpty()) {
                        line.append('"').append(t.replace("\"", "\"\"")).append('"');
                    }
                }
                out.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                rowNumber++;
            }
            return new ByteArrayInputStream(out.toByteArray());
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InputException(file, 0, "cannot read it as an Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    private static Sheet pick(String file, ReadableWorkbook book, String name) {
        List<Sheet> sheets = book.getSheets().toList();
        if (name != null) {
            return sheets.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new InputException(file, 0,
                    "no sheet '" + name + "' (sheets: " + names(sheets) + ")"));
        }
        List<Sheet> visible = sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
        if (visible.size() != 1) {
            throw new InputException(file, 0, "the workbook has " + (visible.isEmpty() ? "no visible sheet" : visible.size()
                    + " sheets (" + names(visible) + ")") + ": name one after the file, e.g. " + file + ":"
                    + (visible.isEmpty() ? sheets.get(0) : visible.get(0)).getName());
        }
        return visible.get(0);
    }

    private static String names(List<Sheet> sheets) {
        return String.join(", ", sheets.stream().map(s -> "'" + s.getName() + "'").toList());
    }

    private static int lastCell(Row r) {
        for (int i = r.getCellCount() - 1; i >= 0; i--) {
            Cell c = r.getCell(i);
            if (c != null && !text(c).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Quoted text, bracketed colours and locales, and escaped characters in a number format: not the date letters they may hold. */
    private static final Pattern NOT_PLACEHOLDERS = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");
    private static final Pattern DATE_LETTERS = Pattern.compile("(?i)[dmyhs]");

    /** A cell as the sheet holds it (see the class). */
    static String text(Cell c) {
        String raw = c.getRawValue() == null ? "" : c.getRawValue();
        String t = switch (c.getType()) {
            case EMPTY -> "";
            case STRING -> c.asString() == null ? raw : c.asString();
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case NUMBER, FORMULA -> isDate(c) ? date(c) : raw;
            case ERROR -> raw;
        };
        return t.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean isDate(Cell c) {
        String f = c.getDataFormatString();
        if (f == null || f.equalsIgnoreCase("General") || c.getRawValue() == null || !c.getRawValue().matches("-?\\d+(\\.\\d+)?")) {
            return false;
        }
        return DATE_LETTERS.matcher(NOT_PLACEHOLDERS.matcher(f).replaceAll("")).find();
    }

    private static String date(Cell c) {
        LocalDateTime d = c.asDate();
        return d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString();
    }
}
