-- The demo register's people get their key (the policy, as the register import writes it), which the schema's
-- migration V10 gave the entries that existed before it: the demo data come after the schema's migrations.
update attachment_register
   set register_key = case when policy_series is null then policy_number else policy_series || ' ' || policy_number end
 where policy_number is not null and register_key is null;
