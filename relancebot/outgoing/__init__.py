"""Everything that leaves: rendering, MIME, the outbox and its transports (SMTP, local Maildir)."""
