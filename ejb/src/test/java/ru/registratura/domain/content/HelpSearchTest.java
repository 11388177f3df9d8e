package ru.registratura.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HelpSearchTest {

    private record Doc(String title, String body) {
    }

    private static final Doc LOGIN = new Doc("Как войти в личный кабинет",
            "Нажмите «Личный кабинет», затем «Войти через ЕСИА». Введите **логин** и пароль от Госуслуг.");
    private static final Doc CHILD = new Doc("Как добавить ребёнка и записать его к врачу",
            "Данные детей младше 14 лет берутся из Госуслуг. Запись ребёнка — как ваша.");
    private static final Doc CANCEL = new Doc("Как отменить запись",
            "Откройте талон и нажмите «Отменить запись». Время освободится для других пациентов.");

    private static final Doc MAINTENANCE = new Doc("Госуслуги на обслуживании",
            "Если ЕСИА не отвечает, повторите попытку позже.");

    private final HelpSearch<Doc> search = new HelpSearch<>(List.of(LOGIN, CHILD, CANCEL, MAINTENANCE), Doc::title,
            Doc::body);

    @Test
    void wordFormsCaseAndYoFindTheArticle() {
        assertEquals(List.of(CHILD), search.find("ребенок"), "«ё» as «е», another case of the word");
        assertEquals(List.of(CHILD), search.find("РЕБЁНКА"));
        assertEquals(List.of(LOGIN), search.find("пароля"));
        assertEquals(List.of(LOGIN), search.find("логин"), "Markdown's marks are not part of the word");
    }

    @Test
    void everyWordMustBeFoundAndTitlesWeighMore() {
        assertEquals(List.of(MAINTENANCE, LOGIN, CHILD), search.find("госуслуги"),
                "a title's match first, then the bodies' in the help centre's order");
        assertEquals(List.of(CHILD, CANCEL), search.find("запись"), "«записать» and «запись» share their stem");
        assertEquals(List.of(CANCEL), search.find("отменить запись"));
        assertEquals(List.of(), search.find("отменить ребёнка"));
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        assertEquals(List.of(), search.find(""));
        assertEquals(List.of(), search.find("  ?! "));
        assertEquals(List.of(), search.find(null));
    }
}
