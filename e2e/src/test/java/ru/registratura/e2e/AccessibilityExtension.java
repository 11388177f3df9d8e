package ru.registratura.e2e;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a browser test in which axe-core found a serious or critical violation on a page of the portal
 * ({@link Accessibility}). Registered for every test class of this module by JUnit's extension auto-detection
 * ({@code junit-platform.properties}, {@code META-INF/services}).
 */
public class AccessibilityExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> failures = Accessibility.takeFailures();
        if (!failures.isEmpty()) {
            throw new AssertionError("axe-core: serious or critical accessibility violations (WCAG 2.1 AA) on "
                    + failures.size() + " page(s):\n" + String.join("\n", failures));
        }
    }
}
