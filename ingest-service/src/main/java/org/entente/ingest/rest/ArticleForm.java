package org.entente.ingest.rest;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** An article sent as {@code multipart/form-data}: one {@code file} part and optional metadata parts. */
public class ArticleForm {

    /** The article's file: plain text, HTML, XML, PDF, Word, OpenDocument text or RTF. Exactly one is expected. */
    @RestForm("file")
    public List<FileUpload> files;

    @RestForm
    public String title;

    @RestForm
    public String url;

    /** Publication date, {@code YYYY-MM-DD}. */
    @RestForm
    public String published;

    @RestForm
    public String source;
}
