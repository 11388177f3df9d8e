package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.registratura.application.RegistryService;
import ru.registratura.application.RegistryService.DayEntry;
import ru.registratura.application.RegistryService.DayQuery;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.DaySelection;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Приём на день» ({@code staff/day.xhtml?day=2026-12-02}, today by default): the day's appointments at the
 * operator's institutions in a lazy table paged, sorted (time, doctor, patient, status) and filtered (doctor,
 * status) on the server, with «Пришёл» / «Не явился» for today's and earlier ones.
 */
@Named
@ViewScoped
public class DayListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private LocalDate day;
    private List<DaySelection.DoctorOfDay> doctors = List.of();
    private final Entries entries = new Entries(this);

    /** The day's appointments, read a page at a time: a count and the page, never the whole day. */
    static final class Entries extends LazyDataModel<DayEntry> {

        private static final long serialVersionUID = 1L;
        private final DayListPage page;

        Entries(DayListPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) page.registry.dayCount(page.current.actor(), page.query(filterBy, null));
            } catch (StaffAccessDeniedException e) {
                return 0;
            }
        }

        @Override
        public List<DayEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return page.registry.dayPage(page.current.actor(), page.query(filterBy, sortBy), first, pageSize);
            } catch (StaffAccessDeniedException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(DayEntry entry) {
            return String.valueOf(entry.appointmentId());
        }

        @Override
        public DayEntry getRowData(String rowKey) {
            return null;
        }
    }

    public void load() {
        if (day == null) {
            day = region.today();
        }
        try {
            doctors = registry.dayDoctors(current.actor(), day);
        } catch (StaffAccessDeniedException e) {
            doctors = List.of();
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    /** The table's doctor and status filters and its sort as a query of the day. */
    private DayQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        String doctor = filter(filterBy, "doctor");
        String status = filter(filterBy, "status");
        return new DayQuery(day, doctor == null ? null : Long.valueOf(doctor),
                status == null ? null : AppointmentStatus.valueOf(status), order(sortBy));
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static DaySelection.Order order(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
            return DaySelection.Order.TIME;
        }
        boolean ascending = sort.getOrder() == SortOrder.ASCENDING;
        return switch (sort.getField()) {
            case "doctor" -> ascending ? DaySelection.Order.DOCTOR : DaySelection.Order.DOCTOR_DESCENDING;
            case "patient" -> ascending ? DaySelection.Order.PATIENT : DaySelection.Order.PATIENT_DESCENDING;
            case "status" -> ascending ? DaySelection.Order.STATUS : DaySelection.Order.STATUS_DESCENDING;
            default -> ascending ? DaySelection.Order.TIME : DaySelection.Order.TIME_DESCENDING;
        };
    }

    public void attended(long appointmentId) {
        mark(appointmentId, AppointmentStatus.ATTENDED);
    }

    public void noShow(long appointmentId) {
        mark(appointmentId, AppointmentStatus.NO_SHOW);
    }

    private void mark(long appointmentId, AppointmentStatus status) {
        try {
            registry.mark(current.actor(), appointmentId, status);
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
    }

    public LazyDataModel<DayEntry> getEntries() {
        return entries;
    }

    /** The doctors with appointments on the day, for the doctor filter. */
    public List<DaySelection.DoctorOfDay> getDoctors() {
        return doctors;
    }

    /** «Записей на день: 27»: how many appointments the day has at the operator's institutions. */
    public String getCountText() {
        return PageMessages.text("staff.day.count", doctors.stream().mapToLong(DaySelection.DoctorOfDay::appointments).sum());
    }

    /** The statuses a day's appointment can be in, for the status filter. */
    public List<String> getStatuses() {
        return Arrays.stream(AppointmentStatus.values()).filter(s -> s != AppointmentStatus.CANCELLED).map(Enum::name).toList();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getPreviousDay() {
        return day.minusDays(1);
    }

    public LocalDate getNextDay() {
        return day.plusDays(1);
    }
}
