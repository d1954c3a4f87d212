-- The web page's own tables (issue 17), beside the plans:
-- * `jobs`: each uploaded file being parsed, and how far it got (queued, reading, ocr with its
--   page and pages, stored, duplicate, failed with why: `reason`, and for a file refused before
--   parsing the code and parameters of its message in the pages' strings), so that a page reloaded, or opened by
--   another officer, shows it; `owner` is the account that sent it (NULL when single-user).
-- * `users`: accounts (an argon2 hash, never a password), with a role (admin, reviewer,
--   commune) and, for a commune account, the commune it belongs to.
-- * `sessions`: one row per login; the cookie carries the signed session id, and deleting the
--   row (logout) ends the session whatever the cookie says.
-- * `web_settings`: the server's own settings, such as the key that signs session cookies.
CREATE TABLE jobs (
    "job_id" VARCHAR PRIMARY KEY,
    "file_name" VARCHAR NOT NULL,
    "owner" VARCHAR,
    "commune_code" VARCHAR,
    "state" VARCHAR NOT NULL,
    "page" INTEGER,
    "pages" INTEGER,
    "plan_id" VARCHAR,
    "reason" VARCHAR,
    "reason_code" VARCHAR,
    "reason_params" VARCHAR,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE users (
    "name" VARCHAR PRIMARY KEY,
    "role" VARCHAR NOT NULL,
    "commune_code" VARCHAR,
    "password_hash" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE sessions (
    "session_id" VARCHAR PRIMARY KEY,
    "user_name" VARCHAR NOT NULL,
    "csrf_token" VARCHAR NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL
);
CREATE TABLE web_settings (
    "key" VARCHAR PRIMARY KEY,
    "value" VARCHAR NOT NULL
);
