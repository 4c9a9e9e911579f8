package deltaflow.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything needed to reopen a lesson at the exact step: the scenario as edited, the position in its
 * timeline, the granularity, the selection, the exercise progress, and the window's own settings (view,
 * theme, scale, ...) as named strings the model does not interpret.
 */
public record Session(Scenario scenario, int position, Granularity granularity, ValueRef selection,
                      Exercise exercise, Map<String, String> settings) {

    public Session {
        if (position < 0) throw new IllegalArgumentException("position " + position + " is before the start");
        settings = Map.copyOf(new TreeMap<>(settings));
    }
}
