package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.MunicipalityAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.Municipality;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Районы» of an admin ({@code staff/municipalities.xhtml}): the municipal districts in their order, one added or
 * changed in the form above the list ({@code ?id=} to change one), one deleted when no institution names it.
 */
@Named
@ViewScoped
public class MunicipalitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityAdminService admin;

    @Inject
    CurrentStaff current;

    private Long id;
    private String name;
    private Integer sortOrder;
    private List<Municipality> municipalities = List.of();

    public void load() {
        try {
            municipalities = admin.all(current.actor());
            if (id != null) {
                Municipality chosen = municipalities.stream().filter(m -> m.getId().equals(id)).findFirst().orElse(null);
                if (chosen == null) {
                    PageMessages.notFound();
                    return;
                }
                name = chosen.getName();
                sortOrder = chosen.getSortOrder();
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public String save() {
        try {
            admin.save(current.actor(), id, name, sortOrder);
            PageMessages.flash("directory.saved");
            return "/staff/municipalities?faces-redirect=true";
        } catch (InvalidCardException e) {
            DirectoryForms.errors("municipalityForm", e);
            return null;
        }
    }

    public String delete(long municipalityId) {
        if (!admin.delete(current.actor(), municipalityId)) {
            PageMessages.error(null, "directory.municipality.inUse");
            return null;
        }
        PageMessages.flash("directory.municipality.deleted");
        return "/staff/municipalities?faces-redirect=true";
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }

    public boolean isAdding() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
