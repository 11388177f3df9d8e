package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class EvictedViewScopesTest {

    @Test
    void dropsTheContextsOfViewScopesNoLongerActiveAndKeepsTheActiveOnes() {
        Map<String, Object> active = Collections.synchronizedMap(new LinkedHashMap<>(Map.of("a", Map.of(), "b", Map.of())));
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("old1", Map.of("bean", "x"), "a", Map.of("bean", "y"),
                "old2", Map.of(), "b", Map.of()));
        assertTrue(EvictedViewScopes.prune(active, contexts));
        assertEquals(Set.of("a", "b"), contexts.keySet());
        assertEquals(Map.of("bean", "y"), contexts.get("a"), "an active view scope's beans stay");
    }

    @Test
    void doesNothingWithoutMojarrasAttributesOrWithNothingToDrop() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", Map.of()));
        assertFalse(EvictedViewScopes.prune(null, contexts));
        assertFalse(EvictedViewScopes.prune(Map.of("a", Map.of()), null));
        assertFalse(EvictedViewScopes.prune(Map.of("a", Map.of()), contexts));
        assertFalse(EvictedViewScopes.prune("not a map", contexts));
        assertEquals(Set.of("a"), contexts.keySet());
    }
}
