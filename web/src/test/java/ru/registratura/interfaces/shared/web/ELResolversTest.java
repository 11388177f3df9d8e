package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.ExpressionFactory;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;

import org.junit.jupiter.api.Test;

/** The portal's EL resolvers: record components as properties, method calls without a search per call. */
class ELResolversTest {

    public enum Kind {
        ADULT, CHILDREN
    }

    public record Person(String name, LocalDate birthDate) {
    }

    /** A page bean's methods, as the pages call them. */
    public static class Pages {

        public int twice(int n) {
            return 2 * n;
        }

        public String date(LocalDate day) {
            return day == null ? "—" : day.getDayOfMonth() + "." + day.getMonthValue();
        }

        public String format(int n) {
            return "int " + n;
        }

        public String format(String s) {
            return "string " + s;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private final ELContext context = new StandardELContext(ExpressionFactory.newInstance());
    private final MethodCallELResolver methods = new MethodCallELResolver();

    private Object call(Object base, String method, Class<?>[] types, Object... arguments) {
        context.setPropertyResolved(false);
        return methods.invoke(context, base, method, types, arguments);
    }

    @Test
    void aMethodOfOneNameAndArityIsCalledWithItsArgumentsCoercedAsELWould() {
        assertEquals("vision.font1", call("vision.", "concat", null, "font1"));
        assertTrue(context.isPropertyResolved());
        assertEquals("institution.patients.CHILDREN", call("institution.patients.", "concat", null, Kind.CHILDREN),
                "an enum becomes its name, as EL coerces it to a String");
        assertEquals(42, call(new Pages(), "twice", null, "21"), "a number in a String becomes the int parameter");
        assertEquals("5.12", call(new Pages(), "date", null, LocalDate.of(2026, 12, 5)));
        assertEquals("—", call(new Pages(), "date", null, (Object) null));
        assertEquals(42, call(new Pages(), "twice", new Class<?>[] {int.class}, 21), "the types the expression gives");
    }

    @Test
    void aMethodOfAClassThatIsNotPublicIsCalledAsItsPublicInterfaceDeclaresIt() {
        Supplier<String> hidden = () -> "from a lambda";
        assertEquals("from a lambda", call(hidden, "get", null));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void overloadedVariableArityUnknownAndMistypedCallsAreLeftToTheOtherResolvers() {
        for (Object[] call : new Object[][] {{"format", null, new Object[] {1}}, {"joined", null, new Object[] {"a"}},
                {"nothing", null, new Object[0]}, {"twice", new Class<?>[] {long.class}, new Object[] {21}}}) {
            assertNull(call(new Pages(), (String) call[0], (Class<?>[]) call[1], (Object[]) call[2]));
            assertFalse(context.isPropertyResolved(), "left to the others: " + call[0]);
        }
        assertNull(call(null, "twice", null, 1));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aMethodsExceptionComesAsAnELExceptionWithItAsTheCause() {
        ELException e = assertThrows(ELException.class, () -> call(new Pages(), "broken", null));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    /** Through EL itself, with the resolvers where Faces puts them (before the standard ones): the same answers. */
    @Test
    void pagesExpressionsGiveTheSameAnswersWithTheResolvers() {
        ELProcessor plain = new ELProcessor();
        ELProcessor portal = new ELProcessor();
        portal.getELManager().addELResolver(new RecordELResolver());
        portal.getELManager().addELResolver(new MethodCallELResolver());
        for (ELProcessor el : new ELProcessor[] {plain, portal}) {
            el.defineBean("pages", new Pages());
            el.defineBean("kind", Kind.ADULT);
        }
        for (String expression : new String[] {"'appointment.status.'.concat(kind)", "pages.twice('4') + 1",
                "pages.format(7)", "pages.format('x')", "pages.joined('a', 'b')", "pages.date(null)"}) {
            assertEquals(plain.eval(expression), (Object) portal.eval(expression), expression);
        }
        portal.defineBean("person", new Person("Иванова Мария", LocalDate.of(1986, 5, 14)));
        assertEquals("Иванова Мария", portal.eval("person.name"));
        assertEquals(1986, (Object) portal.eval("person.birthDate.year"));
        assertThrows(PropertyNotWritableException.class, () -> portal.setValue("person.name", "Петрова"));
    }
}
