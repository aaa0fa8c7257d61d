"""The current connection of a QGIS session: its profile and how to get a password for it."""

import psycopg2

from . import access, credentials, database
from .exceptions import AuthenticationFailed, NotAllowed, PasswordUnavailable
from .i18n import tr
from .profile import ConnectionProfile


class Session:
    """Opens connections for the current profile. `ask_password(profile, reason)` is supplied by
    the GUI (returns None when the user cancels); domain code never shows a widget itself.

    The first connection of a session signs in: the database records it (with the refused attempts
    seen before) and tells the account's roles and password state, kept in `account`. The GUI's
    `on_account(conn, profile, account)` may then require a new password; it returns False to
    refuse the connection (a password that must be changed and was not)."""

    def __init__(self, ask_password=None, on_account=None):
        self.ask_password = ask_password
        self.on_account = on_account
        self.account = None

    @property
    def profile(self):
        return ConnectionProfile.load()

    def connect(self, profile=None):
        profile = profile or self.profile
        if profile is None:
            raise PasswordUnavailable(tr("No GPS-U connection is configured yet: open GPS-U > Connection."))
        password = credentials.load_password(profile)
        try:
            return self._signed_in(database.connect(profile, password), profile)
        except AuthenticationFailed as first_error:
            access.note_sign_in_failure(profile.user, first_error.details or first_error.message)
            if self.ask_password is None:
                raise
            reason = credentials.needs_prompt(profile) if password is None else first_error.message
        password = self.ask_password(profile, reason)
        if password is None:
            raise PasswordUnavailable(tr("The connection was cancelled: no password was given."))
        try:
            conn = database.connect(profile, password)
        except AuthenticationFailed as error:
            access.note_sign_in_failure(profile.user, error.details or error.message)
            raise
        credentials.remember_for_session(profile, password)
        return self._signed_in(conn, profile)

    def _signed_in(self, conn, profile):
        if self.account is not None and not self.account.must_change_password:
            return conn
        try:
            self.account = access.signed_in(conn)
        except NotAllowed:
            conn.close()
            raise NotAllowed(tr("This account has no GPS-U role yet: ask the GPS-U administrator to grant one.")) \
                from None
        except psycopg2.Error:  # a schema from before access control: nothing to record
            conn.rollback()
            return conn
        if self.on_account is not None and self.on_account(conn, profile, self.account) is False:
            conn.close()
            raise PasswordUnavailable(tr("Your password must be changed before you can use GPS-U."))
        return conn

    def forget_account(self):
        self.account = None


class SharedConnection:
    """One long-lived connection for a dock's quick reads and saves, reopened when it was lost.

    `get()` returns an open connection (asking for the password through the session if needed);
    after a ConnectionLost error the next `get()` reconnects, so the user just saves again.
    """

    def __init__(self, session):
        self.session = session
        self._conn = None

    def get(self):
        if self._conn is None or self._conn.closed:
            self._conn = self.session.connect()
        return self._conn

    def close(self):
        if self._conn is not None and not self._conn.closed:
            self._conn.close()
        self._conn = None
