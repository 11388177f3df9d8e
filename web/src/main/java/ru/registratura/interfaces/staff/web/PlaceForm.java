package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.model.SelectItem;

/** Where an institution is and when it works, on its form: the municipal district (none allowed) and the hours. */
public class PlaceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long municipalityId;
    private String workingHours;
    private List<SelectItem> municipalities = List.of();

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
    }

    /** The municipal districts to choose from. */
    public List<SelectItem> getMunicipalities() {
        return municipalities;
    }

    void setMunicipalities(List<SelectItem> municipalities) {
        this.municipalities = municipalities;
    }
}
