package deltaflow.diagram;

import java.util.Optional;

/**
 * The id of a part of a diagram, as a value: the layouts build it, {@link #text()} writes the id every sink shows
 * ({@code neuron-2-1}, {@code edge-2-1-3}, {@code amp-1-2-shape}, {@code header-forward-1}) and {@link #parse}
 * reads one back, so no class spells or splits id strings of its own. Layers are numbered as in the lecture (0
 * the input), neurons from 0 as in {@link deltaflow.model.ValueRef}; the text counts neurons from 1, as the
 * lecture's subscripts do.
 */
public sealed interface DiagramId {
    /** The id as the diagram's primitives carry it. */
    String text();

    /** The forward network or its reverse, for the parts each draws. */
    enum Side {
        FORWARD("forward"), REVERSE("reverse");

        private final String word;

        Side(String word) { this.word = word; }

        public String word() { return word; }

        static Optional<Side> of(String word) {
            for (Side s : values()) if (s.word.equals(word)) return Optional.of(s);
            return Optional.empty();
        }
    }

    /** Neuron i of layer l: its a^l_i as text; its owner key for labels around it. */
    record Neuron(int l, int i) implements DiagramId {
        @Override public String text() { return "neuron-" + l + "-" + (i + 1); }
    }

    /** The amplifier of δ_i^l in the reverse network: its gain σ'(z) as text, and the owner of the labels around it. */
    record Amp(int l, int i) implements DiagramId {
        @Override public String text() { return "amp-" + l + "-" + (i + 1); }
    }

    /** The edge of w_ij^l, in the forward network ({@code edge-l-i-j}) or the reverse one ({@code redge-l-i-j}). */
    record Edge(Side side, int l, int i, int j) implements DiagramId {
        @Override public String text() { return (side == Side.REVERSE ? "r" : "") + "edge-" + l + "-" + (i + 1) + "-" + (j + 1); }
    }

    /** The input ∂C/∂y_n of the reverse network (n from 0). */
    record Terminal(int n) implements DiagramId {
        @Override public String text() { return "dcdy-" + (n + 1); }
    }

    /** Softmax's Jacobian box, which stands for the output layer l of the reverse network. */
    record Jacobian(int l) implements DiagramId {
        @Override public String text() { return "jacobian-" + l; }
    }

    /** A column's header ("layer l", "δ^l"); the reverse network's input column has {@code l} = {@link #INPUT}. */
    record Header(Side side, int l) implements DiagramId {
        /** The reverse network's column of inputs ∂C/∂y, which has no layer number. */
        public static final int INPUT = -1;

        @Override public String text() { return "header-" + side.word() + "-" + (l == INPUT ? "input" : String.valueOf(l)); }

        /** The summary box this header's column becomes when it is closed. */
        public Summary summary() { return new Summary(side, l); }
    }

    /** A column drawn as one summary box: its size and the max, mean and min of its values. */
    record Summary(Side side, int l) implements DiagramId {
        @Override public String text() { return "summary-" + side.word() + "-" + l; }

        /** The header that opens and closes this box. */
        public Header header() { return new Header(side, l); }
    }

    /** What a value label shows, by the prefix of its id; {@code indices} is how many numbers follow it. */
    enum Value {
        Z("z", 2), GAIN("gain", 2), DELTA("delta", 2), BIAS("bias", 2), BIAS_GRADIENT("bgrad", 2),
        WEIGHT("weight", 3), GRADIENT("grad", 3), REVERSE_WEIGHT("rweight", 3), REVERSE_DELTA("rdelta", 2),
        INPUT("x", 1), TARGET("target", 1), COST_GRADIENT("fdcdy", 1);

        private final String prefix;
        private final int indices;

        Value(String prefix, int indices) {
            this.prefix = prefix;
            this.indices = indices;
        }
    }

    /**
     * The label of a value: {@code z-2-1}, {@code weight-2-1-3}, {@code x-1}. Unused indices are 0: {@code l} and
     * {@code i} for a neuron's values, {@code l}, {@code i}, {@code j} for a weight's, {@code i} alone for x, y and
     * ∂C/∂y.
     */
    record Label(Value value, int l, int i, int j) implements DiagramId {
        public static Label of(Value value, int l, int i) { return new Label(value, l, i, 0); }

        public static Label of(Value value, int l, int i, int j) { return new Label(value, l, i, j); }

        public static Label of(Value value, int i) { return new Label(value, 0, i, 0); }

