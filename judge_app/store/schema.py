"""Schema of every judge-app file, as an ordered list of migrations (ARCHITECTURE §3).

A new file runs them all; an older file runs the ones it lacks. Never edit a migration
that has shipped: append a new one.
"""

from __future__ import annotations

APPLICATION_ID = 0x4A554447  # "JUDG": marks a SQLite file as ours

MIGRATIONS: tuple[str, ...] = (
    # 1: competition, entries, judges, assignments
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE definition (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        toml TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE stages (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        weight REAL NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE TABLE categories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        awards INTEGER NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE TABLE criteria (
        id TEXT PRIMARY KEY,
        stage TEXT NOT NULL REFERENCES stages(id),
        name TEXT NOT NULL,
        weight REAL NOT NULL,
        min REAL NOT NULL,
        max REAL NOT NULL,
        step REAL NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE TABLE entries (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        category TEXT NOT NULL REFERENCES categories(id),
        agency TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        acronym TEXT NOT NULL DEFAULT '',
        replicates TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    );
    CREATE INDEX entries_category ON entries(category);
    CREATE TABLE judges (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        rank TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'anggota'
    );
    CREATE TABLE assignments (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        entry_code TEXT NOT NULL REFERENCES entries(code),
        PRIMARY KEY (judge_id, entry_code)
    ) WITHOUT ROWID;
    CREATE INDEX assignments_entry ON assignments(entry_code);
    """,
    # 2: conflicts, scores and the append-only audit log
    """
    CREATE TABLE conflicts (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        entry_code TEXT NOT NULL REFERENCES entries(code),
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (judge_id, entry_code)
    ) WITHOUT ROWID;
    CREATE TABLE scores (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        entry_code TEXT NOT NULL REFERENCES entries(code),
        criterion_id TEXT NOT NULL REFERENCES criteria(id),
        value REAL,                      -- NULL: a note written before the score
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (judge_id, entry_code, criterion_id)
    ) WITHOUT ROWID;
    CREATE INDEX scores_entry ON scores(entry_code, criterion_id);
    CREATE TRIGGER scores_conflicted_insert BEFORE INSERT ON scores
    WHEN EXISTS (SELECT 1 FROM conflicts
                 WHERE judge_id = NEW.judge_id AND entry_code = NEW.entry_code)
    BEGIN SELECT RAISE(ABORT, 'conflict of interest: this judge may not score this entry'); END;
    CREATE TRIGGER scores_conflicted_update BEFORE UPDATE ON scores
    WHEN EXISTS (SELECT 1 FROM conflicts
                 WHERE judge_id = NEW.judge_id AND entry_code = NEW.entry_code)
    BEGIN SELECT RAISE(ABORT, 'conflict of interest: this judge may not score this entry'); END;
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        before TEXT,
        after TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
    # 3: signing: certificates, declarations, signed sheets, locks on signed revisions
    """
    ALTER TABLE judges ADD COLUMN certificate BLOB;
    ALTER TABLE judges ADD COLUMN cert_fingerprint TEXT NOT NULL DEFAULT '';
    CREATE TABLE declarations (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        kind TEXT NOT NULL CHECK (kind IN ('pakta', 'konflik')),
        signed_at TEXT NOT NULL,
        form TEXT NOT NULL,
        pdf BLOB NOT NULL,
        pdf_sha256 TEXT NOT NULL,
        PRIMARY KEY (judge_id, kind)
    ) WITHOUT ROWID;
    CREATE TABLE sheets (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        revision INTEGER NOT NULL,
        payload TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        signature BLOB NOT NULL,
        certificate BLOB NOT NULL,
        signed_at TEXT NOT NULL,
        recap BLOB,                      -- the signed recap PDF, to print it again
        PRIMARY KEY (judge_id, revision)
    ) WITHOUT ROWID;
    CREATE TRIGGER sheets_no_update BEFORE UPDATE ON sheets
    BEGIN SELECT RAISE(ABORT, 'a signed sheet cannot be changed'); END;
    CREATE TRIGGER sheets_no_delete BEFORE DELETE ON sheets
    BEGIN SELECT RAISE(ABORT, 'a signed sheet cannot be removed'); END;
    CREATE TABLE disputed (
        judge_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (judge_id, revision, sha256)
    ) WITHOUT ROWID;
    CREATE TABLE locks (
        judge_id TEXT PRIMARY KEY REFERENCES judges(id),
        revision INTEGER NOT NULL
    );
    CREATE TRIGGER scores_locked_insert BEFORE INSERT ON scores
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = NEW.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER scores_locked_update BEFORE UPDATE ON scores
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = OLD.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER scores_locked_delete BEFORE DELETE ON scores
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = OLD.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER conflicts_locked_insert BEFORE INSERT ON conflicts
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = NEW.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER conflicts_locked_delete BEFORE DELETE ON conflicts
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = OLD.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER conflicts_locked_update BEFORE UPDATE ON conflicts
    WHEN EXISTS (SELECT 1 FROM locks WHERE judge_id = OLD.judge_id)
    BEGIN SELECT RAISE(ABORT, 'scores are locked: this revision is signed; reopen it first'); END;
    CREATE TRIGGER declarations_no_update BEFORE UPDATE ON declarations
    BEGIN SELECT RAISE(ABORT, 'a signed declaration cannot be changed'); END;
    """,
    # 4: keys the secretariat retired (a judge lost the laptop): still valid for the
    # revisions merged before, never after; each row matches a "rekey" audit record
    """
    CREATE TABLE retired_keys (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        certificate BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        last_revision INTEGER NOT NULL,
        retired_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (judge_id, fingerprint)
    ) WITHOUT ROWID;
    CREATE TRIGGER retired_keys_no_update BEFORE UPDATE ON retired_keys
    BEGIN SELECT RAISE(ABORT, 'a retired key stays retired'); END;
    CREATE TRIGGER retired_keys_no_delete BEFORE DELETE ON retired_keys
    BEGIN SELECT RAISE(ABORT, 'a retired key stays retired'); END;
    """,
    # 5: no second index on scores: an entry's cells are found through the primary key
    # (judge, entry, criterion) for each judge, and a national merge no longer inserts
    # 7.5 million rows into two B-trees
    """
    DROP INDEX IF EXISTS scores_entry;
    """,
    # 6: in a master, each score's exact integer share of its judge total and its stage,
    # written by merge (store/totals.py), so results are one plain GROUP BY
    """
    ALTER TABLE scores ADD COLUMN share INTEGER;
    ALTER TABLE scores ADD COLUMN stage_no INTEGER;
    """,
    # 7: in a master, each judge's integer total per entry and stage (the sum of the
    # shares), written by merge with the scores, so results read 750,000 sums instead of
    # grouping 7.5 million rows; verify checks them against the rows and the sheets.
    # Rows without a share (merged before schema 6, or off the grid) are counted in
    # `unshared` (stage -1 when unknown), and results then sum the rows themselves.
    """
    CREATE TABLE judge_totals (
        judge_id TEXT NOT NULL,
        entry_code TEXT NOT NULL,
        stage_no INTEGER NOT NULL,
        share_sum INTEGER,
        shares INTEGER NOT NULL,
        unshared INTEGER NOT NULL,
        PRIMARY KEY (judge_id, entry_code, stage_no)
    ) WITHOUT ROWID;
    INSERT INTO judge_totals
        SELECT judge_id, entry_code, coalesce(stage_no, -1), sum(share), count(share),
            count(CASE WHEN value IS NOT NULL AND share IS NULL THEN 1 END)
        FROM scores GROUP BY judge_id, entry_code, coalesce(stage_no, -1);
    """,
    # 8: the sheets' small columns in an index of their own: they are stored after the
    # payload, so listing the sheets of a national master (hundreds of megabytes of signed
    # text) otherwise walks every payload's overflow pages (0.1 s per listing)
    """
    CREATE INDEX sheets_listing ON sheets (judge_id, revision, sha256, signed_at, signature,
        certificate);
    """,
    # 9: set-up on screens (issue 20): a judge's region and category expertise, which the
    # automatic assignment may respect; an entry withdrawn from the round (the reason; its
    # scores stay in the file, it is no longer assigned, packaged or ranked)
    """
    ALTER TABLE judges ADD COLUMN region TEXT NOT NULL DEFAULT '';
    ALTER TABLE judges ADD COLUMN expertise TEXT NOT NULL DEFAULT '';
    ALTER TABLE entries ADD COLUMN withdrawn TEXT NOT NULL DEFAULT '';
    """,
    # 10: assignments per stage (issue 20): a pair assigned for one stage only ('' = every
    # stage, as every pair of an older file); SQLite changes a primary key by rebuilding
    """
    CREATE TABLE assignments_staged (
        judge_id TEXT NOT NULL REFERENCES judges(id),
        entry_code TEXT NOT NULL REFERENCES entries(code),
        stage TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (judge_id, entry_code, stage)
    ) WITHOUT ROWID;
    INSERT INTO assignments_staged (judge_id, entry_code, stage)
        SELECT judge_id, entry_code, '' FROM assignments;
    DROP TABLE assignments;
    ALTER TABLE assignments_staged RENAME TO assignments;
    CREATE INDEX assignments_entry ON assignments(entry_code);
    """,
    # 11: each entry's proposal material (issue 21): its text sections (name = section id)
    # and files, each known by SHA-256; the bytes once per hash in material_blobs (a
    # rowid table: large blobs do not belong in a WITHOUT ROWID b-tree). A judge's
    # hand-in and the rolling backups leave material_blobs empty (store/lean_copy.py).
    """
    CREATE TABLE material (
        entry_code TEXT NOT NULL REFERENCES entries(code),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('section', 'pdf', 'image', 'video')),
        media_type TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        pages INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL,
        PRIMARY KEY (entry_code, name)
    ) WITHOUT ROWID;
    CREATE TABLE material_blobs (
        sha256 TEXT PRIMARY KEY,
        data BLOB NOT NULL
    );
    """,
    # 12: trust anchors (issue 22): root certificates the secretariat imported into a
    # master (a PSrE's root, say) and certificate revocation lists given as files, against
    # which verify validates signing certificates offline; each known by the SHA-256 of
    # its DER (the fingerprint as keys.fingerprint writes it). Packages leave them empty.
    """
    CREATE TABLE trust_anchors (
        fingerprint TEXT PRIMARY KEY,
        der BLOB NOT NULL,
        subject TEXT NOT NULL,
        not_after TEXT NOT NULL,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE revocation_lists (
        fingerprint TEXT PRIMARY KEY,
        der BLOB NOT NULL,
        issuer TEXT NOT NULL,
        this_update TEXT NOT NULL,
        next_update TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

# Triggers that protect signed data; verify reports any that has been dropped.
PROTECTIVE_TRIGGERS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "scores_conflicted_insert",
    "scores_conflicted_update",
    "sheets_no_update",
    "sheets_no_delete",
    "scores_locked_insert",
    "scores_locked_update",
    "scores_locked_delete",
    "conflicts_locked_insert",
    "conflicts_locked_delete",
    "conflicts_locked_update",
    "declarations_no_update",
    "retired_keys_no_update",  # schema 4 on
    "retired_keys_no_delete",
)

# The schema version from which each protective trigger exists (older files lack it).
TRIGGER_SINCE = {"retired_keys_no_update": 4, "retired_keys_no_delete": 4}
