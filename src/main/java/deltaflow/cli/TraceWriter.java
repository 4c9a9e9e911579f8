package deltaflow.cli;

import com.google.gson.stream.JsonWriter;
import deltaflow.model.Network;
import deltaflow.model.Pass;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
import deltaflow.model.Trace;

import java.io.IOException;
import java.io.Writer;

/**
 * The {@code trace} command's output: one JSON object with every number of one gradient-descent step and
 * every step in the engine's order. Doubles in full precision; a value that is not finite is the string
 * "NaN", "Infinity" or "-Infinity". Layers count 1..L; examples, neurons and sources count from 1, as in the
 * formulas.
 */
final class TraceWriter {
    private final JsonWriter json;
    private final Progress progress;

    TraceWriter(Writer out) { this(out, Progress.NONE); }

    TraceWriter(Writer out, Progress progress) {
        this.progress = progress;
        json = new JsonWriter(out);
        json.setHtmlSafe(false);
    }

    void write(Timeline timeline) throws IOException {
        Trace trace = timeline.trace();
        Network network = trace.network();
        json.beginObject();
        json.name("title").value(trace.scenario().title());
        json.name("cost");
        number(trace.totalCost());
        json.name("examples").beginArray();
        for (int r = 0; r < trace.batchSize(); r++) example(network, trace.pass(r));
        json.endArray();
        json.name("gradients").beginArray();
        for (int l = 1; l <= network.depth(); l++) {
            final int layer = l;
            parameters(network, l, (i, j) -> trace.meanWeightGradient(layer, i, j), i -> trace.meanBiasGradient(layer, i));
        }
        json.endArray();
        json.name("updated").beginArray();
        Network updated = trace.updated();
        for (int l = 1; l <= network.depth(); l++) {
            final int layer = l;
            parameters(network, l, (i, j) -> updated.layer(layer).weight(i, j), i -> updated.layer(layer).bias(i));
        }
        json.endArray();
        json.name("steps").beginArray();
        for (int k = 0; k < timeline.size(); k++) {
            step(timeline, timeline.step(k));
            if ((k & 4095) == 0) progress.at(k);
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void example(Network network, Pass pass) throws IOException {
        json.beginObject();
        json.name("cost");
        number(pass.cost());
        json.name("costGradient").beginArray();
        for (int n = 0; n < network.outputs(); n++) number(pass.costGradient(n));
        json.endArray();
        json.name("layers").beginArray();
        for (int l = 1; l <= network.depth(); l++) {
            int size = network.size(l);
            json.beginObject();
            json.name("z").beginArray();
            for (int i = 0; i < size; i++) number(pass.z(l, i));
            json.endArray();
            json.name("a").beginArray();
            for (int i = 0; i < size; i++) number(pass.a(l, i));
            json.endArray();
            json.name("sigmaPrime").beginArray();
            for (int i = 0; i < size; i++) number(pass.gain(l, i));
            json.endArray();
            json.name("delta").beginArray();
            for (int i = 0; i < size; i++) number(pass.delta(l, i));
            json.endArray();
            final int layer = l;
            json.name("weightGradients");
            matrix(network, l, (i, j) -> pass.weightGradient(layer, i, j));
            json.name("biasGradients").beginArray();
            for (int i = 0; i < size; i++) number(pass.biasGradient(l, i));
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private interface MatrixEntry { double at(int i, int j); }

    private interface VectorEntry { double at(int i); }

    private void parameters(Network network, int l, MatrixEntry weights, VectorEntry biases) throws IOException {
        json.beginObject();
        json.name("weights");
        matrix(network, l, weights);
        json.name("biases").beginArray();
        for (int i = 0; i < network.size(l); i++) number(biases.at(i));
        json.endArray();
        json.endObject();
    }

    private void matrix(Network network, int l, MatrixEntry entry) throws IOException {
        json.beginArray();
        for (int i = 0; i < network.size(l); i++) {
            json.beginArray();
            for (int j = 0; j < network.size(l - 1); j++) number(entry.at(i, j));
            json.endArray();
        }
        json.endArray();
    }

    private void step(Timeline timeline, Step step) throws IOException {
        json.beginObject();
        json.name("index").value(step.index());
        json.name("kind").value(step.kind().id());
        json.name("phase").value(step.phase().id());
        if (!step.kind().isBatchLevel()) json.name("example").value(step.example() + 1);
        if (step.layer() > 0) json.name("layer").value(step.layer());
        json.name("neuron").value(step.neuron() + 1);
        switch (step.kind()) {
            case WEIGHT_GRADIENT, MEAN_WEIGHT_GRADIENT, WEIGHT_UPDATE -> json.name("source").value(step.source() + 1);
            default -> { }
        }
        json.name("value");
        number(step.value());
        json.name("formula").value(timeline.formula(step, 4).full().plain());
        json.endObject();
    }

    private void number(double value) throws IOException {
        if (Double.isFinite(value)) json.value(value);
        else json.value(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }
}
