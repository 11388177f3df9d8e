-- The demo region's municipal districts and its institutions' working hours.

insert into municipality (id, name, sort_order) values
    (1, 'г. Иркутск', 10),
    (2, 'Иркутский район', 20),
    (3, 'Шелеховский район', 30),
    (4, 'г. Братск', 40);

update institution set municipality_id = 1, working_hours = 'пн–пт 8:00–20:00, сб 9:00–15:00' where id in (1, 3);
update institution set municipality_id = 1, working_hours = 'пн–пт 8:00–19:00, сб 9:00–14:00' where id = 2;
update institution set municipality_id = 3, working_hours = 'пн–пт 8:00–17:00' where id = 4;
