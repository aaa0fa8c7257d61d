"""The current connection of a QGIS session: its profile and how to get a password for it."""

from . import credentials, database
from .exceptions import AuthenticationFailed, PasswordUnavailable
from .i18n import tr
from .profile import ConnectionProfile


class Session:
    """Opens connections for the current profile. `ask_password(profile, reason)` is supplied by
    the GUI (returns None when the user cancels); domain code never shows a widget itself."""

    def __init__(self, ask_password=None):
        self.ask_password = ask_password

    @property
    def profile(self):
        return ConnectionProfile.load()

    def connect(self, profile=None):
        profile = profile or self.profile
        if profile is None:
            raise PasswordUnavailable(tr("No GPS-U connection is configured yet: open GPS-U > Connection."))
        password = credentials.load_password(profile)
        try:
            return database.connect(profile, password)
        except AuthenticationFailed as first_error:
            if self.ask_password is None:
                raise
            reason = credentials.needs_prompt(profile) if password is None else first_error.message
        password = self.ask_password(profile, reason)
        if password is None:
            raise PasswordUnavailable(tr("The connection was cancelled: no password was given."))
        conn = database.connect(profile, password)
        credentials.remember_for_session(profile, password)
        return conn


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
