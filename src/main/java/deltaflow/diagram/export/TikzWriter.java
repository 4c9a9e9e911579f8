package deltaflow.diagram.export;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.model.MathText;

import java.util.Locale;

/**
 * A diagram as TikZ: a standalone document that pdflatex compiles as is, or a bare {@code tikzpicture} (with
 * its colour definitions) to paste into a Beamer frame. Colours are {@code \definecolor}d once at the top
 * from the palette (named {@code df} + role, e.g. {@code dfpositive}); values are typeset as math from
 * {@link MathText#latex()}, {@code $\delta^{2}_{1}{} = 0.1385$}. Diagram units map to points so that the
 * picture is {@code widthCm} wide; fonts scale with it, so the layout is the screen's.
 */
public final class TikzWriter {
    private static final double MATH_SIZE = 0.85;
    /** A raster is drawn with at most this many cells a side. */
    static final int MAX_CELLS = 64;
    /** Symbols a title or caption may hold that pdflatex's utf8 input cannot typeset in text mode. */
    private static final java.util.Map<Character, String> TEXT_SYMBOLS = textSymbols();

    private final boolean bare;
    private final boolean transparent;
    private final double widthCm;

    /**
     * @param bare        only the colour definitions and the tikzpicture, for \input into Beamer
     * @param transparent no background rectangle
     * @param widthCm     the width of the picture (a Beamer frame is about 12 cm of text width)
     */
    public TikzWriter(boolean bare, boolean transparent, double widthCm) {
        this.bare = bare;
        this.transparent = transparent;
        this.widthCm = widthCm;
    }

