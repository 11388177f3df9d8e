package ru.registratura.interfaces.publicsite.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PublicContent;
import ru.registratura.domain.content.LegalAct;

/** «Законодательство» ({@code legal.xhtml}): the federal acts, then the region's, from the public pages' copy. */
@Named("legal")
@RequestScoped
public class LegalActsList {

    @Inject
    PublicContent content;

    public List<LegalAct> getFederal() {
        return of(LegalAct.Level.FEDERAL);
    }

    public List<LegalAct> getRegional() {
        return of(LegalAct.Level.REGIONAL);
    }

    private List<LegalAct> of(LegalAct.Level level) {
        return content.legalActs().stream().filter(a -> a.getLevel() == level).toList();
    }
}
