"""The connection dialog in a real (offscreen) Qt, against the real PostGIS, and where passwords go."""

import glob
import os

import pytest
from qgis.core import QgsApplication, QgsSettings

from gpsu_plugin.core import credentials
from gpsu_plugin.core.profile import STORAGE_ASK, STORAGE_KEYRING, ConnectionProfile
from gpsu_plugin.core.session import Session
from gpsu_plugin.gui.connection_dialog import ConnectionDialog

from .conftest import SUPERUSER_PASSWORD


@pytest.fixture
def dialog(qtbot, clean_settings):
    widget = ConnectionDialog()
    qtbot.addWidget(widget)
    return widget


def fill(dialog, server, dbname, password, storage=STORAGE_ASK):
    dialog.name.setText("test")
    dialog.use_host.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.dbname.setText(dbname)
    dialog.user.setText("postgres")
    dialog.password.setText(password)
    dialog.storage.setCurrentIndex(dialog.storage.findData(storage))


def run_test(qtbot, dialog):
    with qtbot.waitSignal(dialog.tested, timeout=20000):
        dialog.test_button.click()
    return dialog.status.text()


def test_successful_test_says_connected(qtbot, dialog, postgis_server, gpsu_db):
    fill(dialog, postgis_server, gpsu_db, SUPERUSER_PASSWORD)
    text = run_test(qtbot, dialog)
    assert dialog.last_error is None
    assert "postgres" in text and "PostGIS" in text
    assert not dialog.upgrade_button.isVisible()


def test_wrong_password_is_said_and_not_shown(qtbot, dialog, postgis_server, gpsu_db):
    fill(dialog, postgis_server, gpsu_db, "wrong-secret-123")
    text = run_test(qtbot, dialog)
    assert "password" in text and "wrong-secret-123" not in text


def test_missing_schema_offers_the_upgrade(qtbot, dialog, postgis_server, empty_db):
    fill(dialog, postgis_server, empty_db, SUPERUSER_PASSWORD)
    text = run_test(qtbot, dialog)
    assert "not installed" in text
    assert not dialog.upgrade_button.isHidden()


def test_unreachable_server(qtbot, dialog):
    dialog.use_host.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.dbname.setText("gpsu")
    assert "cannot be reached" in run_test(qtbot, dialog)


def test_invalid_profile_is_explained_and_not_saved(dialog):
    dialog.use_host.setChecked(True)
    dialog.dbname.setText("")
    assert dialog.save() is False
    assert "database name" in dialog.status.text()
    assert ConnectionProfile.load() is None


def test_without_keyring_the_dialog_says_why_and_asks(dialog):
    available, reason = credentials.keyring_status()
    if available:
        pytest.skip("this machine has a usable keyring")
    item = dialog.storage.model().item(dialog.storage.findData(STORAGE_KEYRING))
    assert not item.isEnabled()
    assert dialog.storage.currentData() == STORAGE_ASK
    assert "keyring" in dialog.storage_note.text()


def test_saved_password_goes_to_keyring_never_to_settings(dialog, postgis_server, gpsu_db, memory_keyring):
    secret = "kept-in-the-keyring-only"
    fill(dialog, postgis_server, gpsu_db, secret, storage=STORAGE_KEYRING)
    assert dialog.save() is True
    profile = ConnectionProfile.load()
    assert profile.storage == STORAGE_KEYRING and profile.port == postgis_server.port
    assert secret in memory_keyring.store.values()
    QgsSettings().sync()
    settings_dir = QgsApplication.qgisSettingsDirPath()
    for path in glob.glob(os.path.join(settings_dir, "**", "*.ini"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as handle:
            assert secret not in handle.read(), path
    credentials.forget_password(profile)


def test_session_asks_for_a_missing_password_once(postgis_server, gpsu_db, clean_settings):
    profile = ConnectionProfile(name="ask", host="127.0.0.1", port=postgis_server.port, dbname=gpsu_db,
                                user="postgres", storage=STORAGE_ASK)
    profile.save()
    asked = []

    def ask(prof, reason):
        asked.append(reason)
        return SUPERUSER_PASSWORD

    session = Session(ask_password=ask)
    session.connect().close()
    session.connect().close()  # remembered for the session, in memory only
    assert len(asked) == 1 and "ask" in asked[0]
    credentials.forget_password(profile)


def test_session_cancelled_prompt_connects_nothing(postgis_server, gpsu_db, clean_settings):
    from gpsu_plugin.core.exceptions import PasswordUnavailable

    ConnectionProfile(name="ask2", host="127.0.0.1", port=postgis_server.port, dbname=gpsu_db,
                      user="postgres", storage=STORAGE_ASK).save()
    with pytest.raises(PasswordUnavailable):
        Session(ask_password=lambda profile, reason: None).connect()
