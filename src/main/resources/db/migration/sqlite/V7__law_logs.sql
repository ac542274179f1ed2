-- Law 5651 for reader comments: removal requests (answered within 24 hours of receipt) and the
-- traffic log of every comment, reply, like and report request (kept for a configured period).

-- A removal request and what became of it. comment_id is the comment's number as the requester
-- gave it (no foreign key: the record outlives the comment).
CREATE TABLE takedown_requests (
    id                  INTEGER PRIMARY KEY,
    requester           TEXT    NOT NULL,
    contact             TEXT    NOT NULL,
    comment_id          INTEGER,
    url                 TEXT    NOT NULL DEFAULT '',
    reason              TEXT    NOT NULL,
    received_at         INTEGER NOT NULL,
    recorded_at         INTEGER NOT NULL,
    recorded_by         INTEGER REFERENCES staff (id),
    recorded_by_name    TEXT    NOT NULL,
    decision            TEXT CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decision_note       TEXT    NOT NULL DEFAULT '',
    decided_at          INTEGER,
    decided_by          INTEGER REFERENCES staff (id),
    decided_by_name     TEXT    NOT NULL DEFAULT '',
    carried_out_at      INTEGER,
    carried_out_by      INTEGER REFERENCES staff (id),
    carried_out_by_name TEXT    NOT NULL DEFAULT '',
    CHECK (comment_id IS NOT NULL OR url <> ''),
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CHECK (carried_out_at IS NULL OR decision = 'ACCEPTED')
);

CREATE INDEX takedown_requests_by_received ON takedown_requests (received_at);

-- A request is evidence: it is never deleted, what was asked never changes, and neither does a
-- decision or a removal once recorded.
CREATE TRIGGER takedown_requests_are_kept
BEFORE DELETE ON takedown_requests
BEGIN
    SELECT RAISE(ABORT, 'takedown requests are never deleted');
END;

CREATE TRIGGER takedown_requests_record_is_permanent
BEFORE UPDATE ON takedown_requests
WHEN NEW.requester IS NOT OLD.requester OR NEW.contact IS NOT OLD.contact
  OR NEW.comment_id IS NOT OLD.comment_id OR NEW.url IS NOT OLD.url OR NEW.reason IS NOT OLD.reason
  OR NEW.received_at IS NOT OLD.received_at OR NEW.recorded_at IS NOT OLD.recorded_at
  OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_by_name IS NOT OLD.recorded_by_name
  OR (OLD.decision IS NOT NULL AND (NEW.decision IS NOT OLD.decision OR NEW.decision_note IS NOT OLD.decision_note
      OR NEW.decided_at IS NOT OLD.decided_at OR NEW.decided_by IS NOT OLD.decided_by))
  OR (OLD.carried_out_at IS NOT NULL AND (NEW.carried_out_at IS NOT OLD.carried_out_at
      OR NEW.carried_out_by IS NOT OLD.carried_out_by))
BEGIN
    SELECT RAISE(ABORT, 'a recorded takedown request, decision or removal cannot change');
END;

-- One row per reader comment, reply, like or report request, whatever its outcome. Append-only:
-- only the retention job deletes, and nothing updates.
CREATE TABLE comment_traffic_log (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    ip     TEXT    NOT NULL,
    port   INTEGER NOT NULL,
    url    TEXT    NOT NULL,
    action TEXT    NOT NULL CHECK (action IN ('yorum', 'cevap', 'begeni', 'begenmeme', 'sikayet', 'diger')),
    status INTEGER NOT NULL,
    result TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX comment_traffic_log_by_time ON comment_traffic_log (at, id);
CREATE INDEX comment_traffic_log_by_ip ON comment_traffic_log (ip, at);

CREATE TRIGGER comment_traffic_log_is_append_only
BEFORE UPDATE ON comment_traffic_log
BEGIN
    SELECT RAISE(ABORT, 'comment_traffic_log is append-only');
END;
