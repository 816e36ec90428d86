package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import figures.model.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsReaderTest {
    @TempDir
    Path dir;

    private TableSource table(String text) throws IOException {
        Files.writeString(dir.resolve("exports.csv"), text, StandardCharsets.UTF_8);
        return TableSource.file("exports.csv", dir, new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void rowsOfOneFlowAreSummedWithTheirOwnStatedPrecision() throws IOException {
        List<ExportsReader.Flow> flows = ExportsReader.flows(table(
                "exporter,importer,period,value,currency,source\nRU,SY,2002,9.8bn,USD,a\nru,sy,2002,1.25bn,USD,b\nSY,RU,2002,16m,USD,\n"));
        assertEquals(2, flows.size());
        ExportsReader.Flow f = flows.get(0);
        assertEquals(0, new BigDecimal("11050000000").compareTo(f.value().value()));
        // 9.8bn is [9.75, 9.85] bn and 1.25bn is [1.245, 1.255] bn: together [10.995, 11.105] bn
        assertEquals(0, new BigDecimal("10995000000").compareTo(f.stated().lo()));
        assertEquals(0, new BigDecimal("11105000000").compareTo(f.stated().hi()));
        // a value without a price basis is in the prices of its period
        assertEquals(Period.of(2002), f.value().priceBasis().orElseThrow());
        assertTrue(f.where().matches(".*exports\\.csv:2 \\(source: a\\); .*exports\\.csv:3 \\(source: b\\)"), f.where());
    }

    @Test
    void rowsOfOneFlowInTwoCurrenciesAreAnErrorAtTheSecondRow() throws IOException {
        InputException e = assertThrows(InputException.class, () -> ExportsReader.flows(table(
                "exporter,importer,period,value,currency\nRU,SY,2002,1bn,USD\nRU,SY,2002,1bn,GBP\n")));
        assertTrue(e.getMessage().contains("exports.csv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("this row is in GBP but an earlier row for the same exporter, importer and period is in USD"),
                e.getMessage());
    }
}
