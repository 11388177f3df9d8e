package ru.registratura.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;

import org.primefaces.context.PrimeFacesContext;
import org.primefaces.context.PrimeFacesContextFactory;

/**
 * Keeps PrimeFaces' response writers off the patients' pages. With {@code primefaces.CSP} on (the staff workspace
 * needs it), PrimeFaces' faces context wraps the writer of every page in its {@code CspResponseWriter}, which looks at
 * each element and attribute for inline script to move: 3–6 % of a booking wizard page's CPU (bench/RESULTS.md,
 * issue 17), on pages that have no PrimeFaces component and no inline script at all (their policy allows none). A
 * page outside {@code /staff/} gets the render kit's writer as it is; the workspace's pages keep PrimeFaces' writers.
 * <p>
 * The request's faces context is PrimeFaces' own, made here in the place of PrimeFaces' factory, as a subclass
 * ({@link PortalFacesContext}) rather than a wrapper around it: every faces context's constructor walks the thread's
 * stack and loads a class through the application's class loader, under its lock, and a wrapper made a third one
 * for each request (bench/RESULTS.md). PrimeFaces' request context is still made and released for every request.
 */
public class PlainPagesContextFactory extends FacesContextFactory {

    public PlainPagesContextFactory(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        // What PrimeFaces' factory does (its context around the one beneath), with the subclass instead.
        FacesContextFactory next = getWrapped() instanceof PrimeFacesContextFactory primeFaces ? primeFaces.getWrapped()
                : getWrapped();
        FacesContext created = next.getFacesContext(context, request, response, lifecycle);
        return created instanceof PrimeFacesContext ? created : new PortalFacesContext(created);
    }

    /**
     * PrimeFaces' faces context, whose response writer on a patients' page is set beneath PrimeFaces' wrapping. It is
     * the request's current faces context from its making (PrimeFaces' constructor makes it so).
     */
    static final class PortalFacesContext extends PrimeFacesContext {

        PortalFacesContext(FacesContext wrapped) {
            super(wrapped);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            if (writer == null || PortalHeadRenderer.primeFaces(this)) {
                super.setResponseWriter(writer);
            } else {
                getWrapped().setResponseWriter(writer);
            }
        }
    }
}
