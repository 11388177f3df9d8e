package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;

/**
 * The free times of the wizard's chosen day ({@code <reg:timeLinks value="#{times}" link="…&slot=" suffix="…"
 * zone="#{…}"/>}), a list item each: a link «09:30» (id {@code time-0930}) to the confirmation of that slot. One
 * component writes them all, for the reason of {@link CalendarWeeks}. The writer escapes what it writes.
 */
@FacesComponent(TimeLinks.TYPE)
public class TimeLinks extends SelfWrittenComponent {

    /** Its type, which the tag {@code reg:timeLinks} names (registratura.taglib.xml). */
    public static final String TYPE = "ru.registratura.TimeLinks";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<FreeTime> times = (List<FreeTime>) getAttributes().get("value");
        if (times == null) {
            return;
        }
        String link = (String) getAttributes().get("link");
        Object suffix = getAttributes().get("suffix");
        String end = suffix == null ? "" : suffix.toString();
        ZoneId zone = (ZoneId) getAttributes().get("zone");
        ResponseWriter writer = context.getResponseWriter();
        StringBuilder text = new StringBuilder(5);
        for (FreeTime time : times) {
            LocalTime clock = time.startsAt().atZone(zone).toLocalTime();
            String slot = Long.toString(time.slotId());
            writer.startElement("li", this);
            writer.startElement("a", this);
            writer.writeAttribute("href", link + slot + end, null);
            text.setLength(0);
            twoDigits(text, clock.getHour());
            twoDigits(text, clock.getMinute());
            writer.writeAttribute("id", "time-" + text, null);
            writer.writeAttribute("data-slot", slot, null);
            text.insert(2, ':');
            writer.writeText(text.toString(), null);
            writer.endElement("a");
            writer.endElement("li");
        }
    }

    private static void twoDigits(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }
}
