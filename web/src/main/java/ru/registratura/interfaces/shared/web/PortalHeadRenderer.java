package ru.registratura.interfaces.shared.web;

import java.io.IOException;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.renderkit.HeadRenderer;

/**
 * The pages' {@code <h:head>}: PrimeFaces' own on the staff workspace (its theme, icons, settings and scripts, for
 * the components the operators use, each script with the view's nonce: {@link WorkspaceRenderKitFactory}), and a
 * plain head everywhere else, so that the patients' and the public pages
 * load no PrimeFaces resource: only the portal's style sheet and what their own components declare.
 */
public class PortalHeadRenderer extends HeadRenderer {

    static final String STAFF_PAGES = "/staff/";

    @Override
    public void encodeBegin(FacesContext context, UIComponent head) throws IOException {
        if (primeFaces(context)) {
            super.encodeBegin(context, head);
            return;
        }
        context.getResponseWriter().startElement("head", head);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent head) throws IOException {
        if (primeFaces(context)) {
            super.encodeEnd(context, head);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
        writer.endElement("head");
    }

    static boolean primeFaces(FacesContext context) {
        return context.getViewRoot() != null && context.getViewRoot().getViewId() != null
                && context.getViewRoot().getViewId().startsWith(STAFF_PAGES);
    }
}