        @Override public String text() {
            return switch (value.indices) {
                case 1 -> value.prefix + "-" + (i + 1);
                case 2 -> value.prefix + "-" + l + "-" + (i + 1);
                default -> value.prefix + "-" + l + "-" + (i + 1) + "-" + (j + 1);
            };
        }

        /** The edge a weight's label (or its gradient's) lies on, or empty for a neuron's. */
        public Optional<Edge> edge() {
            return switch (value) {
                case WEIGHT, GRADIENT -> Optional.of(new Edge(Side.FORWARD, l, i, j));
                case REVERSE_WEIGHT -> Optional.of(new Edge(Side.REVERSE, l, i, j));
                default -> Optional.empty();
            };
        }

        /** The neuron or amplifier the label is placed around, or empty for a weight's or an input's. */
        public Optional<DiagramId> owner() {
            return switch (value) {
                case Z, GAIN, DELTA, BIAS -> Optional.of(new Neuron(l, i));
                case REVERSE_DELTA -> Optional.of(new Amp(l, i));
                default -> Optional.empty();
            };
        }
    }

    /** What a drawn piece is of its part: a neuron's circle, an amplifier's triangle, a highlight's halo, a label's plate. */
    enum Piece {
        CIRCLE("-circle"), SHAPE("-shape"), HALO("-halo"), PLATE("-plate");

        private final String suffix;

        Piece(String suffix) { this.suffix = suffix; }
    }

    /** One piece of a part: {@code neuron-2-1-circle}, {@code amp-1-2-shape}, {@code delta-2-1-plate}. */
    record Part(DiagramId of, Piece piece) implements DiagramId {
        @Override public String text() { return of.text() + piece.suffix; }
    }

    /** The id of the plate behind the label {@code labelId} (every label has one, whatever its id). */
    static String plateOf(String labelId) { return labelId + Piece.PLATE.suffix; }

    /** This part's piece: {@code new Neuron(2, 0).piece(CIRCLE)} is {@code neuron-2-1-circle}. */
    default Part piece(Piece piece) { return new Part(this, piece); }

    /** The typed id {@code text} writes, or empty for an id that is not one of these (a title, a pulse, a formula). */
    static Optional<DiagramId> parse(String text) {
        for (Piece piece : Piece.values()) {
            if (text.endsWith(piece.suffix)) {
                Optional<DiagramId> of = parse(text.substring(0, text.length() - piece.suffix.length()));
                if (of.isPresent()) return Optional.of(of.get().piece(piece));
            }
        }
        String[] words = text.split("-", -1);
        try {
            switch (words[0]) {
                case "neuron" -> { if (words.length == 3) return Optional.of(new Neuron(number(words[1]), index(words[2]))); }
                case "amp" -> { if (words.length == 3) return Optional.of(new Amp(number(words[1]), index(words[2]))); }
                case "edge", "redge" -> {
                    if (words.length == 4) {
                        Side side = words[0].equals("edge") ? Side.FORWARD : Side.REVERSE;
                        return Optional.of(new Edge(side, number(words[1]), index(words[2]), index(words[3])));
                    }
                }
                case "dcdy" -> { if (words.length == 2) return Optional.of(new Terminal(index(words[1]))); }
                case "jacobian" -> { if (words.length == 2) return Optional.of(new Jacobian(number(words[1]))); }
                case "header" -> {
                    if (words.length == 3) {
                        int l = words[2].equals("input") ? Header.INPUT : number(words[2]);
                        return Side.of(words[1]).map(side -> new Header(side, l));
                    }
                }
                case "summary" -> {
                    if (words.length == 3) {
                        int l = number(words[2]);
                        return Side.of(words[1]).map(side -> new Summary(side, l));
                    }
                }
                default -> {
                    for (Value v : Value.values()) {
                        if (v.prefix.equals(words[0]) && words.length == v.indices + 1) {
                            return Optional.of(switch (v.indices) {
                                case 1 -> Label.of(v, index(words[1]));
                                case 2 -> Label.of(v, number(words[1]), index(words[2]));
                                default -> Label.of(v, number(words[1]), index(words[2]), index(words[3]));
                            });
                        }
                    }
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty(); // "neuron-x-1": not an id of ours
        }
        return Optional.empty();
    }

    private static int number(String word) {
        if (word.isEmpty() || !word.chars().allMatch(c -> c >= '0' && c <= '9')) throw new NumberFormatException(word);
        return Integer.parseInt(word);
    }

    /** A neuron's number as written (from 1), as the index it stands for (from 0). */
    private static int index(String word) {
        int n = number(word);
        if (n < 1) throw new NumberFormatException(word);
        return n - 1;
    }
}
