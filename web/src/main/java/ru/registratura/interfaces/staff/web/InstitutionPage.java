package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import ru.registratura.application.DirectoryAdminService;
import ru.registratura.application.DirectoryAdminService.DistrictForm;
import ru.registratura.application.DirectoryAdminService.DivisionForm;
import ru.registratura.application.DirectoryAdminService.InstitutionForm;
import ru.registratura.application.MunicipalityAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.DirectoryFilter;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.directory.DistrictKind;
import ru.registratura.domain.directory.Division;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * An institution of the directory ({@code staff/institution.xhtml?id=}; without id a new one): its details and
 * register code, its divisions and districts (each added or changed in place) and its doctors.
 */
@Named
@ViewScoped
public class InstitutionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryAdminService directory;

    @Inject
    CurrentStaff current;

    @Inject
    MunicipalityAdminService municipalities;

    private Long id;
    private String name;
    private String shortName;
    private String address;
    private String phone;
    private String patients;
    private String omsCode;
    private final PlaceForm place = new PlaceForm();

    private Long divisionId;
    private String divisionName;
    private String divisionAddress;
    private String divisionPhone;

    private Long districtId;
    private String districtNumber;
    private String districtKind;
    private Long districtDoctor;

    private List<Division> divisions = List.of();
    private List<District> districts = List.of();
    private List<Doctor> doctors = List.of();
    /** The institution's doctors in the lazy table: searched, sorted and paged on the server. */
    private final DirectoryRows<Doctor> doctorRows = new DirectoryRows<>(new DirectoryRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(DirectoryFilter filter) {
            return id == null ? 0 : directory.countDoctors(current.actor(), id, filter);
        }

        @Override
        public List<Doctor> page(DirectoryFilter filter, int first, int max) {
            return id == null ? List.of() : directory.doctors(current.actor(), id, filter, first, max);
        }
    }, Doctor::getId);

    public void load() {
        try {
            place.setMunicipalities(municipalities.all(current.actor()).stream()
                    .map(m -> new SelectItem(m.getId(), m.getName())).toList());
            if (id == null) {
                directory.institutions(current.actor());
                patients = PatientGroup.ADULT.name();
                return;
            }
            Institution institution = directory.institution(current.actor(), id).orElse(null);
            if (institution == null) {
                PageMessages.notFound();
                return;
            }
            name = institution.getName();
            shortName = institution.getShortName();
            address = institution.getAddress();
            phone = institution.getPhone();
            patients = institution.getPatients().name();
            omsCode = institution.getOmsCode();
            place.setMunicipalityId(institution.getMunicipality() == null ? null : institution.getMunicipality().getId());
            place.setWorkingHours(institution.getWorkingHours());
            refresh();
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    private void refresh() {
        divisions = directory.institution(current.actor(), id).map(i -> List.copyOf(i.getDivisions())).orElse(List.of());
        districts = directory.districts(current.actor(), id);
        doctors = directory.doctors(current.actor(), id);
    }

    public String save() {
        try {
            boolean adding = id == null;
            id = directory.saveInstitution(current.actor(), id, new InstitutionForm(name, shortName, address, phone,
                    DirectoryForms.choice(PatientGroup.class, patients), omsCode, place.getMunicipalityId(),
                    place.getWorkingHours()));
            PageMessages.flash("directory.saved");
            return adding ? "/staff/institution?faces-redirect=true&id=" + id : "/staff/directory?faces-redirect=true";
        } catch (InvalidCardException e) {
            DirectoryForms.errors("institutionForm", e);
            return null;
        }
    }

    public void editDivision(long divisionId) {
        divisions.stream().filter(d -> d.getId() == divisionId).findFirst().ifPresent(d -> {
            this.divisionId = d.getId();
            divisionName = d.getName();
            divisionAddress = d.getAddress();
            divisionPhone = d.getPhone();
        });
    }

    public void saveDivision() {
        try {
            directory.saveDivision(current.actor(), id, divisionId, new DivisionForm(divisionName, divisionAddress,
                    divisionPhone));
            divisionId = null;
            divisionName = null;
            divisionAddress = null;
            divisionPhone = null;
            refresh();
            PageMessages.info("directory.saved");
        } catch (InvalidCardException e) {
            DirectoryForms.errors("divisionForm", e);
        }
    }

    public void editDistrict(long districtId) {
        districts.stream().filter(d -> d.getId() == districtId).findFirst().ifPresent(d -> {
            this.districtId = d.getId();
            districtNumber = d.getNumber();
            districtKind = d.getKind().name();
            districtDoctor = d.getDoctor() == null ? null : d.getDoctor().getId();
        });
    }

    public void saveDistrict() {
        try {
            directory.saveDistrict(current.actor(), id, districtId, new DistrictForm(districtNumber,
                    DirectoryForms.choice(DistrictKind.class, districtKind), districtDoctor));
            districtId = null;
            districtNumber = null;
            districtKind = null;
            districtDoctor = null;
            refresh();
            PageMessages.info("directory.saved");
        } catch (InvalidCardException e) {
            DirectoryForms.errors("districtForm", e);
        }
    }

    public List<Doctor> getActiveDoctors() {
        return doctors.stream().filter(Doctor::isActive).toList();
    }

    public boolean isAdding() {
        return id == null;
    }

    public List<Division> getDivisions() {
        return divisions;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public LazyDataModel<Doctor> getDoctors() {
        return doctorRows;
    }

    public PlaceForm getPlace() {
        return place;
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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPatients() {
        return patients;
    }

    public void setPatients(String patients) {
        this.patients = patients;
    }

    public String getOmsCode() {
        return omsCode;
    }

    public void setOmsCode(String omsCode) {
        this.omsCode = omsCode;
    }

    public Long getDivisionId() {
        return divisionId;
    }

    public String getDivisionName() {
        return divisionName;
    }

    public void setDivisionName(String divisionName) {
        this.divisionName = divisionName;
    }

    public String getDivisionAddress() {
        return divisionAddress;
    }

    public void setDivisionAddress(String divisionAddress) {
        this.divisionAddress = divisionAddress;
    }

    public String getDivisionPhone() {
        return divisionPhone;
    }

    public void setDivisionPhone(String divisionPhone) {
        this.divisionPhone = divisionPhone;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getDistrictNumber() {
        return districtNumber;
    }

    public void setDistrictNumber(String districtNumber) {
        this.districtNumber = districtNumber;
    }

    public String getDistrictKind() {
        return districtKind;
    }

    public void setDistrictKind(String districtKind) {
        this.districtKind = districtKind;
    }

    public Long getDistrictDoctor() {
        return districtDoctor;
    }

    public void setDistrictDoctor(Long districtDoctor) {
        this.districtDoctor = districtDoctor;
    }
}
