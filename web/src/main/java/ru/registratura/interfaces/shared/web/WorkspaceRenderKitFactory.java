package ru.registratura.interfaces.shared.web;

import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

/**
 * The render kits of the portal, whose response writers on a staff workspace page write the view's nonce on every
 * script element ({@link NonceResponseWriter}, {@link WorkspaceCsp}): beneath PrimeFaces' own writers, so that the
 * scripts PrimeFaces adds itself (the registered event handlers at the end of the body, and those of an ajax update)
 * carry it as well as the components'. The patients' pages get the writer as it is.
 */
public class WorkspaceRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public WorkspaceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, NonceRenderKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** A render kit whose writers write the workspace view's nonce on scripts. */
    static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            FacesContext context = FacesContext.getCurrentInstance();
            return context != null && PortalHeadRenderer.primeFaces(context)
                    ? new NonceResponseWriter(created, WorkspaceCsp.nonce(context)) : created;
        }
    }
}
