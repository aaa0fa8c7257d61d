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
