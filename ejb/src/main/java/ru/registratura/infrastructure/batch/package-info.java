/**
 * The Jakarta Batch job {@code register-import} (META-INF/batch-jobs/register-import.xml): the attachment register
 * file read line by line, each line checked ({@link ru.registratura.domain.attachment.RegisterRowParser}) and
 * written in chunks ({@link ru.registratura.infrastructure.persistence.JdbcRegisterStore}), then the pending and
 * NOT_FOUND attachment searches re-run.
 */
package ru.registratura.infrastructure.batch;
