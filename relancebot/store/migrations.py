"""Named schema migrations, each applied with its record in one transaction (sqlite-utils 4)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("relancebot")


@migrations(name="0001_foundation")
def foundation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE customers (
            id TEXT PRIMARY KEY,            -- client_id from the CSV, else the normalised name
            name TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
            do_not_chase INTEGER NOT NULL DEFAULT 0,
            extra_delay_days INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            email TEXT NOT NULL,            -- lower-cased
            role TEXT NOT NULL DEFAULT 'to' CHECK (role IN ('to', 'cc')),
            active INTEGER NOT NULL DEFAULT 1,
            failing_since TEXT,             -- a permanent refusal or a bounce: never mailed again
            failing_reason TEXT,
            source TEXT NOT NULL DEFAULT 'import',
            UNIQUE (customer_id, email, role)
        );
        CREATE INDEX contacts_email ON contacts(email);
        CREATE TABLE invoices (
            number TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            amount TEXT NOT NULL,           -- Decimal as text: never float
            amount_excl_tax TEXT,
            currency TEXT NOT NULL DEFAULT 'EUR',
            issue_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            pdf_path TEXT NOT NULL,
            paid TEXT NOT NULL DEFAULT '0.00',
            chase TEXT NOT NULL DEFAULT 'active'
                CHECK (chase IN ('active', 'paused', 'stopped', 'escalated')),
            chase_reason TEXT NOT NULL DEFAULT '',
            paused_until TEXT,
            reminders_sent INTEGER NOT NULL DEFAULT 0,
            last_reminder_at TEXT,
            pre_reminder_sent INTEGER NOT NULL DEFAULT 0,
            cadence_anchor_at TEXT,
            escalated_at TEXT,
            paid_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX invoices_customer ON invoices(customer_id);
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            invoice_number TEXT NOT NULL REFERENCES invoices(number),
            amount TEXT NOT NULL,
            date TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (invoice_number, date, amount, reference)
        );
        -- Every message leaves through here: the row exists before the message leaves.
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,             -- reminder, pre_reminder, duplicate, digest, ...
            customer_id TEXT REFERENCES customers(id),
            message_id TEXT NOT NULL UNIQUE,
            recipients TEXT NOT NULL,       -- JSON list: To + Cc, what the envelope carries
            subject TEXT NOT NULL,
            raw BLOB NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'uncertain')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            sent_at TEXT,
            in_window INTEGER NOT NULL DEFAULT 1 -- customer mail waits for the sending window
        );
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
        -- One row per invoice per reminder level: the unique key is what makes a tick idempotent.
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            invoice_number TEXT NOT NULL REFERENCES invoices(number),
            kind TEXT NOT NULL,
            level INTEGER NOT NULL,
            outbox_id INTEGER NOT NULL REFERENCES outbox(id),
            planned_at TEXT NOT NULL,
            UNIQUE (invoice_number, kind, level)
        );
        CREATE INDEX reminders_outbox ON reminders(outbox_id);
        -- The journal: every action, so anyone can pick a file up.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            invoice_number TEXT,
            customer_id TEXT,
            summary TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_invoice ON events(invoice_number, at);
        CREATE INDEX events_customer ON events(customer_id, at);
        CREATE TABLE service_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_replies")
def replies(db: Database) -> None:
    db.executescript(
        """
        -- Where the watcher stands in each folder it reads: UIDs only compare under one
        -- UIDVALIDITY; when it changes, last_uid restarts at 0 and Message-IDs prevent repeats.
        CREATE TABLE mailbox_state (
            mailbox TEXT PRIMARY KEY,       -- e.g. imap://compta@imap.example.fr/INBOX
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        -- Every message read from the mailbox, once (message_id is the key of "once").
        CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            mailbox TEXT NOT NULL,
            uid INTEGER NOT NULL,
            uidvalidity INTEGER NOT NULL,
            message_id TEXT NOT NULL UNIQUE, -- synthetic (hash) when the message has none
            received_at TEXT NOT NULL,
            sender TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            category TEXT,                  -- NULL when never classified (oversized, unreadable)
            reasons TEXT NOT NULL DEFAULT '[]',
            promised_date TEXT,
            new_contact TEXT,
            failed_recipient TEXT,
            excerpt TEXT NOT NULL DEFAULT '',
            customer_id TEXT,
            link_method TEXT NOT NULL DEFAULT 'none'
                CHECK (link_method IN ('references', 'invoice_number', 'sender', 'domain',
                                       'none')),
            state TEXT NOT NULL
                CHECK (state IN ('handled', 'quarantined', 'oversized', 'unlinked')),
            error TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            raw BLOB,                       -- NULL above imap.max_message_bytes
            handled_at TEXT NOT NULL,
            marked INTEGER NOT NULL DEFAULT 0 -- keyword set (and moved) on the server
        );
        CREATE INDEX replies_unmarked ON replies(mailbox, uidvalidity, marked);
        CREATE INDEX replies_state ON replies(state, handled_at);
        CREATE TABLE reply_invoices (
            reply_id INTEGER NOT NULL REFERENCES replies(id),
            invoice_number TEXT NOT NULL REFERENCES invoices(number),
            PRIMARY KEY (reply_id, invoice_number)
        );
        CREATE INDEX reply_invoices_invoice ON reply_invoices(invoice_number);
        """
    )


@migrations(name="0003_cases")
def cases(db: Database) -> None:
    db.executescript(
        """
        -- What a reply or a person set for an invoice beyond the ladder itself.
        ALTER TABLE invoices ADD COLUMN promised_date TEXT;   -- a promise to pay on that day
        ALTER TABLE invoices ADD COLUMN paid_claimed_at TEXT; -- "already paid": not a payment
        ALTER TABLE invoices ADD COLUMN last_duplicate_at TEXT; -- resend limiter
        -- What a person must do: the digest lists the open ones, first the calls.
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            priority INTEGER NOT NULL,      -- 1 first: dispute, difficulty, failing address, ...
            customer_id TEXT REFERENCES customers(id),
            invoice_number TEXT REFERENCES invoices(number),
            reply_id INTEGER REFERENCES replies(id),
            summary TEXT NOT NULL,
            created_at TEXT NOT NULL,
            due_at TEXT NOT NULL,           -- when it should appear (a check after 10 days, ...)
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
            closed_at TEXT,
            outcome TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX tasks_open ON tasks(state, due_at, priority);
        CREATE INDEX tasks_invoice ON tasks(invoice_number, state);
        -- The person's side: every call and what was agreed.
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            invoice_number TEXT REFERENCES invoices(number),
            outcome TEXT NOT NULL
                CHECK (outcome IN ('paid', 'promise', 'dispute', 'difficulty', 'no_answer')),
            promised_date TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX calls_customer ON calls(customer_id, at);
        """
    )


@migrations(name="0004_outbox_settled")
def outbox_settled(db: Database) -> None:
    db.executescript(
        """
        -- A message refused for good stays 'failed'; a person who decides to leave it aside
        -- settles it, and `status` stops asking.
        ALTER TABLE outbox ADD COLUMN settled_at TEXT;
        ALTER TABLE outbox ADD COLUMN settled_note TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="0005_outbox_attempts")
