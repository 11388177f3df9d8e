package ru.registratura.interfaces.staff.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import ru.registratura.application.FoundPatient;
import ru.registratura.application.RegistryService.Person;

/**
 * The patient a registry operator is serving (chosen on «Запись по телефону»), so that the doctor's week can book
 * a free time for them; forgotten when the operator takes another patient or signs out. Identifiers and the name
 * only.
 */
@Named
@SessionScoped
public class ServedPatient implements Serializable {

    private static final long serialVersionUID = 1L;

    private FoundPatient found;
    private Person person;

    public void serve(FoundPatient found, Person person) {
        this.found = found;
        this.person = person;
    }

    public void forget() {
        found = null;
        person = null;
    }

    /** The patient as the search found them (documents, attachment); null when none. */
    public FoundPatient getFound() {
        return found;
    }

    /** The patient served; null when none. */
    public Person getPerson() {
        return person;
    }
}
