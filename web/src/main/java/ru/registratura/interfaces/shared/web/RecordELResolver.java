package ru.registratura.interfaces.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

/**
 * Lets the pages read a record's components as properties ({@code #{person.cardId}}): Jakarta EL 5 (EE 10)
 * knows only getters; EL 6 brings this resolver itself. Read-only, as records are. Each record class's accessors are
 * looked up once: {@code Class.getRecordComponents()} makes new component and method objects on every call, and the
 * pages read record components on every row (bench/RESULTS.md, issue 17).
 */
public class RecordELResolver extends ELResolver {

    /** A record class's accessors by component name (none for a class that is not a record). */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private static Method component(Object base, Object property) {
        if (base == null || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