def outbox_attempts(db: Database) -> None:
    db.executescript(
        """
        -- When the last attempt reached the point of no return (`sending`): the moment a
        -- message that a person confirms as sent left, which its invoices count from.
        ALTER TABLE outbox ADD COLUMN attempted_at TEXT;
        -- Refusals of the message itself, what MAX_ATTEMPTS counts; `attempts` also counts the
        -- passes deferred by a server absent or refusing us by its settings (the backoff).
        ALTER TABLE outbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
        """
    )


@migrations(name="0006_import_identity")
def import_identity(db: Database) -> None:
    db.executescript(
        """
        -- A customer's SIREN and SIRET when its invoices give them: with its addresses' domains,
        -- what tells two companies of one name apart at every import (importing.identity).
        ALTER TABLE customers ADD COLUMN siren TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN siret TEXT NOT NULL DEFAULT '';
        -- Two identical rows of one file (two instalments of one amount on one day) are two
        -- payments: the n-th identical row of a file is occurrence n, so importing the file
        -- again, or a later export that repeats it, adds nothing (store.imports).
        CREATE TABLE payments_new (
            id INTEGER PRIMARY KEY,
            invoice_number TEXT NOT NULL REFERENCES invoices(number),
            amount TEXT NOT NULL,
            date TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            occurrence INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (invoice_number, date, amount, reference, occurrence)
        );
        INSERT INTO payments_new (id, invoice_number, amount, date, reference, source,
                                  imported_at)
            SELECT id, invoice_number, amount, date, reference, source, imported_at
            FROM payments;
        DROP TABLE payments;
        ALTER TABLE payments_new RENAME TO payments;
        """
    )


