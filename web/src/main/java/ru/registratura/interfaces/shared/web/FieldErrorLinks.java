package ru.registratura.interfaces.shared.web;

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
 * (nearly every request) is not walked. Registered in {@code faces-config.xml} for {@code PreRenderViewEvent}.
 */
public class FieldErrorLinks implements SystemEventListener {

    static final String SUFFIX = "Error";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getMessageList().isEmpty() && !context.isPostback()) {
            return;
        }
        ((UIViewRoot) event.getSource()).visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIMessage message) {
                link(context, message);
            }
            return VisitResult.ACCEPT;
        });
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
