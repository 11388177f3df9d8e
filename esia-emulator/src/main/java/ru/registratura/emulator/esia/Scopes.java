package ru.registratura.emulator.esia;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The scopes ESIA knows and the line the consent screen shows for each (docs/esia-protocol.md section 5). */
public final class Scopes {

    private static final Map<String, String> CONSENT_LINES = new LinkedHashMap<>();

    static {
        CONSENT_LINES.put("openid", "Проведение входа в систему");
        CONSENT_LINES.put("fullname", "Просмотр вашей фамилии, имени и отчества");
        CONSENT_LINES.put("birthdate", "Просмотр даты вашего рождения");
        CONSENT_LINES.put("gender", "Просмотр вашего пола");
        CONSENT_LINES.put("snils", "Просмотр вашего СНИЛС");
        CONSENT_LINES.put("inn", "Просмотр вашего ИНН");
        CONSENT_LINES.put("id_doc", "Просмотр данных о вашем документе, удостоверяющем личность");
        CONSENT_LINES.put("medical_doc", "Просмотр данных вашего полиса обязательного медицинского страхования (ОМС)");
        CONSENT_LINES.put("drivers_licence_doc", "Просмотр данных вашего водительского удостоверения");
        CONSENT_LINES.put("email", "Просмотр вашего адреса электронной почты");
        CONSENT_LINES.put("mobile", "Просмотр номера вашего мобильного телефона");
        CONSENT_LINES.put("contacts", "Просмотр данных о ваших контактах и адресах");
        CONSENT_LINES.put("usr_org", "Просмотр списка организаций пользователя");
        CONSENT_LINES.put("kid_fullname", "Просмотр фамилии, имени и отчества ребенка");
        CONSENT_LINES.put("kid_birthdate", "Просмотр даты рождения ребенка");
        CONSENT_LINES.put("kid_gender", "Просмотр пола ребенка");
        CONSENT_LINES.put("kid_snils", "Просмотр СНИЛС ребенка");
        CONSENT_LINES.put("kid_inn", "Просмотр ИНН ребенка");
        CONSENT_LINES.put("kid_birth_cert_doc", "Просмотр данных свидетельства о рождении ребенка");
        CONSENT_LINES.put("kid_medical_doc", "Просмотр данных полиса обязательного медицинского страхования (ОМС) ребенка");
    }

    private Scopes() {
    }

    /** The scopes of a space-separated {@code scope} parameter, in order, each once. */
    public static Set<String> parse(String scope) {
        Set<String> result = new LinkedHashSet<>();
        if (scope != null) {
            Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(result::add);
        }
        return result;
    }

    public static boolean known(String scope) {
        return CONSENT_LINES.containsKey(scope);
    }

    public static String consentLine(String scope) {
        return CONSENT_LINES.get(scope);
    }
}
