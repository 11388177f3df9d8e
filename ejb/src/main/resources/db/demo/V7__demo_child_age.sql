-- Артём, the ESIA emulator's child of Иванова, is nine whenever the demo region is loaded: the emulator counts his
-- birth year back from the current year ({YEAR-9} in persons.json), and so does his entry of the demo register,
-- which his card must match by policy and birth date. (V2 wrote him as born in 2017.)
update attachment_register
   set birth_date = cast(cast(extract(year from current_date) - 9 as integer) || '-09-03' as date),
       attached_since = cast(cast(extract(year from current_date) - 9 as integer) || '-09-20' as date)
 where id = 2 and policy_number = '3850100000234560';
