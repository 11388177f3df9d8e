-- Every demo doctor also receives every evening, Monday to Sunday, 18:00-23:45, open to the internet: whenever a
-- newcomer tries the demo (./registratura run), each doctor has times left today and on each following day, so a
-- booking can be made at once. Not a pattern for a real region's schedules.
insert into schedule_template (id, doctor_id, weekdays, starts, ends, slot_minutes, access, valid_from)
select 1000 + d.id, d.id, 127, time '18:00', time '23:45',
       case when s.district_kind is null then 20 else 15 end, 'INTERNET', date '2025-01-01'
  from doctor d
  join specialty s on s.id = d.specialty_id
 where d.id < 1000;
