package deltaflow.model.data;

import deltaflow.model.Example;
import deltaflow.model.ScenarioException;
import deltaflow.model.ScenarioFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set from a CSV file: a header row naming the columns, then one example per row. The user names
 * the input columns and the target column, or the target is the last column and the inputs all the others.
 * A target is a class label — one-hot encoded, one output per class in order of first appearance — when
 * any of its values is not a number, or when all are whole numbers with at most {@link #MAX_CLASSES}
 * distinct values; otherwise it is a number to regress. Every problem names its line and column; the file
 * is read whole before anything is returned, so nothing is ever loaded half.
 */
public final class CsvData {
    public static final int MAX_CLASSES = 20;

    private CsvData() {}

    public static DataSet read(Path file, List<String> inputColumns, String targetColumn, double trainFraction, long seed)
            throws ScenarioException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> lines;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = new ArrayList<>();
            int rows = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                if (!line.isBlank() && ++rows > ScenarioFormat.MAX_EXAMPLES + 1) {
                    throw ScenarioException.of(name, "csv.tooManyRows", ScenarioFormat.MAX_EXAMPLES);
                }
            }
        } catch (NoSuchFileException e) {
            throw ScenarioException.of(file.toString(), "noSuchFile");
        } catch (AccessDeniedException e) {
            throw ScenarioException.of(file.toString(), "csv.permissionDenied");
        } catch (CharacterCodingException e) {
            throw ScenarioException.of(file.toString(), "csv.notUtf8");
        } catch (IOException e) {
            throw ScenarioException.of(file.toString(), "csv.cannotRead", String.valueOf(e.getMessage()));
        }
        if (lines.isEmpty()) throw ScenarioException.of(name, "csv.empty");
        List<String> header = split(lines.get(0));
        if (header.size() < 2) throw ScenarioException.of(name + ": line 1", "csv.header");
        if (header.size() > ScenarioFormat.MAX_NEURONS) throw ScenarioException.of(name + ": line 1", "csv.tooManyColumns", ScenarioFormat.MAX_NEURONS);
        int target = targetColumn == null ? header.size() - 1 : column(header, targetColumn, name);
        List<Integer> inputs = new ArrayList<>();
        if (inputColumns == null || inputColumns.isEmpty()) {
            for (int c = 0; c < header.size(); c++) if (c != target) inputs.add(c);
        } else {
            for (String column : inputColumns) {
                int c = column(header, column, name);
                if (c == target) throw ScenarioException.of(name + ": line 1", "csv.inputAndTarget", column);
                inputs.add(c);
            }
        }
        List<double[]> xs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).isBlank()) continue;
            List<String> cells = split(lines.get(k));
            String where = name + ": line " + (k + 1);
            if (cells.size() != header.size()) {
                throw ScenarioException.of(where, "csv.columns", cells.size(), header.size());
            }
            double[] x = new double[inputs.size()];
            for (int j = 0; j < x.length; j++) x[j] = number(cells.get(inputs.get(j)), where + ", column " + (inputs.get(j) + 1));
            String label = cells.get(target);
            if (label.isEmpty()) throw ScenarioException.of(where + ", column " + (target + 1), "csv.noTarget");
            xs.add(x);
            labels.add(label);
            lineNumbers.add(k + 1);
        }
        if (xs.size() < 2) throw ScenarioException.of(name, "csv.tooFewRows");
        List<Example> examples = examples(xs, labels, lineNumbers, name, target);
        boolean classes = isClassLabel(labels);
        int[] order = new int[examples.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        new SeededRandom(seed ^ 0x5DEECE66DL).shuffle(order);
        int split = Math.max(1, Math.min(order.length - 1, (int) Math.floor(order.length * trainFraction)));
        List<Example> train = new ArrayList<>(), test = new ArrayList<>();
        for (int k = 0; k < order.length; k++) (k < split ? train : test).add(examples.get(order[k]));
        DataSet set = DataSet.of(name, classes ? Task.CLASSES : Task.REGRESSION, inputs.stream().map(header::get).toList(), train, test);
        return classes ? set.withClassNames(classNames(labels)) : set;
    }

    private static List<Example> examples(List<double[]> xs, List<String> labels, List<Integer> lineNumbers, String name, int target)
            throws ScenarioException {
        List<Example> examples = new ArrayList<>(xs.size());
        if (isClassLabel(labels)) {
            Map<String, Integer> classes = new LinkedHashMap<>();
            for (String label : labels) classes.putIfAbsent(canonical(label), classes.size());
            if (classes.size() < 2) throw ScenarioException.of(name + ": column " + (target + 1), "csv.oneClass");
            for (int r = 0; r < xs.size(); r++) {
                double[] y = new double[classes.size()];
                y[classes.get(canonical(labels.get(r)))] = 1;
                examples.add(new Example(xs.get(r), y));
            }
        } else {
            for (int r = 0; r < xs.size(); r++) {
                examples.add(new Example(xs.get(r), new double[] {number(labels.get(r), name + ": line " + lineNumbers.get(r) + ", column " + (target + 1))}));
            }
        }
        return examples;
    }

    /** Each class as the file first writes it, in the order of the outputs (first appearance, as {@link #examples} numbers them). */
    private static List<String> classNames(List<String> labels) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String label : labels) names.putIfAbsent(canonical(label), label);
        return List.copyOf(names.values());
    }

    /** "1" and "1.0" are the same class. */
    private static String canonical(String label) {
        Double v = parse(label);
        return v == null ? label : String.valueOf(v);
    }

    private static boolean isClassLabel(List<String> labels) {
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (String label : labels) {
            Double v = parse(label);
            if (v == null) return true;
            if (v != Math.rint(v)) return false;
            distinct.add(v);
        }
        return distinct.size() <= MAX_CLASSES;
    }

    private static int column(List<String> header, String name, String file) throws ScenarioException {
        int c = header.indexOf(name);
        if (c < 0) throw ScenarioException.of(file + ": line 1", "csv.noColumn", name, String.join(", ", header));
        return c;
    }

    private static double number(String cell, String where) throws ScenarioException {
        if (cell.isEmpty()) throw ScenarioException.of(where, "csv.emptyCell");
        Double v = parse(cell);
        if (v == null) throw ScenarioException.of(where, "csv.notANumber", cell);
        return v;
    }

    private static Double parse(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) && !text.endsWith("d") && !text.endsWith("f") && !text.endsWith("D") && !text.endsWith("F") ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Cells separated by commas, each trimmed; a cell in double quotes may hold commas ("" is a quote). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
