package deltaflow.model.data;

import deltaflow.model.Example;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Examples split into a training and a test set, with what is to be learnt. A 2-D data set also keeps its
 * points and the features that turn a point into the network's input, for plots and the grid of outputs.
 * Immutable.
 */
public final class DataSet {
    private final String name;
    private final Task task;
    private final List<String> inputNames;
    private final List<Example> train;
    private final List<Example> test;
    private final List<Feature> features;     // empty unless 2-D
    private final List<Point> trainPoints;    // empty unless 2-D
    private final List<Point> testPoints;
    private final List<String> classNames;   // empty unless the classes have names (a CSV file's labels)

    private DataSet(String name, Task task, List<String> inputNames, List<Example> train, List<Example> test,
                    List<Feature> features, List<Point> trainPoints, List<Point> testPoints) {
        this(name, task, inputNames, train, test, features, trainPoints, testPoints, List.of());
    }

    private DataSet(String name, Task task, List<String> inputNames, List<Example> train, List<Example> test,
                    List<Feature> features, List<Point> trainPoints, List<Point> testPoints, List<String> classNames) {
        if (train.isEmpty()) throw new IllegalArgumentException("no training examples");
        this.name = name;
        this.task = task;
        this.inputNames = List.copyOf(inputNames);
        this.train = List.copyOf(train);
        this.test = List.copyOf(test);
        this.features = List.copyOf(features);
        this.trainPoints = List.copyOf(trainPoints);
        this.testPoints = List.copyOf(testPoints);
        if (!classNames.isEmpty() && (task != Task.CLASSES || classNames.size() != outputs())) {
            throw new IllegalArgumentException("one name a class: " + classNames.size() + " names for " + outputs() + " outputs");
        }
        this.classNames = List.copyOf(classNames);
    }

    /** The same data with its classes named, in the order of the outputs (a CSV file's labels: "setosa", ...). */
    public DataSet withClassNames(List<String> names) {
        return new DataSet(name, task, inputNames, train, test, features, trainPoints, testPoints, names);
    }

    /** The classes' names in the order of the outputs; empty when they have none but their number. */
    public List<String> classNames() { return classNames; }

    /** Examples of any kind, such as the digits or a CSV file's rows. */
    public static DataSet of(String name, Task task, List<String> inputNames, List<Example> train, List<Example> test) {
        return new DataSet(name, task, inputNames, train, test, List.of(), List.of(), List.of());
    }

    /**
     * A 2-D data set as TensorFlow Playground makes one: the generator's points, shuffled from the seed, the
     * first {@code trainFraction} of them to train on and the rest to test; each point's input the chosen
     * features in their fixed order.
     */
    public static DataSet planar(Generator generator, int points, double noise, double trainFraction, long seed, Set<Feature> chosen) {
        if (chosen.isEmpty()) throw new IllegalArgumentException("choose at least one feature");
        if (!(trainFraction > 0 && trainFraction < 1)) throw new IllegalArgumentException("the training fraction must be between 0 and 1");
        List<Point> all = generator.generate(points, noise, seed);
        int[] order = new int[all.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        new SeededRandom(seed ^ 0x5DEECE66DL).shuffle(order);
        int split = Math.max(1, Math.min(all.size() - 1, (int) Math.floor(all.size() * trainFraction)));
        List<Feature> features = List.copyOf(java.util.EnumSet.copyOf(chosen));
        List<Point> trainPoints = new ArrayList<>(), testPoints = new ArrayList<>();
        List<Example> train = new ArrayList<>(), test = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            Point p = all.get(order[k]);
            Example e = new Example(inputs(features, p.x1(), p.x2()), new double[] {p.label()});
            (k < split ? trainPoints : testPoints).add(p);
            (k < split ? train : test).add(e);
        }
        return new DataSet(generator.id(), generator.isRegression() ? Task.REGRESSION : Task.BINARY,
                features.stream().map(Feature::id).toList(), train, test, features, trainPoints, testPoints);
    }

    /** The network's input for the point (x₁, x₂): the features, in order. */
    public static double[] inputs(List<Feature> features, double x1, double x2) {
        double[] x = new double[features.size()];
        for (int j = 0; j < x.length; j++) x[j] = features.get(j).of(x1, x2);
        return x;
    }

    public String name() { return name; }

    public Task task() { return task; }

    /** The names of the inputs x₁ … x_n: feature ids, or a CSV file's column names. */
    public List<String> inputNames() { return inputNames; }

    public int inputs() { return train.get(0).inputSize(); }

    public int outputs() { return train.get(0).targetSize(); }

    public List<Example> train() { return train; }

    public List<Example> test() { return test; }

    /** True for a data set of points in the plane, whose features the grid of outputs uses. */
    public boolean isPlanar() { return !features.isEmpty(); }

    public List<Feature> features() { return features; }

    public List<Point> trainPoints() { return trainPoints; }

    public List<Point> testPoints() { return testPoints; }
}