@migrations(name="0007_event_actor")
def event_actor(db: Database) -> None:
    db.executescript(
        """
        -- Who acted: 'service', 'commande' (a person at the command line) or 'web:<user>'.
        -- Earlier lines were not told; those only a person's command wrote are marked so.
        ALTER TABLE events ADD COLUMN actor TEXT NOT NULL DEFAULT 'service';
        UPDATE events SET actor = 'commande'
            WHERE kind IN ('call', 'call_confirmation', 'chase_resumed', 'chase_paused',
                           'contact_confirmed', 'customer_settings', 'outbox_decision',
                           'backup', 'letter_prepared')
            AND (kind != 'chase_paused' OR summary LIKE '%par une personne%');
        UPDATE events SET actor = 'commande'
            WHERE kind = 'payment' AND summary LIKE '%par une personne%';
        """
    )


@migrations(name="0008_web_users")
def web_users(db: Database) -> None:
    db.executescript(
        """
        -- Who may log in to the person's pages (`relancebot user add`): the password only
        -- as its scrypt hash, never as typed.
        CREATE TABLE web_users (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_login_at TEXT
        );
        -- A browser's session, known by the hash of the id its cookie carries: logging out
        -- (or removing the user) deletes the row, and the cookie opens nothing any more.
        CREATE TABLE web_sessions (
            id TEXT PRIMARY KEY,
            user_name TEXT NOT NULL REFERENCES web_users(name) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX web_sessions_user ON web_sessions(user_name);
        -- Failed log-ins, by the name tried and the address it came from: the growing delay
        -- before the next attempt is counted from them.
        CREATE TABLE web_login_failures (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            address TEXT NOT NULL
        );
        CREATE INDEX web_login_failures_user ON web_login_failures(user_name, at);
        CREATE INDEX web_login_failures_address ON web_login_failures(address, at);
        """
    )


@migrations(name="0009_reply_labels")
def reply_labels(db: Database) -> None:
    db.executescript(
        """
        -- A person's correction of a reply's category: labelled data for the classifier
        -- (`learn`). One row per reply, the last correction wins (each one is journalled);
        -- the whole message stays in replies.raw.
        CREATE TABLE reply_labels (
            reply_id INTEGER PRIMARY KEY REFERENCES replies(id),
            predicted TEXT,                 -- what the classifier said (NULL: never classified)
            category TEXT NOT NULL
                CHECK (category IN ('already_paid', 'promise_to_pay', 'not_received',
                                    'dispute', 'payment_difficulty', 'wrong_contact',
                                    'auto_reply', 'bounce', 'other')),
            excerpt TEXT NOT NULL DEFAULT '', -- the customer's own words, as stored
            note TEXT NOT NULL DEFAULT '',
            labelled_at TEXT NOT NULL,
            labelled_by TEXT NOT NULL       -- 'commande' or 'web:<user>'
        );
        -- What a person did with a reply: linked it by hand (the watcher's link stays in
        -- link_method), read it (it leaves the replies to read).
        ALTER TABLE replies ADD COLUMN linked_by TEXT;
        ALTER TABLE replies ADD COLUMN linked_at TEXT;
        ALTER TABLE replies ADD COLUMN read_by TEXT;
        ALTER TABLE replies ADD COLUMN read_at TEXT;
        """
    )


@migrations(name="0010_tasks_by_reply")
def tasks_by_reply(db: Database) -> None:
    # "Réponses à lire" asks, for each reply, whether an open task points at it: without this
    # index SQLite read every task for every reply (28 ms → 0.65 ms over 1,000 tasks).
    db.executescript("CREATE INDEX tasks_reply ON tasks(reply_id, state);")


