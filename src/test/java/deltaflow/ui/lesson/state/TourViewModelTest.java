package deltaflow.ui.lesson.state;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TourViewModelTest {
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/tour-" + UUID.randomUUID());

    @AfterEach void cleanUp() throws Exception { prefs.removeNode(); }

    @Test void opensByItselfOnTheFirstStartOnly() {
        TourViewModel first = new TourViewModel();
        first.openIfFirstRun(prefs);
        assertTrue(first.showingProperty().get());
        first.close();
        TourViewModel second = new TourViewModel();
        second.openIfFirstRun(prefs);
        assertFalse(second.showingProperty().get(), "seen once, the tour waits in the Help menu");
    }

    @Test void closingOnTheFirstCardStillCountsAsSeen() {
        TourViewModel tour = new TourViewModel();
        tour.openIfFirstRun(prefs);
        tour.close();
        assertTrue(prefs.getBoolean(TourViewModel.SEEN, false));
    }

    @Test void stepsThroughTheFiveCardsAndDoneCloses() {
        TourViewModel tour = new TourViewModel();
        tour.open();
        assertEquals("tour.step", tour.stepKey());
        assertTrue(tour.atFirst().get());
        tour.back(); // nothing before the first
        assertEquals(0, tour.indexProperty().get());
        for (String id : new String[] {"views", "weight", "lesson", "hall"}) {
            tour.next();
            assertEquals("tour." + id, tour.stepKey());
        }
        assertTrue(tour.atLast().get());
        tour.back();
        assertEquals("tour.lesson", tour.stepKey());
        tour.next();
        tour.next(); // "Done"
        assertFalse(tour.showingProperty().get());
    }

    @Test void reopeningStartsAgainAtTheFirstCard() {
        TourViewModel tour = new TourViewModel();
        tour.open();
        tour.next();
        tour.next();
        tour.close();
        tour.open();
        assertEquals("tour.step", tour.stepKey());
    }

    @Test void aWindowWithoutPreferencesRemembersNothing() {
        TourViewModel tour = new TourViewModel();
        tour.open(); // tests' windows: must not write into the user's preferences
        assertTrue(tour.showingProperty().get());
    }
}
