/**
 * deltaflow as a module, so the installed program runs JavaFX from the module path (no "Unsupported JavaFX
 * configuration" warning) and jlink can build a runtime holding only what it needs.
 *
 * <p>JLaTeXMath 1.0.7 is not modular: at compile time and under {@code mvn javafx:run} it is the automatic
 * module {@code jlatexmath} (named after its jar); the {@code dist} build turns it, with its two font jars,
 * into one explicit module of the same name (see {@code src/dist/jlatexmath/module-info.java}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module deltaflow {
    requires javafx.controls;
    requires javafx.swing;          // SwingFXUtils: JLaTeXMath's formulas into JavaFX images
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires jlatexmath;
    requires java.desktop;          // BufferedImage and ImageIO for PNG/GIF export and typesetting
    requires java.prefs;            // recent files, lecture-hall settings

    // JavaFX instantiates the Application subclass reflectively.
    exports deltaflow.ui to javafx.graphics;
}
