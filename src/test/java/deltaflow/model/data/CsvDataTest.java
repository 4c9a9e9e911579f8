package deltaflow.model.data;

import deltaflow.model.Example;
import deltaflow.model.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvDataTest {
    @TempDir Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), text);
    }

    private static List<Example> all(DataSet data) {
        List<Example> all = new ArrayList<>(data.train());
        all.addAll(data.test());
        return all;
    }

    @Test
    void theLastColumnIsTheTargetAndNamesBecomeOneHotClasses() throws Exception {
        DataSet data = CsvData.read(file("a,b,kind\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,bird\n"), null, null, 0.5, 1);
        assertEquals(Task.CLASSES, data.task());
        assertEquals(List.of("a", "b"), data.inputNames());
        assertEquals(3, data.outputs());
        assertEquals(4, all(data).size());
        Example cat = all(data).stream().filter(e -> e.x(0) == 1).findFirst().orElseThrow();
        assertArrayEquals(new double[] {1, 0, 0}, cat.target()); // the first class seen is the first output
        Example bird = all(data).stream().filter(e -> e.x(0) == 7).findFirst().orElseThrow();
        assertArrayEquals(new double[] {7, 8}, bird.x());
        assertArrayEquals(new double[] {0, 0, 1}, bird.target());
        assertEquals(List.of("cat", "dog", "bird"), data.classNames(), "each output's class by its label in the file");
    }

    @Test
    void wholeNumberClassesAreNamedAsTheFileFirstWritesThem() throws Exception {
        DataSet data = CsvData.read(file("a,b,digit\n1,2,7\n3,4,3.0\n5,6,7.0\n7,8,3\n"), null, null, 0.5, 1);
        assertEquals(List.of("7", "3.0"), data.classNames());
        DataSet numbers = CsvData.read(file("a,y\n1,0.5\n2,1.5\n"), null, null, 0.5, 1);
        assertEquals(List.of(), numbers.classNames(), "a number to regress has no classes");
    }

    @Test
    void namedColumnsAndANumberToRegress() throws Exception {
        DataSet data = CsvData.read(file("y,x1,x2,unused\n0.5,1,2,9\n1.25,3,4,9\n-2.5,5,6,9\n"), List.of("x2", "x1"), "y", 0.5, 1);
        assertEquals(Task.REGRESSION, data.task());
        assertEquals(List.of("x2", "x1"), data.inputNames());
        Example second = all(data).stream().filter(e -> e.target(0) == 1.25).findFirst().orElseThrow();
        assertArrayEquals(new double[] {4, 3}, second.x());
    }

    @Test
    void aBadCellIsNamedByLineAndColumn() throws IOException {
        Path f = file("a,b,c\n1,2,0\n1,2,1\n" + "3,4,0\n".repeat(13) + "5,abc,1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> CsvData.read(f, null, null, 0.5, 1));
        assertEquals("data.csv: line 17, column 2: 'abc' is not a number", e.getMessage());
        assertEquals("data.csv: line 17, column 2: 「abc」不是數字", e.localizedMessage(java.util.Locale.TRADITIONAL_CHINESE),
                "the problem in the window's language; the file, line and column as the file has them");
    }

    @Test
    void otherMistakesAreOneLineEach() throws IOException {
        assertEquals("data.csv: line 3: 2 columns, but the header has 3",
                assertThrows(ScenarioException.class, () -> CsvData.read(file("a,b,c\n1,2,3\n4,5\n"), null, null, 0.5, 1)).getMessage());
        assertEquals("data.csv: line 1: no column 'z'; the columns are a, b, c",
                assertThrows(ScenarioException.class, () -> CsvData.read(file("a,b,c\n1,2,3\n4,5,6\n"), null, "z", 0.5, 1)).getMessage());
        assertEquals("data.csv: line 2, column 1: empty; a number is needed",
                assertThrows(ScenarioException.class, () -> CsvData.read(file("a,b\n,1\n2,3\n"), null, null, 0.5, 1)).getMessage());
        assertEquals(dir.resolve("nope.csv") + ": no such file",
                assertThrows(ScenarioException.class, () -> CsvData.read(dir.resolve("nope.csv"), null, null, 0.5, 1)).getMessage());
    }

    @Test
    void quotedCellsMayHoldCommas() {
        assertEquals(List.of("a,b", "c\"d", "e"), CsvData.split("\"a,b\", \"c\"\"d\" ,e"));
    }
}
