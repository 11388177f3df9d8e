package ru.registratura.interfaces.shared.web;

import java.util.Map;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Drops what Mojarra keeps in the session of a view scope it has pushed out.
 * <p>
 * A session keeps a few view scopes ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml). When a new one
 * pushes out the eldest, Mojarra (4.0, Payara 6) destroys the eldest's {@code @ViewScoped} beans. It keeps that view
 * scope's entry in {@code com.sun.faces.application.view.activeViewContexts}, though: its id and a
 * {@code ViewScopeContextObject} per bean, until the session ends. A heap histogram of one patient who booked and
 * cancelled 30 times showed 3 more of them a round (17, 47, 92) and no bean left. So the session grew by every form
 * page a patient opened (bench/RESULTS.md: session size).
 * <p>
 * Registered in {@code faces-config.xml} for {@code PostConstructViewMapEvent}, after Mojarra's own listener has
 * pushed the eldest out: the entries of view scopes no longer active are removed. Without Mojarra's session
 * attributes (another version), it does nothing.
 */
public class EvictedViewScopes implements SystemEventListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        if (prune(session.get(ACTIVE_VIEW_MAPS), session.get(ACTIVE_VIEW_CONTEXTS))) {
            // Put back, so that a distributed session replicates the change.
            session.put(ACTIVE_VIEW_CONTEXTS, session.get(ACTIVE_VIEW_CONTEXTS));
        }
    }

    /** Removes the contexts whose view scope is no longer active; whether any was removed. */
    static boolean prune(Object activeViewMaps, Object activeViewContexts) {
        if (!(activeViewMaps instanceof Map<?, ?> maps) || !(activeViewContexts instanceof Map<?, ?> contexts)
                || contexts.size() <= maps.size()) {
            return false;
        }
        // Mojarra's map of contexts is concurrent; its map of view maps is synchronized, and containsKey does not
        // change its order of use.
        return contexts.keySet().removeIf(id -> !maps.containsKey(id));
    }
}
