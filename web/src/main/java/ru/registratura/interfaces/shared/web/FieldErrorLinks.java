package ru.registratura.interfaces.shared.web;

import java.util.Iterator;
import java.util.Map;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Ties each field's error message to its field for screen readers (WCAG 3.3.1, 1.3.1): before a page with messages
 * is rendered, a field that has a message of its own gets {@code aria-invalid="true"} and
 * {@code aria-describedby} naming its {@code h:message}, which gets the id {@code <field>Error} where the page gave it
 * none; a field whose message has gone (corrected, sent again) loses both. A page first shown without messages
 * (nearly every request), or with messages of the page only, is not walked. Registered in {@code faces-config.xml} for {@code PreRenderViewEvent}.
 */
public class FieldErrorLinks implements SystemEventListener {

    static final String SUFFIX = "Error";

    /** The view root's attribute saying that fields of this view were linked to their messages. */
    static final String LINKED = FieldErrorLinks.class.getName() + ".linked";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        boolean fieldMessages = hasFieldMessages(context);
        // The view remembers (in its state) that it linked a field, so that a later postback without field messages
        // walks it once more to unlink them; a page with none, or with the page's own messages only (a time taken
        // meanwhile), is not walked at all (it was 1.7 % of the page rush's CPU, bench/RESULTS.md).
        if (!fieldMessages && !root.getAttributes().containsKey(LINKED)) {
            return;
        }
        root.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIMessage message) {
                link(context, message);
            }
            return VisitResult.ACCEPT;
        });
        if (fieldMessages) {
            root.getAttributes().put(LINKED, Boolean.TRUE);
        } else {
            root.getAttributes().remove(LINKED);
        }
    }

    /** Whether a message of the request belongs to a field (not to the page as a whole). */
    private static boolean hasFieldMessages(FacesContext context) {
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            if (ids.next() != null) {
                return true;
            }
        }
        return false;
    }

    private static void link(FacesContext context, UIMessage message) {
        String forId = message.getFor();
        UIComponent field = forId == null ? null : message.findComponent(forId);
        if (field == null) {
            return;
        }
        if (context.getMessageList(field.getClientId(context)).isEmpty()) {
            Map<String, Object> earlier = field.getPassThroughAttributes(false);
            if (earlier != null && !earlier.isEmpty()) {
                earlier.remove("aria-invalid");
                earlier.remove("aria-describedby");
            }
            return;
        }
        Map<String, Object> attributes = field.getPassThroughAttributes();
        if (message.getId() == null || message.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
            message.setId(field.getId() + SUFFIX);
        }
        attributes.put("aria-invalid", "true");
        attributes.put("aria-describedby", message.getClientId(context));
    }
}
