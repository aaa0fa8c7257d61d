"""What happens in the GUI when a session signs in: a password that must be changed is changed
now (or the connection is refused), one that expires soon is offered for change."""

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QPushButton

from ..core import credentials
from ..core.exceptions import GpsuError
from ..core.i18n import tr
from .messages import show_error


def account_checker(iface, change_password):
    """The `on_account(conn, profile, account)` callback of core.session.Session.

    `change_password()` opens the voluntary change (from the message bar's button)."""

    def on_account(conn, profile, account):
        from .change_password_dialog import ask_new_password

        if account.must_change_password:
            new_password = ask_new_password(iface.mainWindow(), conn, account.login, True)
            if new_password is None:
                return False
            _store(iface, profile, new_password)
            account.must_change_password = False
            return True
        days = account.days_left
        if days is not None and days <= account.warn_days:
            bar = iface.messageBar()
            item = bar.createMessage(tr("GPS-U"), tr("Your password expires in {} day(s).").format(max(days, 0)))
            button = QPushButton(tr("Change my password…"))
            button.clicked.connect(change_password)
            item.layout().addWidget(button)
            bar.pushWidget(item, Qgis.Warning, 0)
        return True

    return on_account


def change_my_password(iface, session, conn):
    """The voluntary change: ask, set, keep the new password where the profile keeps it."""
    from .change_password_dialog import ask_new_password

    profile = session.profile
    login = session.account.login if session.account else (profile.user or "")
    new_password = ask_new_password(iface.mainWindow(), conn, login, False)
    if new_password is not None:
        _store(iface, profile, new_password)
        iface.messageBar().pushMessage(tr("GPS-U"), tr("Your password was changed."), Qgis.Success, 5)


def _store(iface, profile, password):
    try:
        credentials.store_password(profile, password)
    except GpsuError as error:  # kept for this session at least; say why not further
        show_error(iface, error)
