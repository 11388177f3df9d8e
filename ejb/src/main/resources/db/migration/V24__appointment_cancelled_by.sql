-- Who cancelled an appointment (PATIENT, REGISTRY, INSTITUTION, API): the patient's visit history says it. Expand-only
-- (a nullable column): an older version of the portal still runs on this schema during a rolling upgrade. Earlier
-- cancellations with a reason were the institution's (a schedule change); for the others it is not known.
alter table appointment add column cancelled_by varchar(16);
update appointment set cancelled_by = 'INSTITUTION' where status = 'CANCELLED' and cancel_reason is not null;
