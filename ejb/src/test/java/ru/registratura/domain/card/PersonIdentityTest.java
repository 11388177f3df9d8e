package ru.registratura.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.directory.Sex;

class PersonIdentityTest {

    private static final LocalDate BIRTH = LocalDate.of(1986, 5, 14);
    private static final OmsPolicy POLICY = new OmsPolicy(null, "3850100000123458");

    private static PersonIdentity person(String last, String first, String middle, String snils, OmsPolicy policy) {
        return new PersonIdentity(last, first, middle, Sex.F, BIRTH, snils, policy);
    }

    @Test
    void namesCompareIgnoringCaseAndTheLetterYo() {
        assertTrue(person("Семёнова", "Алёна", null, null, null).sameName(person("СЕМЕНОВА", "алена", "", null, null)));
        assertFalse(person("Семёнова", "Алёна", "Ивановна", null, null).sameName(person("Семёнова", "Алёна", null, null, null)));
    }

    @Test
    void anOldPolicyNeedsItsSeriesAndNothingIsTheSameAsNothing() {
        PersonIdentity old = person("А", "Б", null, null, new OmsPolicy("ИРК", "0045678912"));
        assertTrue(old.samePolicy(person("В", "Г", null, null, new OmsPolicy("ирк", "0045678912"))));
        assertFalse(old.samePolicy(person("А", "Б", null, null, new OmsPolicy("ОМС", "0045678912"))));
        assertFalse(person("А", "Б", null, null, null).samePolicy(person("А", "Б", null, null, null)));
        assertFalse(person("А", "Б", null, null, null).sameSnils(person("А", "Б", null, null, null)));
    }

    @Test
    void aDraftTakesTheIdentityOverWhatWasTyped() {
        CardDraft draft = new CardDraft();
        draft.setLastName("Чужая");
        draft.setBirthDate(LocalDate.of(2000, 1, 1));
        draft.setPolicyNumber("6149700847000159");
        draft.takeIdentity(person("Иванова", "Мария", null, "112-233-445 95", null));
        assertEquals("Иванова", draft.getLastName());
        assertEquals(BIRTH, draft.getBirthDate());
        assertEquals("6149700847000159", draft.getPolicyNumber(), "ESIA has no policy: the typed one stays");
        draft.takeIdentity(person("Иванова", "Мария", null, "112-233-445 95", POLICY));
        assertEquals("3850100000123458", draft.getPolicyNumber());
    }

    @Test
    void itsTextNamesNobody() {
        assertFalse(person("Иванова", "Мария", null, "112-233-445 95", POLICY).toString().contains("Иванова"));
    }
}
