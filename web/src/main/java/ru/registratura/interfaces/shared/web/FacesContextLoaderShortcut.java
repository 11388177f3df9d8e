package ru.registratura.interfaces.shared.web;

import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes a class loader convoy off every Faces request.
 *
 * <p>Each {@code FacesContext} made for a request (Faces 4.0's own constructor) walks the thread's stack and loads
 * its caller's class, Mojarra's {@code FacesContextFactoryImpl}, through the web module's class loader. Payara's
 * {@code WebappClassLoader.loadClass} is synchronized on the loader, and a class of the server's own (not of the web
 * module) is looked for up the whole delegation chain under that lock: in the page rush the request threads waited
 * there for a quarter of a minute in every minute (bench/RESULTS.md, issue 17). Loading the class once with
 * {@code Class.forName} through the web module's loader makes the JVM record that loader as one that can see it, and
 * the loader's {@code findLoadedClass} then answers at once, before any delegation. Nothing else changes: it is the
 * same class, loaded by the same loader as before.
 */
@WebListener
public class FacesContextLoaderShortcut implements ServletContextListener {

    /** The class {@code FacesContext}'s constructor loads on every request (Mojarra's factory, its caller). */
    static final String FACTORY = "com.sun.faces.context.FacesContextFactoryImpl";

    private static final Logger LOG = Logger.getLogger(FacesContextLoaderShortcut.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Class.forName(FACTORY, false, event.getServletContext().getClassLoader());
        } catch (ClassNotFoundException e) {
            LOG.fine(() -> "Not on Mojarra: nothing to load ahead (" + FACTORY + ")");
        }
    }
}
