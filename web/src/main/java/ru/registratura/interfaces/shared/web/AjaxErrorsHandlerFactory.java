package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an Ajax request (the workspace's tables, dialogs and searches) does when it fails. Faces answers it with an
 * error that PrimeFaces' script only logs, so the click would seem to do nothing, and the container's error pages
 * (web.xml) never show. Instead the page is opened afresh (a redirect the Ajax script follows) with a notice above
 * its content ({@code ?interrupted=}):
 * <ul>
 * <li>{@code expired}: the page's view is no longer kept (ViewExpiredException: opened too long ago, or pushed out by
 * many other pages); nothing was done, and the user repeats the action on the fresh page;</li>
 * <li>{@code failed}: anything else; it is logged with a reference number (as the error page logs it), which the
 * notice shows ({@code &reference=}).</li>
 * </ul>
 * A request that is not Ajax keeps the container's error pages, and a response already sent is left as it is.
 */
public class AjaxErrorsHandlerFactory extends ExceptionHandlerFactory {

    /** The query parameters the layout's notice reads. */
    static final String PARAMETER = "interrupted";
    static final String REFERENCE = "reference";
    static final Pattern REFERENCE_FORMAT = Pattern.compile("[0-9A-F]{8}");

    private static final Logger LOG = Logger.getLogger(AjaxErrorsHandlerFactory.class.getName());

    public AjaxErrorsHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AjaxErrors(getWrapped().getExceptionHandler());
    }

    static final class AjaxErrors extends ExceptionHandlerWrapper {

        AjaxErrors(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            if (!events.hasNext() || context == null || !context.getPartialViewContext().isAjaxRequest()
                    || context.getExternalContext().isResponseCommitted()) {
                getWrapped().handle();
                return;
            }
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String page = request.getServletPath();
            String query;
            if (causedBy(thrown, ViewExpiredException.class)) {
                query = PARAMETER + "=expired";
            } else {
                String reference = ErrorReference.newNumber();
                LOG.log(Level.SEVERE, "Error reference " + reference + ": an Ajax request of " + page + " failed", thrown);
                query = PARAMETER + "=failed&" + REFERENCE + "=" + reference;
            }
            String kept = Preferences.without(pageQuery(request), Set.of(PARAMETER, REFERENCE));
            external.responseReset();
            try {
                Redirects.to(request, (HttpServletResponse) external.getResponse(),
                        page + "?" + (kept.isEmpty() ? "" : kept + "&") + query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        /**
         * The query string of the page the request came from: an Ajax request posts to the view's address without
         * the page's own parameters ({@code ?id=}), which its Referer still has when it is this page of this portal.
         */
        static String pageQuery(HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            if (referer != null) {
                try {
                    URI from = new URI(referer);
                    if ((request.getContextPath() + request.getServletPath()).equals(from.getRawPath())
                            && request.getServerName().equalsIgnoreCase(from.getHost())) {
                        return from.getRawQuery();
                    }
                } catch (URISyntaxException e) {
                    // not a page's address: the request's own query
                }
            }
            return request.getQueryString();
        }

        private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
