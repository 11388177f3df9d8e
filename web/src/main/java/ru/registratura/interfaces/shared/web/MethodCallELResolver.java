package ru.registratura.interfaces.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

/**
 * The pages' method calls ({@code #{layout.date(day)}}, {@code #{vision.link('on')}}, {@code #{'a.'.concat(b)}}) with
 * the method looked up once per class, name and number of arguments. EL's {@code BeanELResolver} calls {@code
 * Class.getMethods()} for every call, which copies each public method of the class (a Weld proxy's or a String's:
 * some hundred) to search them: a third of the bytes a public page allocated (bench/RESULTS.md, issue 17).
 * <p>
 * Only a call this resolver can answer exactly as {@code BeanELResolver} would is taken: one public method of that
 * name and number of parameters, not variable-arity, reachable through a public class or interface, no lambda among
 * the arguments, and, when the expression gives the parameter types, those types. The arguments are coerced to the
 * parameters' types by the context, as EL does, and the method's exception comes as an {@link ELException} with it as
 * the cause. Anything else (an overloaded name, say) is left to the resolvers after this one.
 */
public class MethodCallELResolver extends ELResolver {

    private static final Object[] NO_ARGUMENTS = {};

    /** A method's name and number of arguments. */
    private record Call(String name, int arity) {
    }

    /** By class: the method to call for a name and arity, or none when this resolver leaves the call to others. */
    private static final ClassValue<Map<Call, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<Call, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        Object[] arguments = params == null ? NO_ARGUMENTS : params;
        for (Object argument : arguments) {
            if (argument instanceof LambdaExpression) {
                return null;
            }
        }
        Class<?> type = base.getClass();
        String name = method.toString();
        Method target = METHODS.get(type).computeIfAbsent(new Call(name, arguments.length),
                call -> find(type, call.name(), call.arity())).orElse(null);
        if (target == null || paramTypes != null && !Arrays.equals(paramTypes, target.getParameterTypes())) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = context.convertToType(arguments[i], types[i]);
        }
        Object value;
        try {
            value = target.invoke(base, coerced);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return value;
    }

    /** The one public method of this name and arity, as a public class or interface declares it; none otherwise. */
    static Optional<Method> find(Class<?> type, String name, int arity) {
        List<Method> candidates = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                candidates.add(m);
            }
        }
        if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
            return Optional.empty();
        }
        return Optional.ofNullable(accessible(type, candidates.get(0)));
    }

    /**
     * The method as a public class or interface declares it (a Weld proxy's class, or a record's nested in a class,
     * need not be public): the same method, callable on the object from here.
     */
    private static Method accessible(Class<?> type, Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return method;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method found = declaredBy(c, method);
            if (found != null) {
                return found;
            }
            for (Class<?> i : c.getInterfaces()) {
                found = declaredBy(i, method);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Method declaredBy(Class<?> c, Method method) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            Method found = c.getMethod(method.getName(), method.getParameterTypes());
            return Modifier.isPublic(found.getDeclaringClass().getModifiers()) ? found : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the other resolvers' business.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
