package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

/**
 * Writes the view's Content-Security-Policy nonce ({@link WorkspaceCsp}) on every {@code <script>} element of a staff
 * workspace page or ajax update (PrimeFaces' settings, widget set-up and event handlers are inline scripts), so that
 * they run under the workspace's policy and a script injected into the page, which cannot know the nonce, does not.
 * {@link WorkspaceRenderKitFactory} makes it the innermost writer, beneath PrimeFaces' own.
 */
public class NonceResponseWriter extends ResponseWriterWrapper {

    private final String nonce;

    public NonceResponseWriter(ResponseWriter wrapped, String nonce) {
        super(wrapped);
        this.nonce = nonce;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        super.startElement(name, component);
        if ("script".equalsIgnoreCase(name)) {
            super.writeAttribute("nonce", nonce, null);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new NonceResponseWriter(getWrapped().cloneWithWriter(writer), nonce);
    }
}
