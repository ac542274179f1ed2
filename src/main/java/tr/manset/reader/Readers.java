package tr.manset.reader;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reader accounts for other modules: who is signed in on a request, and the account behind an id. */
@Service
public class Readers {

    private final ReaderSessions sessions;
    private final ReaderStore store;

    Readers(ReaderSessions sessions, ReaderStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    /** The reader signed in on this request; empty for everyone else (staff sessions included). */
    public Optional<Reader> signedIn(HttpServletRequest request) {
        return sessions.current(request).map(ReaderSessions.Session::reader);
    }

    /** What a page of the account area needs: the reader and the token its forms carry. */
    public Optional<AccountFrame> frame(HttpServletRequest request) {
        return sessions.current(request).map(session -> new AccountFrame(session.reader(), sessions.formToken(session)));
    }

    /** An account by id. */
    public Optional<Reader> find(long id) {
        return store.find(id).map(ReaderStore.Account::reader);
    }
}
