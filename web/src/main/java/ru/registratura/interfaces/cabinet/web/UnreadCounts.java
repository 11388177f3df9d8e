package ru.registratura.interfaces.cabinet.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.MessageService;
import ru.registratura.domain.notification.MessageKind;
import ru.registratura.interfaces.shared.web.RequestMemo;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The unread counts of «Сообщения» and «Уведомления» on the cabinet's tabs ({@code #{unread.of('MESSAGE')}}): both
 * read in one query once a request and kept in the request's attributes, usually with the header's cards
 * ({@link PeopleMenu}, one container call for both).
 *
 * <p>Application-scoped, so that no instance is made for every page of the cabinet (bench/RESULTS.md, issue 17).
 */
@Named("unread")
@ApplicationScoped
public class UnreadCounts {

    /** The request attribute of the counts; PeopleMenu puts them there when it reads them with the header's cards. */
    static final String COUNTS = UnreadCounts.class.getName();

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    MessageService messages;

    @Inject
    HttpServletRequest request;

    /** The unread messages of the box (MESSAGE or NOTIFICATION). */
    public long of(String kind) {
        return counts().getOrDefault(MessageKind.valueOf(kind), 0L);
    }

    private Map<MessageKind, Long> counts() {
        return RequestMemo.get(request, COUNTS, () -> messages.unread(cabinet.accountId()));
    }
}
