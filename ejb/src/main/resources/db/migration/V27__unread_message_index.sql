-- The tabs' unread counts of «Сообщения» and «Уведомления» are read on every cabinet page: per account and box,
-- the messages with read_at null. Through the index of (account_id, kind, created_at) PostgreSQL read every message
-- of the account from the table to see read_at: the most costly statement of the booking rush's pages, a fifth of
-- the database's time in it (bench/RESULTS.md, issue 17), and an account gets a message with each booking and
-- cancellation. The unread ones get a partial index of their own, with the id the count names, so that the count
-- is read from the index alone. H2 (the zero-setup run) has no partial indexes: a no-op there (DatabaseMigration).
${unread_message_index};
