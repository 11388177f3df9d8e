package ru.registratura.interfaces.publicsite.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.DoctorWeekService;
import ru.registratura.application.DoctorWeekService.DoctorWeek;
import ru.registratura.application.PublicContent;
import ru.registratura.application.PublicDoctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.interfaces.shared.web.PageMessages;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The public directory's pages of one institution ({@code institution.xhtml?id=}: details, hours, map, divisions, its
 * doctors by specialty) and of the doctors ({@code doctors.xhtml}: found by name {@code q}, specialty {@code s},
 * institution {@code i} or municipal district {@code m}, the first hundred; {@code doctor.xhtml?id=}: one doctor's week and nearest
 * free time, with «Записаться»). From the public pages' copy, except the doctor's week (one read per page).
 */
@Named("publicDirectory")
@RequestScoped
public class DoctorPages {

    /** A specialty with the institution's doctors of it. */
    public record SpecialtyDoctors(String specialty, List<PublicDoctor> doctors) {
    }

    /** A choice of the doctors' search form. */
    public record Option(long id, String name, boolean chosen) {
    }

    private static final String MAP_SEARCH = "https://yandex.ru/maps/?text=";
    /** The most doctors one page lists; more found asks for a narrower search. */
    static final int SHOWN = 100;

    @Inject
    PublicContent content;

    @Inject
    @Shared
    DoctorWeekService weeks;

    @Inject
    HttpServletRequest request;

    private Institution institution;
    private PublicDoctor doctor;
    private DoctorWeek week;
    private List<PublicDoctor> found;
    private List<Option> specialties;

    /** The view action of the institution page: 404 for an institution the region does not have. */
    public void loadInstitution() {
        Long id = number("id");
        institution = id == null ? null
                : content.institutions().stream().filter(i -> i.getId().equals(id)).findFirst().orElse(null);
        if (institution == null) {
            PageMessages.notFound();
        }
    }

    public Institution getInstitution() {
        return institution;
    }

    /** The institution's doctors grouped by specialty, the specialties by name. */
    public List<SpecialtyDoctors> getInstitutionDoctors() {
        Map<String, List<PublicDoctor>> by = new LinkedHashMap<>();
        content.doctors().stream().filter(d -> d.institutionId() == institution.getId())
                .sorted((a, b) -> a.specialty().compareTo(b.specialty()))
                .forEach(d -> by.computeIfAbsent(d.specialty(), k -> new ArrayList<>()).add(d));
        return by.entrySet().stream().map(e -> new SpecialtyDoctors(e.getKey(), e.getValue())).toList();
    }

    /** A map service's search for an address (opens in a new tab). */
    public String mapLink(String address) {
        return MAP_SEARCH + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    /** What the visitor typed into the name field ({@code q}), at most 100 characters. */
    public String getQuery() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
    }

    /** Whether the visitor gave a condition: without one the page lists nobody (a region has thousands of doctors). */
    public boolean isSearching() {
        return !getQuery().isEmpty() || number("s") != null || number("i") != null || number("m") != null;
    }

    /** The doctors that match every condition given, by name; none before a condition is given. */
    public List<PublicDoctor> getDoctors() {
        if (found == null) {
            found = isSearching() ? find() : List.of();
        }
        return found;
    }

    /** The first {@value #SHOWN} of the doctors found. */
    public List<PublicDoctor> getShown() {
        return getDoctors().size() > SHOWN ? getDoctors().subList(0, SHOWN) : getDoctors();
    }

    private List<PublicDoctor> find() {
        String[] words = getQuery().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
        Long specialty = number("s");
        Long at = number("i");
        Long municipality = number("m");
        return content.doctors().stream()
                .filter(d -> specialty == null || d.specialtyId() == specialty)
                .filter(d -> at == null || d.institutionId() == at)
                .filter(d -> municipality == null || municipality.equals(d.municipalityId()))
                .filter(d -> {
                    String name = d.fullName().toLowerCase(Locale.ROOT).replace('ё', 'е');
                    for (String word : words) {
                        if (!word.isEmpty() && !name.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
    }

    public List<Option> getSpecialties() {
        if (specialties == null) {
            specialties = specialtyOptions();
        }
        return specialties;
    }

    private List<Option> specialtyOptions() {
        Long chosen = number("s");
        Map<Long, String> names = new LinkedHashMap<>();
        content.doctors().stream().sorted((a, b) -> a.specialty().compareTo(b.specialty()))
                .forEach(d -> names.putIfAbsent(d.specialtyId(), d.specialty()));
        return names.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(chosen))).toList();
    }

    public List<Option> getInstitutions() {
        Long chosen = number("i");
        return content.institutions().stream()
                .map(i -> new Option(i.getId(), i.getShortName(), i.getId().equals(chosen))).toList();
    }

    public List<Option> getMunicipalities() {
        Long chosen = number("m");
        TreeSet<Long> used = new TreeSet<>();
        content.doctors().forEach(d -> {
            if (d.municipalityId() != null) {
                used.add(d.municipalityId());
            }
        });
        return content.municipalities().stream().filter(m -> used.contains(m.getId()))
                .map(m -> new Option(m.getId(), m.getName(), m.getId().equals(chosen))).toList();
    }

    /** The view action of the doctor page: 404 for a doctor who does not receive patients. */
    public void loadDoctor() {
        Long id = number("id");
        doctor = id == null ? null : content.doctors().stream().filter(d -> d.id() == id).findFirst().orElse(null);
        if (doctor == null) {
            PageMessages.notFound();
            return;
        }
        week = weeks.week(doctor.id());
    }

    public PublicDoctor getDoctor() {
        return doctor;
    }

    public DoctorWeek getWeek() {
        return week;
    }

    /** The institution of the doctor shown. */
    public Institution getDoctorInstitution() {
        return content.institutions().stream().filter(i -> i.getId() == doctor.institutionId()).findFirst().orElse(null);
    }

    /** The wizard with this doctor chosen (through the login first, for a visitor who is not signed in). */
    public String getBookingLink() {
        return request.getContextPath() + "/cabinet/book.xhtml?specialty=" + doctor.specialtyId() + "&doctor=" + doctor.id();
    }

    private Long number(String parameter) {
        String value = request.getParameter(parameter);
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
