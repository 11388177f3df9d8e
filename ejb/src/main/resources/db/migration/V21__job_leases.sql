-- The portal's scheduled jobs run once per cluster, not once per instance: an instance runs a job only after it
-- has taken the job's lease (JobLeases): nobody holds it (or the holder's lease_until has passed: it died in the
-- middle), and the last run ended long enough ago (half the job's period) that another instance's timer firing a
-- little later does not run it again. runs counts the runs the cluster has made, last_run_by says where.
create table job_lease (
    job varchar(64) primary key,
    holder varchar(200),
    lease_until timestamp with time zone,
    runs bigint not null default 0,
    last_run_by varchar(200),
    last_run_at timestamp with time zone
);
insert into job_lease (job) values ('slot-generation');
insert into job_lease (job) values ('appointment-reminders');
