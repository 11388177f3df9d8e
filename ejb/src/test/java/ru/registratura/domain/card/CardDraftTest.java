package ru.registratura.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.directory.Sex;

class CardDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CardDraft valid() {
        CardDraft d = new CardDraft();
        d.setLastName(" иванова ");
        d.setFirstName("Мария");
        d.setMiddleName("  ");
        d.setSex(Sex.F);
        d.setBirthDate(LocalDate.of(1985, 4, 12));
        d.setPolicyNumber("3850100000123458");
        d.setKinship(Kinship.SELF);
        return d;
    }

    private static List<String> refused(CardDraft d) {
        return assertThrows(InvalidCardException.class, () -> d.validate(TODAY)).errors().stream()
                .map(e -> e.field() + ":" + e.key()).toList();
    }

    @Test
    void validDraftGivesDetails() {
        CardDetails details = valid().validate(TODAY);
        assertEquals("Иванова Мария", details.name().full());
        assertEquals(null, details.name().middleName());
        assertEquals(Kinship.SELF, details.kinship());
    }

    @Test
    void listsEveryRefusedFieldAtOnce() {
        CardDraft d = new CardDraft();
        d.setLastName("");
        d.setFirstName("Мар1я");
        d.setBirthDate(TODAY.plusDays(1));
        d.setPhone("+7 (3952) 22-41-15");
        assertEquals(List.of("lastName:name.last.required", "firstName:name.first.format", "sex:sex.required",
                "birthDate:birthDate.future", "policyNumber:policyOrSnils.required", "phone:phone.format",
                "kinship:kinship.required"), refused(d));
    }

    @Test
    void birthDatesBefore1900AreRefusedTodayIsAccepted() {
        CardDraft d = valid();
        d.setBirthDate(LocalDate.of(1899, 12, 31));
        assertEquals(List.of("birthDate:birthDate.tooEarly"), refused(d));
        d.setBirthDate(TODAY);
        d.validate(TODAY);
    }

    @Test
    void snilsAloneIsEnoughAndAWrongOneIsRefused() {
        CardDraft d = valid();
        d.setPolicyNumber(null);
        d.setSnils("112-233-445 95");
        assertEquals("112-233-445 95", d.validate(TODAY).snils().value());
        d.setSnils("112-233-445 96");
        assertEquals(List.of("snils:snils.checksum"), refused(d));
    }

    @Test
    void aSeriesWithoutNumberIsAPolicyWithoutNumber() {
        CardDraft d = valid();
        d.setPolicyNumber(null);
        d.setPolicySeries("ИРК");
        d.setSnils("112-233-445 95");
        assertEquals(List.of("policyNumber:policy.number.required"), refused(d));
    }
}
