package org.cartledger.command.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.Test;

/**
 * The trainee records' cache keeps a record that nobody holds through garbage collections, where the weak
 * references it replaced lost it at once (and the next command replayed the trainee's whole history), and
 * otherwise behaves as the Axon cache the repository expects.
 */
class SoftReferenceCacheTest {

    private final SoftReferenceCache cache = new SoftReferenceCache();

    @Test
    void aRecordNobodyHoldsSurvivesGarbageCollectionsThatAWeakReferenceDoesNot() {
        WeakReferenceCache weak = new WeakReferenceCache();
        cache.put("trainee-1", new StringBuilder("a record held by the cache alone"));
        weak.put("trainee-1", new StringBuilder("a record held by the cache alone"));

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(weak.containsKey("trainee-1")).as("the weak reference, as a control").isFalse();
        assertThat(cache.containsKey("trainee-1")).isTrue();
        assertThat(cache.<String, StringBuilder>get("trainee-1")).hasToString("a record held by the cache alone");
    }

    @Test
    void putReplacesGetReadsAndRemoveForgets() {
        cache.put("trainee-1", "first");
        cache.put("trainee-1", "second");

        assertThat(cache.<String, String>get("trainee-1")).isEqualTo("second");
        assertThat(cache.remove("trainee-1")).isTrue();
        assertThat(cache.remove("trainee-1")).isFalse();
        assertThat(cache.<String, String>get("trainee-1")).isNull();
        assertThat(cache.containsKey("trainee-1")).isFalse();
    }

    @Test
    void putIfAbsentKeepsWhatIsThere() {
        assertThat(cache.putIfAbsent("trainee-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("trainee-1", "second")).isFalse();

        assertThat(cache.<String, String>get("trainee-1")).isEqualTo("first");
    }

    @Test
    void removeAllEmptiesIt() {
        cache.put("trainee-1", "one");
        cache.put("trainee-2", "two");

        cache.removeAll();

        assertThat(cache.containsKey("trainee-1")).isFalse();
        assertThat(cache.containsKey("trainee-2")).isFalse();
    }

    @Test
    void listenersHearEachChangeUntilTheyLeave() {
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key + "=" + value);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key + "=" + value);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key + "=" + value);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("trainee-1", "first");
        cache.put("trainee-1", "second");
        cache.get("trainee-1");
        cache.get("trainee-2");
        cache.remove("trainee-1");
        registration.cancel();
        cache.put("trainee-3", "unheard");

        assertThat(heard).containsExactly("created trainee-1=first", "updated trainee-1=second", "read trainee-1=second",
                "removed trainee-1");
    }
}
