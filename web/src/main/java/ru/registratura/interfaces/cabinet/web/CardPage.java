package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.application.CardOverview;
import ru.registratura.application.ReferralService;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.card.CardAppointment;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.interfaces.shared.web.Shared;

/** A card's page: its details and the tabs «Прикрепления» and «Записи на приём». */
@Named
@ViewScoped
public class CardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    @Inject
    @Shared
    ReferralService referralService;

    private Long card;
    private String tab;
    private PatientCard loaded;
    private AttachmentSearch search;
    private List<CardAppointment> upcoming = List.of();
    private List<CardAppointment> history = List.of();
    private List<ReferralService.Shown> referrals = List.of();

    public void load() {
        if (card == null) {
            CabinetPages.notFound();
            return;
        }
        try {
            CardOverview overview = cards.overview(cabinet.actor(), card);
            loaded = overview.card();
            search = overview.search();
            Instant now = Instant.now();
            upcoming = overview.appointments().stream().filter(a -> a.upcomingAt(now))
                    .sorted(Comparator.comparing(CardAppointment::startsAt)).toList();
            history = overview.appointments().stream().filter(a -> !a.upcomingAt(now)).toList();
            if (isAppointmentsTab()) {
                referrals = referralService.ofCard(cabinet.actor(), card);
            }
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
        }
    }

    /** The card's referrals (направления), the latest first. */
    public List<ReferralService.Shown> getReferrals() {
        return referrals;
    }

    /** «Повторить поиск» of a FAILED search. */
    public String retry() {
        try {
            cards.retrySearch(cabinet.actor(), card);
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
            return null;
        }
        return "/cabinet/card?faces-redirect=true&card=" + card;
    }

    public boolean isAppointmentsTab() {
        return "appointments".equals(tab);
    }

    public PatientCard getLoaded() {
        return loaded;
    }

    public AttachmentSearch getSearch() {
        return search;
    }

    /** The booked appointments still to come, soonest first. */
    public List<CardAppointment> getUpcoming() {
        return upcoming;
    }

    /** The visit history: past and cancelled appointments with their outcome, latest first. */
    public List<CardAppointment> getHistory() {
        return history;
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }
}
