-- The card file's identity is ESIA's (issue 18). The holder's own card is always made from ESIA's person record
-- and refreshed at each login; a database row may not say otherwise. Cards the holder typed as SELF before this
-- version take ESIA's identity at the holder's next login.
update patient_card set source = 'ESIA' where kinship = 'SELF';
alter table patient_card add constraint patient_card_self_verified_chk check (kinship <> 'SELF' or source = 'ESIA');

-- A relative typed by hand and found in the register by name and birth date alone may be anyone's namesake: such a
-- search is NAME_ONLY and keeps no register entry (the page sends the patient to the registry).
alter table attachment_search drop constraint attachment_search_status_chk;
alter table attachment_search add constraint attachment_search_status_chk
    check (status in ('PENDING', 'FOUND', 'NOT_FOUND', 'FAILED', 'NAME_ONLY'));
update attachment_search set status = 'NAME_ONLY', entry_id = null
 where status = 'FOUND' and matched_by = 'NAME'
   and card_id in (select id from patient_card where source = 'MANUAL');
