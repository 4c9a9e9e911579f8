package deltaflow.ui.train.state;

import deltaflow.diagram.DiagramTexts;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The training picture's network headers speak the window's language, as the stepper's diagram does (they stayed English in 繁體中文). */
class TrainPictureWordsTest {
    private final TrainViewModel model = new TrainViewModel(TrainSetup.defaults());

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
        model.close();
    }

    @Test
    void theNetworksHeadersAreInTheWindowsLanguage() {
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        DiagramTexts texts = model.pictureOptions().texts();
        assertEquals("輸入 x", texts.input());
        assertEquals("第 1 層", texts.layer(1));
        assertEquals("（輸出 y）", texts.output());
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("layer 2", model.pictureOptions().texts().layer(2));
    }
}
