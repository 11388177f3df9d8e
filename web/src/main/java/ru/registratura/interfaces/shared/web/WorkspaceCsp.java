package ru.registratura.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.PrimeFaces;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * The staff workspace's Content-Security-Policy with PrimeFaces ({@code primefaces.CSP=policyProvided}): PrimeFaces
 * moves its components' inline event handlers into scripts and keeps one nonce per view (its ajax answers and
 * postbacks carry it); this listener puts that nonce in the policy of a workspace page
 * ({@link SecurityHeadersFilter#workspacePolicy}) and tells PrimeFaces' script, and {@link NonceResponseWriter}
 * writes it on each script element, of the page and of its ajax updates. The patients' pages are left alone: no
 * nonce is made for them and their policy allows no inline script at all.
 */
public class WorkspaceCsp implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!PortalHeadRenderer.primeFaces(context)) {
            return;
        }
        CspState state = PrimeFacesContext.getCspState(context);
        if (state.isInitialized()) {
            return;
        }
        state.setInitialized(true);
        String nonce = state.getNonce();
        context.getExternalContext().setResponseHeader("Content-Security-Policy",
                SecurityHeadersFilter.workspacePolicy(nonce));
        // The nonce is PrimeFaces' own (base64 of a UUID): nothing in it needs escaping in a script.
        PrimeFaces.current().executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}");
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after rendering.
    }

    /** The nonce of this workspace view's scripts. */
    static String nonce(FacesContext context) {
        return PrimeFacesContext.getCspState(context).getNonce();
    }
}
