package ru.registratura.e2e;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * axe-core over every page of the portal the browser tests visit (WCAG 2.1 A and AA rules and axe's best
 * practices): each browser of {@link Portal#browser()} runs it after a page is opened by its address and before a
 * link or button is pressed or a form is sent on a page, once per kind of page; a test calls {@link #check} itself
 * for a page it only reads. A kind is the path, the names of its parameters, the accessibility mode the page shows
 * and whether it shows an error message, so that the wizard's steps, a form with its errors and the version for the
 * visually impaired are each checked, and the same page is not checked again for every test that passes it. A
 * serious or critical violation, or headings out of order, no h1 or no main landmark, fails the test that met it
 * ({@link AccessibilityExtension}); every page checked and every violation found is written to
 * {@code target/accessibility.txt}. The ESIA emulator's pages are not the portal's and are not checked.
 */
// Public: Selenium's decorator calls a listener's specific methods (afterGet) by reflection, which a package-private
// class refuses (and the decorator only logs that).
public final class Accessibility implements WebDriverListener {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** Rules of lesser impact that fail a test all the same: headings in order, one h1, one main landmark. */
    private static final Set<String> FAILING_RULES = Set.of("heading-order", "page-has-heading-one",
            "landmark-one-main", "skip-link");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final List<String> FAILURES = new ArrayList<>();
    private static final Path REPORT = Path.of("target", "accessibility.txt");

    static {
        try {
            Files.deleteIfExists(REPORT); // this run's pages only
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete " + REPORT, e);
        }
    }

    /** What the page shows that makes it another kind of the same path: its mode classes, an error shown. */
    private static final String PAGE_STATE = "return document.documentElement.className + ' '"
            + " + document.body.className + (document.querySelector('.field__error:not(:empty), .notice--error, [role=alert]:not(:empty)')"
            + " ? ' error' : '');";

    @Override
    public void afterGet(WebDriver driver, String url) {
        check(driver);
    }

    /**
     * Before a press, a form sent, or Enter typed into a field: the page the test acts on is whole then (the test
     * found the element on it), which it may not be yet just after the press that opened it.
     */
    @Override
    public void beforeAnyWebElementCall(WebElement element, Method method, Object[] args) {
        String name = method.getName();
        if (element instanceof WrapsDriver wraps && ("click".equals(name) || "submit".equals(name)
                || "sendKeys".equals(name) && pressesEnter(args))) {
            check(wraps.getWrappedDriver());
        }
    }

    private static boolean pressesEnter(Object[] args) {
        return args != null && Arrays.deepToString(args).contains("\uE007");
    }

    /** Checks the page the driver shows now, unless a page of its kind was checked before. */
    static void check(WebDriver driver) {
        check(driver, "");
    }

    /**
     * Checks the page the driver shows now in a state the page's address and classes do not tell (a menu open),
     * named by the test, unless the page was checked in that state before.
     */
    static void check(WebDriver driver, String shown) {
        String url;
        String state;
        try {
            url = driver.getCurrentUrl();
            if (url == null || !url.startsWith(Portal.BASE_URL) || url.contains("/esia-emulator/")) {
                return;
            }
            state = String.valueOf(((JavascriptExecutor) driver).executeScript(PAGE_STATE)).trim();
        } catch (WebDriverException pageGoneOrLoading) {
            return;
        }
        String kind = kind(url, (state + " " + shown).trim());
        if (!CHECKED.add(kind)) {
            return;
        }
        Results results;
        try {
            results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        } catch (RuntimeException pageChangedMeanwhile) {
            CHECKED.remove(kind);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("page " + kind + ": " + results.getViolations().size() + " violation(s)");
        List<String> failing = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String text = "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                    + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
            lines.add(text);
            if (FAILING_IMPACTS.contains(rule.getImpact()) || FAILING_RULES.contains(rule.getId())) {
                failing.add(text);
            }
        }
        report(lines);
        if (!failing.isEmpty()) {
            synchronized (FAILURES) {
                FAILURES.add(url + " (" + kind + "):\n" + String.join("\n", failing));
            }
        }
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "    " + node.getTarget() + " " + (html.length() > 200 ? html.substring(0, 200) + "…" : html)
                + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", " "));
    }

    /** The serious and critical violations met since the last call, and forgets them. */
    static List<String> takeFailures() {
        synchronized (FAILURES) {
            List<String> taken = List.copyOf(FAILURES);
            FAILURES.clear();
            return taken;
        }
    }

    private static String kind(String url, String state) {
        URI uri = URI.create(url);
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return uri.getPath() + (names.isEmpty() ? "" : "?" + String.join("&", names))
                + (state.isEmpty() ? "" : " [" + state + "]");
    }

    private static synchronized void report(List<String> lines) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + REPORT, e);
        }
    }
}
