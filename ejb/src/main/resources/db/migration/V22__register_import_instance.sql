-- The instance whose batch runtime runs an import's job (Payara's com.sun.aas.instanceName; "server" on a single
-- domain). Each instance's batch runtime knows only its own jobs, and their execution ids are counted per instance:
-- only that instance may read the job's status and mark the import FAILED when its job ended badly. Expand-only
-- (a nullable column): an older version of the portal still runs on this schema during a rolling upgrade.
alter table register_import add column job_instance varchar(200);
