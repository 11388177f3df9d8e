package ru.registratura.interfaces.cabinet.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;

/**
 * A component that writes its HTML itself in {@code encodeBegin}: no renderer, no children, nothing kept in the view's
 * state (the page's bean gives its data on every request). For lists drawn on every booking ({@link CalendarWeeks},
 * {@link TimeLinks}), where a {@code ui:repeat} of fragments cost a component tree and several expressions per item.
 */
abstract class SelfWrittenComponent extends UIComponentBase {

    SelfWrittenComponent() {
        setRendererType(null);
        setTransient(true);
    }

    @Override
    public String getFamily() {
        return "ru.registratura.SelfWritten";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // No children.
    }
}
