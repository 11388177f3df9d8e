package ru.registratura.interfaces.publicsite.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.PublicContent;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Municipality;

/**
 * The region's institutions with their divisions, for the home page and «Лечебные учреждения»: there grouped by
 * municipal district, with the district selector ({@code ?m=<id>}: that district only). From the public pages' copy.
 */
@Named
@RequestScoped
public class InstitutionDirectory {

    /** A municipal district of the selector: its institutions' count, whether it is the one chosen. */
    public record Choice(long id, String name, int count, boolean chosen) {
    }

    /** A municipal district with its institutions (id null: those in none, «Другие»). */
    public record Group(Long id, String name, List<Institution> institutions) {
    }

    @Inject
    private PublicContent directory;

    @Inject
    private HttpServletRequest request;

    private List<Institution> institutions;

    public List<Institution> getInstitutions() {
        if (institutions == null) {
            institutions = directory.institutions();
        }
        return institutions;
    }

    /** The municipal district of {@code ?m=}, if the region has it; else null (all of them). */
    public Long getChosen() {
        String m = request.getParameter("m");
        if (m == null || !m.matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(m);
        return directory.municipalities().stream().anyMatch(x -> x.getId() == id) ? id : null;
    }

    public List<Choice> getChoices() {
        Long chosen = getChosen();
        return directory.municipalities().stream().map(m -> new Choice(m.getId(), m.getName(), count(m.getId()),
                Objects.equals(chosen, m.getId()))).toList();
    }

    /** The districts shown (the chosen one, or every district that has institutions, then «Другие»). */
    public List<Group> getGroups() {
        Long chosen = getChosen();
        List<Group> groups = new ArrayList<>();
        for (Municipality m : directory.municipalities()) {
            if (chosen == null || chosen.equals(m.getId())) {
                List<Institution> in = getInstitutions().stream().filter(i -> i.getMunicipality() != null
                        && i.getMunicipality().getId().equals(m.getId())).toList();
                if (!in.isEmpty() || chosen != null) {
                    groups.add(new Group(m.getId(), m.getName(), in));
                }
            }
        }
        List<Institution> elsewhere = getInstitutions().stream().filter(i -> i.getMunicipality() == null).toList();
        if (chosen == null && !elsewhere.isEmpty()) {
            groups.add(new Group(null, null, elsewhere));
        }
        return groups;
    }

    private int count(long municipalityId) {
        return (int) getInstitutions().stream().filter(i -> i.getMunicipality() != null
                && i.getMunicipality().getId() == municipalityId).count();
    }
}
