-- Mail security (issue 11): the S/MIME signature state of a message, OAuth2 sign-in for hosted mailboxes and SMTP,
-- and the OAuth2 tokens fetched for them. Secrets are Data Protection ciphertext, never the secret.
ALTER TABLE messages ADD COLUMN signature_state TEXT;           -- NULL (not signed) | valid | invalid | unknown_signer
ALTER TABLE messages ADD COLUMN signature_signer TEXT;          -- e-mail address (else name) in the signer's certificate

ALTER TABLE mailboxes ADD COLUMN auth TEXT NOT NULL DEFAULT 'password';  -- password | oauth2
ALTER TABLE mailboxes ADD COLUMN oauth_token_endpoint TEXT;
ALTER TABLE mailboxes ADD COLUMN oauth_client_id TEXT;
ALTER TABLE mailboxes ADD COLUMN oauth_client_secret_protected TEXT;
ALTER TABLE mailboxes ADD COLUMN oauth_scope TEXT;
ALTER TABLE mailboxes ADD COLUMN oauth_refresh_token_protected TEXT;

-- Access tokens (and rotated refresh tokens) per sign-in: 'mailbox:<department>' or 'smtp'.
CREATE TABLE oauth_tokens (
    token_key                TEXT PRIMARY KEY,
    access_token_protected   TEXT NOT NULL,
    refresh_token_protected  TEXT,                          -- the newest refresh token the endpoint returned, if it rotates them
    expires_at               INTEGER NOT NULL,
    settings_hash            TEXT NOT NULL,                 -- a token is used only with the settings it was fetched for
    updated_at               INTEGER NOT NULL
);
