"""Signing in through the plugin's session (core/session.py + gui/sign_in.py), as a real login role:
a password reset by the administrator must be changed before anything else and the new one is kept
in the keyring; refusing to change it refuses the connection; a password about to expire is
offered for change; failed sign-ins reach the audit log at the next successful one."""

from datetime import date, timedelta

import pytest
from psycopg2 import sql
from qgis.core import Qgis

from gpsu_plugin.core import access, credentials
from gpsu_plugin.core.exceptions import AuthenticationFailed, PasswordUnavailable
from gpsu_plugin.core.profile import STORAGE_KEYRING, ConnectionProfile
from gpsu_plugin.core.session import Session
from gpsu_plugin.gui import change_password_dialog, sign_in

FIRST = "First-Temporary-Pass-7"
NEW = "Brand-New-Passphrase-9"


@pytest.fixture
def account(postgis_server, gpsu_db, memory_keyring, clean_settings):
    """A field officer whose password was just reset (must change it), with a keyring profile."""
    login = "signin_" + gpsu_db.rsplit("_", 1)[-1]
    su = postgis_server.connect(gpsu_db)
    su.autocommit = True
    with su.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
        if cur.fetchone():
            cur.execute("DELETE FROM gpsu.accounts WHERE login = %s", (login,))
            cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
        cur.execute("SELECT gpsu.create_account(%s, 'Agent', %s, ARRAY['gpsu_field_officer'])",
                    (login, access.verifier(su, login, FIRST)))
    profile = ConnectionProfile(name="signin", host="127.0.0.1", port=postgis_server.port, dbname=gpsu_db,
                                user=login, storage=STORAGE_KEYRING)
    profile.save()
    credentials.store_password(profile, FIRST)
    yield login, profile, su
    credentials.forget_password(profile)
    su.close()


class Bar:
    def __init__(self):
        self.pushed = []

    def createMessage(self, title, text):  # noqa: N802
        from qgis.gui import QgsMessageBar

        return QgsMessageBar().createMessage(title, text)

    def pushWidget(self, item, level, duration):  # noqa: N802
        self.pushed.append((item.text(), level))

    def pushMessage(self, title, text, level, duration=0):  # noqa: N802
        self.pushed.append((text, level))


class Iface:
    def __init__(self):
        self.bar = Bar()

    def mainWindow(self):  # noqa: N802
        return None

    def messageBar(self):  # noqa: N802
        return self.bar


def test_a_reset_password_must_be_changed_and_the_new_one_is_kept(account, monkeypatch):
    login, profile, _su = account
    asked = []
    monkeypatch.setattr(change_password_dialog, "ask_new_password",
                        lambda parent, conn, who, forced: asked.append((who, forced)) or
                        (access.change_my_password(conn, who, NEW) and NEW))
    session = Session(on_account=sign_in.account_checker(Iface(), lambda: None))
    conn = session.connect(profile)
    assert asked == [(login, True)]
    assert not session.account.must_change_password
    assert credentials.load_password(profile) == NEW  # kept where the profile keeps it (the keyring here)
    with conn.cursor() as cur:
        cur.execute("SELECT must_change_password FROM gpsu.accounts WHERE login = session_user")
        assert cur.fetchone()[0] is False
    conn.close()
    credentials.forget_password(profile)  # the session's memory too: the keyring alone must give it
    credentials.store_password(profile, NEW)
    Session().connect(profile).close()


def test_refusing_to_change_it_refuses_the_connection(account, monkeypatch):
    _login, profile, _su = account
    monkeypatch.setattr(change_password_dialog, "ask_new_password", lambda *args: None)
    session = Session(on_account=sign_in.account_checker(Iface(), lambda: None))
    with pytest.raises(PasswordUnavailable, match="must be changed"):
        session.connect(profile)


def test_an_expiring_password_is_offered_for_change(account):
    login, profile, su = account
    with su.cursor() as cur:
        cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (login,))
        cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL {}").format(
            sql.Identifier(login), sql.Literal((date.today() + timedelta(days=5)).isoformat())))
    iface = Iface()
    session = Session(on_account=sign_in.account_checker(iface, lambda: None))
    session.connect(profile).close()
    assert 3 <= session.account.days_left <= 5
    assert iface.bar.pushed and iface.bar.pushed[0][1] == Qgis.Warning


def test_failed_sign_ins_are_audited_at_the_next_one(account, postgis_server, gpsu_db):
    login, profile, su = account
    wrong = ConnectionProfile(name="wrong", host="127.0.0.1", port=postgis_server.port, dbname=gpsu_db,
                              user=login, storage="ask")
    session = Session(ask_password=lambda profile, reason: "not-the-password")
    with pytest.raises(AuthenticationFailed):
        session.connect(wrong)  # no password stored, then a wrong one typed: two failures
    Session().connect(profile).close()  # the next sign-in writes them to the audit log
    with su.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.audit_log WHERE action = 'sign_in_failed' AND target = %s", (login,))
        assert cur.fetchone()[0] == 2
