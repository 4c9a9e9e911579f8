package deltaflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Properties bundles whose fallback ends at the base bundle (English), never at the JVM's default locale: on
 * a machine set to Chinese, English text must still be English. {@code ResourceBundle.Control} would say
 * that, but a named module may not use it, so the candidate files are read here, from the module's own
 * resources, each a child of the next. The files are UTF-8.
 */
public final class Bundles {
    private static final Map<String, ResourceBundle> CACHE = new ConcurrentHashMap<>();

    private Bundles() {}

    /** The bundle {@code baseName} (dotted, as for {@link ResourceBundle#getBundle}) for {@code locale}. */
    public static ResourceBundle get(String baseName, Locale locale) {
        return CACHE.computeIfAbsent(baseName + "|" + locale.toLanguageTag(), k -> load(baseName, locale));
    }

    private static ResourceBundle load(String baseName, Locale locale) {
        ResourceBundle.Control names = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<Locale> candidates = names.getCandidateLocales(baseName, locale); // most specific first, ROOT last
        ResourceBundle parent = null;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String resource = "/" + names.toResourceName(names.toBundleName(baseName, candidates.get(i)), "properties");
            try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
                if (in != null) parent = new Chained(in, parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        if (parent == null) throw new java.util.MissingResourceException("no bundle " + baseName, baseName, "");
        return parent;
    }

    private static final class Chained extends PropertyResourceBundle {
        Chained(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            if (parent != null) setParent(parent);
        }
    }
}
