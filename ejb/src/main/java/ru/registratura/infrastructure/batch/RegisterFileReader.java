package ru.registratura.infrastructure.batch;

import java.io.BufferedReader;
import java.io.Serializable;
import java.nio.file.Path;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Reads the register file line by line after its header; the checkpoint is the number of the last line read. */
@Named
@Dependent
public class RegisterFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    private BufferedReader reader;
    private int line;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        reader = RegisterFiles.open(Path.of(file));
        reader.readLine();
        line = 1;
        int resumeAfter = checkpoint == null ? 1 : (Integer) checkpoint;
        while (line < resumeAfter && reader.readLine() != null) {
            line++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        return new RawLine(line, text);
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
