package deltaflow.ui;

import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.state.BuiltInTexts;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Exercise;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 11: text shown to a person writes scripts as scripts (z₁¹, wⱼᵢ, Cʳ), never the trace's plain
 * notation (z_1^1, w_ji, C^r). Scans every message of both bundles, the built-in scenarios' own words, and what
 * an exercise says at every step of every small built-in scenario.
 */
class RawNotationTest {
    /**
     * A one-letter symbol with _ and an index (z_1, w_ji, δ_{l}), or any ^. A menu's mnemonic ("E_xercise",
     * "_Open", "Sess_ion") is an underscore inside or before a word, not after a lone letter.
     */
    static final Pattern RAW = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}]_(\\d|\\{|[a-z]{1,2}\\b)|\\^");

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    static void assertNoRawNotation(String where, String text) {
        assertTrue(!RAW.matcher(text).find(), () -> where + ": raw notation in \"" + text + "\"");
    }

    @Test
    void thePatternFindsWhatTheIssueReportedAndSparesMnemonics() {
        for (String raw : List.of("z_1^1", "the weight w_ji instead", "z_2^1 < 0", "C = 1/R Σ C^r", "δ_{l}")) {
            assertTrue(RAW.matcher(raw).find(), raw);
        }
        for (String fine : List.of("E_xercise", "_Open session…", "Sess_ion", "Save session _as…", "Predict ∂C/∂_w", "z₁¹", "wⱼᵢ")) {
            assertTrue(!RAW.matcher(fine).find(), fine);
        }
    }

    @Test
    void noMessageInAnyLanguageWritesRawScripts() {
        int checked = 0;
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : bundle.keySet()) {
                assertNoRawNotation(locale + " " + key, bundle.getString(key));
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void theBuiltInScenariosOwnWordsWriteScripts() {
        for (String name : Scenarios.BUILT_IN) {
            Scenario s = Scenarios.builtIn(name);
            assertNoRawNotation(name + " title", s.title());
            assertNoRawNotation(name + " description", s.description());
            for (Locale locale : Messages.SUPPORTED) {
                Messages.setLocale(locale);
                assertNoRawNotation(name + " introduction " + locale, BuiltInTexts.introduction(s));
            }
        }
    }

    @Test
    void everyQuestionHintAndVerdictOfAnExerciseWritesScripts() {
        for (String name : List.of("mazur", "xor", "softmax", "dead-relu")) {
            StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn(name));
            ExerciseViewModel exercise = new ExerciseViewModel(stepper);
            exercise.start(EnumSet.allOf(Exercise.Topic.class));
            Timeline timeline = stepper.getTimeline();
            List<String> said = new ArrayList<>();
            int guard = 0;
            while (stepper.getPosition() < timeline.size() && guard++ < 10_000) {
                if (exercise.getQuestion() != null) {
                    exercise.showHint();
                    said.add(exercise.getHint());
                    exercise.answer("0");
                    said.add(exercise.getFeedback().message());
                } else {
                    stepper.next();
                }
                said.add(stepper.getStatus());
            }
            assertEquals(timeline.size(), stepper.getPosition(), name + " was walked to the end");
            for (String text : said) assertNoRawNotation(name, text);
        }
    }
}
