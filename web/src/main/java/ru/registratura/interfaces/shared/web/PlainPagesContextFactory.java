package ru.registratura.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;

import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' response writers off the patients' pages. With {@code primefaces.CSP} on (the staff workspace
 * needs it), PrimeFaces' faces context wraps the writer of every page in its {@code CspResponseWriter}, which looks at
 * each element and attribute for inline script to move: 3–6 % of a booking wizard page's CPU (bench/RESULTS.md,
 * issue 17), on pages that have no PrimeFaces component and no inline script at all (their policy allows none). A
 * page outside {@code /staff/} gets the render kit's writer as it is; the workspace's pages keep PrimeFaces' writers.
 * PrimeFaces' request context is still made and released for every request.
 */
public class PlainPagesContextFactory extends FacesContextFactory {

    public PlainPagesContextFactory(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        FacesContext created = getWrapped().getFacesContext(context, request, response, lifecycle);
        if (!(created instanceof PrimeFacesContext primeFaces)) {
            return created;
        }
        return new PlainWriterContext(primeFaces);
    }

    /**
     * PrimeFaces' faces context, whose response writer on a patients' page is set beneath PrimeFaces' wrapping. It is
     * the request's current faces context from its making (as PrimeFaces' own is).
     */
    static final class PlainWriterContext extends FacesContextWrapper {

        private final FacesContext beneath;

        PlainWriterContext(PrimeFacesContext wrapped) {
            super(wrapped);
            this.beneath = wrapped.getWrapped();
            FacesContext.setCurrentInstance(this);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            if (writer == null || PortalHeadRenderer.primeFaces(this)) {
                super.setResponseWriter(writer);
            } else {
                beneath.setResponseWriter(writer);
            }
        }
    }
}
