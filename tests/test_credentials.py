"""Password storages: QGIS authentication configuration, keyring, and the headless fallback."""

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig

from gpsu_plugin.core import credentials
from gpsu_plugin.core.exceptions import InvalidInput, PasswordUnavailable
from gpsu_plugin.core.profile import STORAGE_AUTHCFG, STORAGE_KEYRING, ConnectionProfile


@pytest.fixture
def authcfg():
    manager = QgsApplication.authManager()
    manager.setMasterPassword("gpsu-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("gpsu test")
    config.setConfig("username", "alice")
    config.setConfig("password", "old")
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def test_password_kept_in_qgis_auth_configuration(authcfg):
    profile = ConnectionProfile(name="a", host="h", dbname="d", user="alice", storage=STORAGE_AUTHCFG,
                                authcfg=authcfg)
    credentials.store_password(profile, "new-secret")
    credentials.forget_password(profile)  # drop the in-memory copy: the next read comes from QGIS
    assert credentials.load_password(profile) == "new-secret"
    assert credentials.authcfg_user(authcfg) == "alice"


def test_keyring_roundtrip(memory_keyring):
    profile = ConnectionProfile(name="k", host="h", dbname="d", user="bob", storage=STORAGE_KEYRING)
    credentials.store_password(profile, "s3cret")
    credentials.forget_password(profile)
    assert credentials.load_password(profile) is None
    credentials.store_password(profile, "s3cret")
    credentials._session_passwords.clear()
    assert credentials.load_password(profile) == "s3cret"
    assert memory_keyring.store == {("gpsu", profile.credential_key()): "s3cret"}
    credentials.forget_password(profile)


def test_without_keyring_storing_is_refused_with_the_reason():
    available, reason = credentials.keyring_status()
    if available:
        pytest.skip("this machine has a usable keyring")
    profile = ConnectionProfile(name="k", host="h", dbname="d", user="bob", storage=STORAGE_KEYRING)
    with pytest.raises(PasswordUnavailable) as error:
        credentials.store_password(profile, "x")
    assert reason in error.value.message
    credentials.forget_password(profile)
    assert "keyring" in credentials.needs_prompt(profile)


def test_a_password_in_the_connection_setting_is_refused():
    with pytest.raises(InvalidInput):
        ConnectionProfile.from_conninfo("host=h dbname=d password=oops")
