package ru.registratura.application;

import java.io.Serializable;
import java.util.List;

import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.card.CardAppointment;
import ru.registratura.domain.card.PatientCard;

/** What a card's page shows: the card, its attachment search (null before the first one) and its appointments. */
public record CardOverview(PatientCard card, AttachmentSearch search, List<CardAppointment> appointments)
        implements Serializable {
}