    /** The whole document as one string; files use {@link #write(Diagram, Writer)}. */
    public String write(Diagram diagram) {
        java.io.StringWriter text = new java.io.StringWriter(diagram.primitives().size() * 120 + 2000);
        try {
            write(diagram, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes the document as it is produced, a few kilobytes at a time. */
    public void write(Diagram diagram, java.io.Writer out) throws java.io.IOException {
        double k = widthCm / 2.54 * 72.27 / diagram.width(); // pt per diagram unit
        StringBuilder tex = new StringBuilder(1 << 16);
        if (!bare) {
            // article with the page set to the picture's size, not standalone.cls: that needs texlive-latex-extra,
            // and this should compile on any TeX installation that has TikZ.
            String w = n(diagram.width() * k) + "pt", h = n(diagram.height() * k) + "pt";
            tex.append("% deltaflow diagram: compiles with pdflatex (or lualatex, xelatex) as is\n")
                    .append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{tikz}\n\\pagestyle{empty}\n")
                    .append(fallbacks(diagram))
                    .append("\\setlength{\\paperwidth}{").append(w).append("}\\setlength{\\paperheight}{").append(h).append("}\n")
                    .append("\\ifdefined\\pdfpagewidth\\pdfpagewidth=\\paperwidth\\pdfpageheight=\\paperheight\\fi\n")
                    .append("\\ifdefined\\pagewidth\\pagewidth=\\paperwidth\\pageheight=\\paperheight\\fi\n")
                    .append("\\setlength{\\hoffset}{-1in}\\setlength{\\voffset}{-1in}\\setlength{\\oddsidemargin}{0pt}\\setlength{\\topmargin}{0pt}\n")
                    .append("\\setlength{\\headheight}{0pt}\\setlength{\\headsep}{0pt}\\setlength{\\topskip}{0pt}\\setlength{\\parindent}{0pt}\n")
                    .append("\\setlength{\\textwidth}{\\paperwidth}\\setlength{\\textheight}{\\paperheight}\\addtolength{\\textheight}{10pt}\n");
        } else {
            tex.append("% deltaflow diagram for \\input in a Beamer frame; needs \\usepackage{tikz}\n");
        }
        for (ColorRole role : ColorRole.values()) {
            tex.append("\\definecolor{").append(name(role)).append("}{HTML}{")
                    .append(diagram.palette().color(role).substring(1).toUpperCase(Locale.ROOT)).append("}\n");
        }
        if (!bare) tex.append("\\begin{document}\n\\noindent");
        tex.append("\\begin{tikzpicture}[x=").append(n(k)).append("pt,y=-").append(n(k)).append("pt]\n");
        tex.append("\\useasboundingbox (0,0) rectangle (").append(n(diagram.width())).append(',').append(n(diagram.height())).append(");\n");
        if (!transparent) {
            tex.append("\\fill[").append(name(ColorRole.BACKGROUND)).append("] (0,0) rectangle (")
                    .append(n(diagram.width())).append(',').append(n(diagram.height())).append(");\n");
        }
        Elements elements = new Elements(tex, k);
        for (Primitive p : diagram.primitives()) {
            elements.draw(p);
            if (tex.length() >= 1 << 15) {
                out.append(tex);
                tex.setLength(0);
            }
        }
        tex.append("\\end{tikzpicture}\n");
        if (!bare) tex.append("\\end{document}\n");
        out.append(tex);
        out.flush();
    }

    /** Each primitive as one TikZ command after a comment with its id and classes; {@code k} points per diagram unit. */
    private record Elements(StringBuilder tex, double k) implements Primitive.Visitor<StringBuilder> {
        void draw(Primitive p) {
            tex.append("% ").append(comment(p.id())).append(p.classes().isEmpty() ? "" : " (" + comment(p.classes()) + ")").append('\n');
            p.accept(this);
        }

        @Override public StringBuilder line(Primitive.Line l) {
            tex.append("\\draw[").append(name(l.role())).append(",line width=").append(n(l.width() * k)).append("pt");
            if (l.dashed()) dashes(tex, Strokes.lineDashes(l.width()), k);
            if (l.opacity() < 1) tex.append(",draw opacity=").append(n(l.opacity()));
            return tex.append("] (").append(n(l.x1())).append(',').append(n(l.y1())).append(") -- (")
                    .append(n(l.x2())).append(',').append(n(l.y2())).append(");\n");
        }

        @Override public StringBuilder circle(Primitive.Circle c) {
            return tex.append("\\path[").append(paint(c.fill(), c.stroke(), c.strokeWidth(), c.dashed(), 1, k)).append("] (")
                    .append(n(c.cx())).append(',').append(n(c.cy())).append(") circle[radius=").append(n(c.r())).append("];\n");
        }

        @Override public StringBuilder polygon(Primitive.Polygon g) {
            tex.append("\\path[").append(paint(g.fill(), g.stroke(), g.strokeWidth(), g.dashed(), 1, k)).append("] ");
            for (int i = 0; i < g.size(); i++) tex.append('(').append(n(g.x(i))).append(',').append(n(g.y(i))).append(") -- ");
            return tex.append("cycle;\n");
        }

        @Override public StringBuilder rect(Primitive.Rect r) {
            tex.append("\\path[").append(paint(r.fill(), r.stroke(), r.strokeWidth(), false, r.opacity(), k));
            if (r.corner() > 0) tex.append(",rounded corners=").append(n(r.corner() * k)).append("pt");
            return tex.append("] (").append(n(r.x())).append(',').append(n(r.y())).append(") rectangle (")
                    .append(n(r.x() + r.width())).append(',').append(n(r.y() + r.height())).append(");\n");
        }

        @Override public StringBuilder text(Primitive.Text t) {
            String anchor = switch (t.anchor()) { case START -> "west"; case MIDDLE -> "center"; case END -> "east"; };
            // Typeset math stacks its scripts and stands taller than the screen's side-by-side scripts: a
            // slightly smaller size keeps adjacent label lines apart.
            double size = t.fontSize() * k * MATH_SIZE;
            return tex.append("\\node[anchor=").append(anchor).append(",inner sep=0pt,text=").append(name(t.role()))
                    .append(",font=\\fontsize{").append(n(size)).append("}{").append(n(size * 1.2)).append("}\\selectfont")
                    .append(t.bold() ? "\\bfseries\\boldmath" : "").append("] at (").append(n(t.x())).append(',').append(n(t.y())).append(") {")
                    .append(content(t.text())).append("};\n");
        }

        @Override public StringBuilder polyline(Primitive.Polyline q) {
            tex.append("\\draw[").append(name(q.role())).append(",line width=").append(n(q.width() * k)).append("pt,line join=round");
            if (q.dashed()) dashes(tex, Strokes.lineDashes(q.width()), k);
            tex.append("] ");
            for (int i = 0; i < q.size(); i++) tex.append(i == 0 ? "(" : " -- (").append(n(q.x(i))).append(',').append(n(q.y(i))).append(')');
            return tex.append(";\n");
        }

        @Override public StringBuilder raster(Primitive.Raster r) {
            TikzWriter.raster(tex, r);
            return tex;
        }
    }

    private static void dashes(StringBuilder tex, double[] onOff, double k) {
        tex.append(",dash pattern=on ").append(n(onOff[0] * k)).append("pt off ").append(n(onOff[1] * k)).append("pt");
    }

    /**
     * A raster as filled rectangles, one per run of equal cells in a row (fully transparent cells left out). TikZ
     * has no smoothing, so a smooth raster is drawn in blocks too; a grid finer than {@link #MAX_CELLS} a side is
     * averaged down to it first, so a document stays small enough for pdflatex's memory.
     */
    private static void raster(StringBuilder tex, Primitive.Raster r) {
        int columns = Math.min(r.columns(), MAX_CELLS), rows = Math.min(r.rows(), MAX_CELLS);
        int[] cells = RasterCells.resample(r, columns, rows);
        double cw = r.width() / columns, ch = r.height() / rows;
        for (int row = 0; row < rows; row++) {
            for (int start = 0; start < columns; ) {
                int c = cells[row * columns + start], end = start + 1;
                while (end < columns && cells[row * columns + end] == c) end++;
                int alpha = c >>> 24;
                if (alpha > 0) {
                    tex.append("\\fill[fill={rgb,255:red,").append(c >> 16 & 0xff).append(";green,").append(c >> 8 & 0xff)
                            .append(";blue,").append(c & 0xff).append('}');
                    if (alpha < 255) tex.append(",fill opacity=").append(n(alpha / 255.0));
                    tex.append("] (").append(n(r.x() + start * cw)).append(',').append(n(r.y() + row * ch)).append(") rectangle (")
                            .append(n(r.x() + end * cw)).append(',').append(n(r.y() + (row + 1) * ch)).append(");\n");
                }
                start = end;
            }
        }
    }

    /** Math where the text has any (scripts, Greek, operators, a true minus), plain escaped text otherwise. */
    static String content(MathText text) {
        return isMath(text) ? "$" + text.latex() + "$" : escape(text.plain());
    }

    private static boolean isMath(MathText text) {
        return !text.latex().equals(text.plain()) || text.runs().stream().anyMatch(r -> r.script() != MathText.Script.NORMAL);
    }

    private static String paint(ColorRole fill, ColorRole stroke, double width, boolean dashed, double fillOpacity, double k) {
        StringBuilder s = new StringBuilder();
        if (fill != null) s.append("fill=").append(name(fill));
        if (fill != null && fillOpacity < 1) s.append(",fill opacity=").append(n(fillOpacity));
        if (stroke != null) {
            if (s.length() > 0) s.append(',');
            s.append("draw=").append(name(stroke)).append(",line width=").append(n(width * k)).append("pt");
            if (dashed) dashes(s, Strokes.outlineDashes(width), k);
        }
        return s.toString();
    }

    /** {@code NEURON_FILL} → {@code dfneuronfill}: letters only, safe in every xcolor version. */
    static String name(ColorRole role) { return "df" + role.cssName().replace("-", ""); }

    static String n(double v) { return SvgWriter.n(v); }

    private static java.util.Map<Character, String> textSymbols() {
        java.util.Map<Character, String> map = new java.util.HashMap<>();
        String greek = "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
        String[] names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
                "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi",
                "Pi", "Sigma", "Phi", "Psi", "Omega"};
        for (int k = 0; k < names.length; k++) map.put(greek.charAt(k), "\\" + names[k]);
        map.put('∂', "\\partial");
        map.put('−', "-");
        map.put('×', "\\times");
        map.put('∇', "\\nabla");
        map.put('·', "\\cdot");
        map.put('′', "'");
        map.put('∞', "\\infty");
        return map;
    }

    /**
     * The characters of {@code text} pdflatex's utf8 input cannot typeset in text mode (Chinese, emoji, ...): each
     * stops pdflatex with "Unicode character not set up for use with LaTeX".
     */
    public static java.util.SortedSet<Integer> untypesettable(String text) {
        java.util.SortedSet<Integer> found = new java.util.TreeSet<>();
        text.codePoints().filter(c -> !(c <= 0x02FF || c >= 0x2000 && c <= 0x206F || c == 0x20AC || c < 0x10000 && TEXT_SYMBOLS.containsKey((char) c)))
                .forEach(found::add);
        return found;
    }

    /**
     * For pdflatex only, each character it cannot typeset shown as a question mark, so the document still
     * compiles as is; xelatex and lualatex typeset them with whatever font has them.
     */
    private static String fallbacks(Diagram diagram) {
        java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();
        for (Primitive p : diagram.primitives()) if (p instanceof Primitive.Text t && !isMath(t.text())) missing.addAll(untypesettable(t.text().plain()));
        if (missing.isEmpty()) return "";
        StringBuilder tex = new StringBuilder("\\ifdefined\\XeTeXrevision\\else\\ifdefined\\directlua\\else\n");
        for (int c : missing) tex.append("\\DeclareUnicodeCharacter{").append(String.format(Locale.ROOT, "%04X", c)).append("}{?}\n");
        return tex.append("\\fi\\fi\n").toString();
    }

    /** A comment ends at the line's end: a newline in an id must not let the rest become TeX. */
    private static String comment(String text) { return text.replaceAll("[\\p{Cntrl}\u2028\u2029]", " "); }

    /**
     * Text for TeX's text mode: each of # $ % & ~ _ ^ \ { } as the character itself, {@code < > |} as
     * themselves rather than the OT1 font's ¡ ¿ —, and control characters (a newline would end the node's
     * paragraph, a blank line break the picture) as spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("\\textbar{}");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                        continue;
                    }
                    String math = TEXT_SYMBOLS.get(c);
                    if (math != null) out.append('$').append(math).append('$');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
