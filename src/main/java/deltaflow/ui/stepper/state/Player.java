package deltaflow.ui.stepper.state;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Plays the stepper: one step per beat at its speed while it is playing. */
public final class Player {
    private final StepperViewModel stepper;
    private Timeline beat;

    public Player(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.playingProperty().addListener((o, was, is) -> restart());
        stepper.speedProperty().addListener((o, was, is) -> restart());
    }

    private void restart() {
        if (beat != null) beat.stop();
        beat = null;
        if (!stepper.isPlaying()) return;
        double perSecond = Math.max(0.1, stepper.speedProperty().get());
        beat = new Timeline(new KeyFrame(Duration.seconds(1 / perSecond), e -> stepper.tick()));
        beat.setCycleCount(Animation.INDEFINITE);
        beat.play();
    }
}
