-- One document, several files (issue 17): the same plan sent as .txt, .docx, .pdf and a scan is
-- one document. Each stored file (a `plans` row) is filed under one document when it is stored
-- (store/documents.py says how: the same document key, or nearly the same text when the header
-- does not name the plan fully); an officer may file a replacement for a file, or delete a
-- document. Nothing is erased: a replaced file stays with who replaced it, when, and by which
-- file; a deleted document stays with who deleted it and when, and every such change (deleted,
-- restored, a file replaced) is a row of `document_events`. Which file represents a document
-- (the `plan_documents` view) is derived, not stored. Only new tables: this migration and
-- 0006 (corrections) touch nothing of each other's.
CREATE TABLE documents (
    "document_id" VARCHAR PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    "deleted_by" VARCHAR
);
CREATE TABLE document_files (
    "plan_id" VARCHAR PRIMARY KEY,
    "document_id" VARCHAR NOT NULL,
    "matched_by" VARCHAR NOT NULL,
    "filed_at" TIMESTAMP NOT NULL,
    "filed_by" VARCHAR,
    "replaced_at" TIMESTAMP,
    "replaced_by" VARCHAR,
    "replacement" VARCHAR
);
CREATE INDEX document_files_document ON document_files (document_id);
CREATE TABLE document_events (
    "document_id" VARCHAR NOT NULL,
    "happened_at" TIMESTAMP NOT NULL,
    "action" VARCHAR NOT NULL,
    "actor" VARCHAR,
    "plan_id" VARCHAR,
    "replacement" VARCHAR
);
CREATE INDEX document_events_document ON document_events (document_id);
