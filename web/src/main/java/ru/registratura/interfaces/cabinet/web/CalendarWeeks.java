package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.util.List;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import ru.registratura.interfaces.cabinet.web.BookingWizardPage.CalendarDay;

/**
 * The rows of the wizard's calendar ({@code <reg:calendarWeeks value="#{weeks}" link="…&day=" freeLabel="…"/>}), a week
 * a row: a free day is a link to its times with the count of free times, a busy or past day its date alone; the day
 * whose times the page shows ({@code chosen}) is marked. One
 * component writes them all: a {@code ui:repeat} of a {@code ui:repeat} of cells cost an iteration state, two
 * fragments and seven expressions per cell, on every calendar page of the rush. The writer escapes what it writes.
 */
@FacesComponent(CalendarWeeks.TYPE)
public class CalendarWeeks extends SelfWrittenComponent {

    /** Its type, which the tag {@code reg:calendarWeeks} names (registratura.taglib.xml). */
    public static final String TYPE = "ru.registratura.CalendarWeeks";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<List<CalendarDay>> weeks = (List<List<CalendarDay>>) getAttributes().get("value");
        if (weeks == null) {
            return;
        }
        String link = (String) getAttributes().get("link");
        String freeLabel = (String) getAttributes().get("freeLabel");
        Object chosen = getAttributes().get("chosen");
        ResponseWriter writer = context.getResponseWriter();
        for (List<CalendarDay> week : weeks) {
            writer.startElement("tr", this);
            for (CalendarDay day : week) {
                writer.startElement("td", this);
                boolean isChosen = day.date().equals(chosen);
                writer.writeAttribute("class", "calendar__day calendar__day--" + day.getState()
                        + (isChosen ? " calendar__day--chosen" : ""), null);
                String label = day.getLabel();
                if (day.free() > 0) {
                    String date = day.date().toString();
                    String free = Integer.toString(day.free());
                    writer.startElement("a", this);
                    writer.writeAttribute("href", link + date, null);
                    writer.writeAttribute("id", "day-" + date, null);
                    writer.writeAttribute("title", freeLabel + ": " + free, null);
                    if (isChosen) {
                        writer.writeAttribute("aria-current", "date", null);
                    }
                    writer.writeText(label, null);
                    writer.writeText(" ", null);
                    writer.startElement("span", this);
                    writer.writeAttribute("class", "calendar__count", null);
                    writer.writeText(free, null);
                    writer.endElement("span");
                    writer.endElement("a");
                } else {
                    writer.writeText(label, null);
                }
                writer.endElement("td");
            }
            writer.endElement("tr");
        }
    }
}
