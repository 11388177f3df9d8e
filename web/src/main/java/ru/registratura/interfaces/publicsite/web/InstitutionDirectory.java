package ru.registratura.interfaces.publicsite.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PublicContent;
import ru.registratura.domain.directory.Institution;

/** The region's institutions with their divisions, for the home page and the directory page. */
@Named
@RequestScoped
public class InstitutionDirectory {

    @Inject
    private PublicContent directory;

    private List<Institution> institutions;

    public List<Institution> getInstitutions() {
        if (institutions == null) {
            institutions = directory.institutions();
        }
        return institutions;
    }
}
