package deltaflow.ui.export;

import deltaflow.ui.export.state.ExportViewModel;

import deltaflow.diagram.Shown;
import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.diagram.export.Exports.Format;
import deltaflow.diagram.export.Exports.Moment;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.ui.i18n.Messages;
import javafx.beans.InvalidationListener;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File ▸ Export…: the choices of {@link ExportViewModel} beside a preview of what will be written, and quick
 * copies of the picture as PNG or SVG to the clipboard.
 */
public final class ExportDialog {
    /** SVG on the clipboard under its MIME type, for programs that paste vector graphics. */
    static final DataFormat SVG = DataFormat.lookupMimeType("image/svg+xml") != null
            ? DataFormat.lookupMimeType("image/svg+xml") : new DataFormat("image/svg+xml");

    private final ExportViewModel export;
    private final Supplier<Path> directory;
    private final Stage stage = new Stage();
    private final ImageView preview = new ImageView();
    private final Label status = new Label();
    private final AtomicLong previewGeneration = new AtomicLong();

    public ExportDialog(ExportViewModel export, Supplier<Path> directory, Window owner) {
        this.export = export;
        this.directory = directory;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(Messages.text("export.title"));
        BorderPane root = new BorderPane();
        root.getStyleClass().add("export-dialog");
        root.setLeft(choices());
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setPrefViewportWidth(760);
        previewPane.setPrefViewportHeight(520);
        root.setCenter(previewPane);
        root.setBottom(buttons());
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner == null ? java.util.List.of() : owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> { if (e.getCode() == KeyCode.ESCAPE) stage.close(); });
        stage.setScene(scene);
        InvalidationListener refresh = o -> refreshPreview();
        for (var dependency : export.dependencies()) dependency.addListener(refresh);
        stage.setOnHidden(e -> { for (var dependency : export.dependencies()) dependency.removeListener(refresh); });
        refreshPreview();
    }

    public void show() { stage.show(); }

    Stage stage() { return stage; }

    private GridPane choices() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, label("export.format"), choice("export-format", Format.values(), export.formatProperty(), f -> Messages.get("export.format." + f.id())));
        grid.addRow(row++, label("export.view"), choice("export-view", View.values(), export.viewProperty(), v -> Messages.get("view." + v.id())));
        Moment[] moments = new Moment[Moment.values().length + 1];
        System.arraycopy(Moment.values(), 0, moments, 1, Moment.values().length); // moments[0] = the step on screen
        grid.addRow(row++, label("export.at"), choice("export-at", moments, export.momentProperty(),
                m -> Messages.get(m == null ? "export.at.current" : "export.at." + m.id())));
        FlowPane values = new FlowPane(8, 4);
        values.setPrefWrapLength(260);
        for (Shown shown : Shown.values()) {
            CheckBox box = new CheckBox(Messages.get("export.value." + shown.name().toLowerCase(java.util.Locale.ROOT)));
            box.setId("export-value-" + shown.name().toLowerCase(java.util.Locale.ROOT));
            box.setSelected(export.values().contains(shown));
            box.selectedProperty().addListener((o, was, on) -> { if (on) export.values().add(shown); else export.values().remove(shown); });
            values.getChildren().add(box);
        }
        grid.addRow(row++, label("export.values"), values);
        Spinner<Integer> digits = new Spinner<>(1, 10, export.digitsProperty().get());
        digits.setId("export-digits");
        digits.valueProperty().addListener((o, was, now) -> export.digitsProperty().set(now));
        grid.addRow(row++, label("export.digits"), digits);
        grid.addRow(row++, label("export.theme"), choice("export-theme", Theme.values(), export.themeProperty(), t -> Messages.get("theme." + t.id())));
        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(export.titleProperty());
        grid.addRow(row++, label("export.diagramTitle"), title);
        grid.addRow(row++, new Label(), check("export-formula", "export.formula", export.formulaProperty()));
        grid.addRow(row++, new Label(), check("export-highlight", "export.highlight", export.highlightProperty()));
        Spinner<Integer> scale = new Spinner<>(1, 4, export.scaleProperty().get());
        scale.setId("export-scale");
        scale.valueProperty().addListener((o, was, now) -> export.scaleProperty().set(now));
        grid.addRow(row++, label("export.scale"), scale);
        grid.addRow(row++, new Label(), check("export-transparent", "export.transparent", export.transparentProperty()));
        Spinner<Integer> fps = new Spinner<>(1, 30, export.framesPerSecondProperty().get());
        fps.setId("export-fps");
        fps.valueProperty().addListener((o, was, now) -> export.framesPerSecondProperty().set(now));
        fps.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !export.formatProperty().get().isAnimation(), export.formatProperty()));
        grid.addRow(row++, label("export.fps"), fps);
        CheckBox bare = check("export-bare", "export.bare", export.bareProperty());
        bare.disableProperty().bind(export.formatProperty().isNotEqualTo(Format.TIKZ));
        grid.addRow(row, new Label(), bare);
        return grid;
    }

    private HBox buttons() {
        Button save = new Button();
        save.setId("export-save");
        save.textProperty().bind(Messages.text("export.save"));
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button copyPng = new Button();
        copyPng.setId("export-copy-png");
        copyPng.textProperty().bind(Messages.text("export.copyPng"));
        copyPng.setOnAction(e -> copyPng());
        Button copySvg = new Button();
        copySvg.setId("export-copy-svg");
        copySvg.textProperty().bind(Messages.text("export.copySvg"));
        copySvg.setOnAction(e -> copySvg());
        Button close = new Button();
        close.setId("export-close");
        close.textProperty().bind(Messages.text("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        status.setId("export-status");
        HBox box = new HBox(10, save, copyPng, copySvg, close, status);
        box.setPadding(new Insets(12));
        return box;
    }

    void save() {
        Path before = directory.get();
        export.exportAs(before);
    }

    void copyPng() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(paint(export.png()), null));
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(Messages.get("export.copied"));
    }

    void copySvg() {
        String svg = export.svg();
        ClipboardContent content = new ClipboardContent();
        content.putString(svg); // text editors and slide tools that take SVG as text
        content.put(SVG, svg);
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(Messages.get("export.copied"));
    }

    /** Renders off the FX thread (a 784-wide network takes seconds); only the newest request is shown. */
    private void refreshPreview() {
        long generation = previewGeneration.incrementAndGet();
        Task<java.awt.image.BufferedImage> task = new Task<>() {
            @Override protected java.awt.image.BufferedImage call() { return paint(export.preview(760)); }
        };
        task.setOnSucceeded(e -> {
            if (generation == previewGeneration.get()) preview.setImage(SwingFXUtils.toFXImage(task.getValue(), null));
        });
        task.setOnFailed(e -> status.setText(String.valueOf(task.getException().getMessage())));
        Thread thread = new Thread(task, "export-preview");
        thread.setDaemon(true);
        thread.start();
    }

    private static java.awt.image.BufferedImage paint(ExportViewModel.Picture picture) {
        return Java2DRenderer.render(picture.diagram(), picture.pixelsPerUnit(), picture.transparent());
    }

    private static Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(Messages.text(key));
        return label;
    }

    private static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(Messages.text(key));
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] items, javafx.beans.property.ObjectProperty<T> property, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().addAll(Arrays.asList(items));
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T item) { return name.apply(item); }
            @Override public T fromString(String text) { return null; }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
