package ru.registratura.interfaces.booking.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The Bean Validation constraints of the API's bodies and parameters, broken: 400 {@code BAD_INPUT} like every
 * other bad input, each field named as the caller wrote it (a body's property, or the header or query parameter's
 * own name, not the Java parameter's), with the reason as a short stable word (the message key's last part:
 * {@code {api.field.required}} is {@code required}) and in words from {@code ValidationMessages} in the language
 * the caller accepts (Russian unless it asks for English). Nothing was changed: validation runs before the call.
 */
@Provider
public class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {

    private static final String MESSAGES = "ValidationMessages";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = locale();
        Problem problem = new Problem(400, "BAD_INPUT", "Bad input", "Some fields are wrong; nothing was changed");
        problem.invalidFields = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidField(field(v), reason(v.getMessageTemplate()),
                        words(v.getMessageTemplate(), v.getMessage(), locale)))
                .sorted(Comparator.comparing((Problem.InvalidField f) -> f.name).thenComparing(f -> f.reason))
                .toList();
        return Problems.response(problem);
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> "en".equals(l.getLanguage()) || "ru".equals(l.getLanguage()))
                .findFirst().orElse(RUSSIAN);
    }

    /** The field as the caller named it: the body's property, or the parameter's JAX-RS name. */
    static String field(ConstraintViolation<?> violation) {
        String name = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                name = parameterName(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex(), node.getName());
            } else if (node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    /** The name of the header, query or path parameter; "body" for the entity; the Java name if it has none. */
    private static String parameterName(Class<?> type, Path.MethodNode method, int index, String javaName) {
        if (method == null) {
            return javaName;
        }
        // A CDI proxy's override has no parameter annotations: look for the declaring class's method.
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method declared = c.getDeclaredMethod(method.getName(), method.getParameterTypes().toArray(Class[]::new));
                Annotation[] annotations = declared.getParameterAnnotations()[index];
                for (Annotation annotation : annotations) {
                    if (annotation instanceof HeaderParam header) {
                        return header.value();
                    } else if (annotation instanceof QueryParam query) {
                        return query.value();
                    } else if (annotation instanceof PathParam path) {
                        return path.value();
                    }
                }
                if (annotations.length > 0) {
                    return "body";
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return javaName;
    }

    /** {@code {api.field.tooLong}} is {@code tooLong}; a template without a key is {@code invalid}. */
    static String reason(String template) {
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            return key.substring(key.lastIndexOf('.') + 1);
        }
        return "invalid";
    }

    private static String words(String template, String interpolated, Locale locale) {
        if (template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle(MESSAGES, locale, ConstraintViolations.class.getClassLoader())
                        .getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException e) {
                return interpolated;
            }
        }
        return interpolated;
    }
}