@migrations(name="0011_reply_models")
def reply_models(db: Database) -> None:
    db.executescript(
        """
        -- Each model `learn` trained for this firm, and what was decided: 'used' (it reads
        -- the replies from then on: the one row with active = 1) or 'kept_previous' (worse on
        -- the held-out replies than the model in use; its figures stay, not its weights).
        -- No active row: the model shipped with relancebot reads the replies.
        CREATE TABLE reply_models (
            id INTEGER PRIMARY KEY,
            trained_at TEXT NOT NULL,
            model TEXT,                     -- the model's JSON (NULL when not used)
            examples INTEGER NOT NULL,      -- trained on: the shipped corpus + corrections
            corrections INTEGER NOT NULL,   -- the firm's corrections among them
            evaluation TEXT NOT NULL,       -- JSON: held-out figures, new and previous
            active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
            decided_at TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('used', 'kept_previous')),
            CHECK (outcome = 'used' OR (active = 0 AND model IS NULL))
        );
        CREATE UNIQUE INDEX reply_models_active ON reply_models(active) WHERE active = 1;
        """
    )


@migrations(name="0012_statements_and_einvoices")
def statements_and_einvoices(db: Database) -> None:
    db.executescript(
        """
        -- The buyer's VAT number (EN 16931 BT-48), from e-invoices.
        ALTER TABLE customers ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
        -- Where an invoice came from: 'csv', 'facturx', 'cii', 'ubl', 'fec'. An invoice with
        -- no document (a FEC line) has pdf_path '' and its reminders carry no attachment.
        ALTER TABLE invoices ADD COLUMN origin TEXT NOT NULL DEFAULT 'csv';
        -- Every credit line of a bank statement ever imported, once (line_key), and what
        -- became of it: applied as payments, proposed to a person, or matched to nothing;
        -- a person then accepts or rejects a proposal. Debits are never stored.
        CREATE TABLE statement_lines (
            id INTEGER PRIMARY KEY,
            line_key TEXT NOT NULL UNIQUE,  -- the bank's id of the line, else a digest of it
            account TEXT NOT NULL DEFAULT '',   -- the statement's own account (IBAN)
            booked TEXT NOT NULL,               -- booking date, ISO
            amount TEXT NOT NULL,               -- the credit, Decimal as text, > 0
            currency TEXT NOT NULL DEFAULT 'EUR',
            payer_name TEXT NOT NULL DEFAULT '',
            payer_iban TEXT NOT NULL DEFAULT '',
            remittance TEXT NOT NULL DEFAULT '',    -- the free text, or the RF reference
            end_to_end TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,               -- file and place in it
            imported_at TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('applied', 'proposed', 'unmatched', 'accepted', 'rejected')),
            customer_id TEXT REFERENCES customers(id),
            allocation TEXT NOT NULL DEFAULT '[]',  -- JSON [[invoice, amount], ...]
            reason TEXT NOT NULL DEFAULT '',        -- why, in French, for the person
            decided_at TEXT,
            decided_by TEXT
        );
        CREATE INDEX statement_lines_outcome ON statement_lines(outcome, booked);
        -- Who pays for a customer, learned from matches that were certain or accepted by a
        -- person: an IBAN (compact, upper case) or a name (folded).
        CREATE TABLE payers (
            id INTEGER PRIMARY KEY,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL CHECK (kind IN ('iban', 'name')),
            value TEXT NOT NULL,
            learned_at TEXT NOT NULL,
            statement_line_id INTEGER REFERENCES statement_lines(id),
            UNIQUE (kind, value, customer_id)
        );
        -- Each file the service took from [imports] watch_dir, for the digest.
        CREATE TABLE dropped_files (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,                 -- what it was recognised as ('' if nothing)
            outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'refused')),
            summary TEXT NOT NULL,              -- what came in, or why it was refused
            at TEXT NOT NULL,
            digested INTEGER NOT NULL DEFAULT 0 CHECK (digested IN (0, 1))
        );
        """
    )


@migrations(name="0013_statement_line_kind")
def statement_line_kind(db: Database) -> None:
    db.executescript(
        """
        -- The format a credit line was read from ('ofx', 'camt.053', ...): the same transfer
        -- seen again in another format, whose bank ids and dates may differ, is not recorded
        -- twice (relancebot.store.statements).
        ALTER TABLE statement_lines ADD COLUMN kind TEXT NOT NULL DEFAULT '';
        CREATE INDEX statement_lines_amount ON statement_lines(amount, booked);
        """
    )
